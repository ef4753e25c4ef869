#pragma once

#include <QColor>
#include <QPalette>

class QPainter;
class QRect;
class QString;

namespace SmtpTutor {

class DiagramGeometry;
class DiagramLayout;
struct DiagramArrow;
struct DiagramNote;

// Draws a DiagramLayout with a QPainter: the lane headers, the lifelines, the TLS bands, the
// arrows (reply arrows in the transcript's class colours, with the class mark in front of the
// label so they differ without colour) and the notes. Only the rows asked for are drawn, so the
// view costs the same for 10 lines and for 10,000. The view and the PNG export both use it.
class DiagramPainter
{
public:
    struct State
    {
        const DiagramLayout *layout = nullptr;
        const DiagramGeometry *geometry = nullptr;
        QPalette palette;
        int width = 0;
        qsizetype currentRow = -1; // highlighted (the selection)
        bool focused = false;      // draw a focus frame around the current row
    };

    DiagramPainter(QPainter &painter, const State &state);

    // Rows between top and bottom (content coordinates: 0 is the first row's top; the caller
    // translates the painter).
    void paintRows(int top, int bottom);
    // The two lane names in a strip of headerHeight() at the painter's y = 0.
    void paintHeader();

    // The colour of an arrow: its reply class, else the palette's text (faint for Expected).
    static QColor arrowColor(const DiagramArrow &arrow, const QPalette &palette);
    // The label as drawn: class mark, fold marker and text ("✓ 250 2.1.5 Ok").
    static QString arrowText(const DiagramArrow &arrow, bool expanded);

private:
    void paintBands(qsizetype firstRow, qsizetype lastRow);
    void paintLifelines(int top, int bottom);
    void paintSelection(qsizetype row);
    void paintArrow(qsizetype row, const DiagramArrow &arrow, qsizetype arrowIndex);
    void paintFolded(const DiagramArrow &arrow, int top);
    void paintNote(qsizetype row, const DiagramNote &note);

    QPainter &m_painter;
    State m_state;
    int m_client;
    int m_server;
};

} // namespace SmtpTutor
