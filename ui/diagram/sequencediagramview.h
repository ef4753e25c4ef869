#pragma once

#include "diagramgeometry.h"
#include "session/diagramlayout.h"

#include <QAbstractScrollArea>
#include <QImage>
#include <QPointer>

namespace SmtpTutor {

class Transcript;

// The live sequence diagram of a Transcript: two lanes, one arrow per command, reply or message,
// the TLS band, notes as separators. It reads the same Transcript as the transcript table and
// follows it as it grows (one layout append per event-loop turn, however many lines came), and
// paints only the rows in view. Keyboard: Up/Down/Home/End/PageUp/PageDown move between arrows,
// Enter or Space opens a folded reply (as a click does). To a screen reader the view is a list
// of its rows, each named ("server reply 250 2.1.5 Ok"; SequenceDiagramAccessible), and the
// current row is the focused item.
class SequenceDiagramView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit SequenceDiagramView(QWidget *parent = nullptr);

    void setTranscript(Transcript *transcript);
    Transcript *transcript() const { return m_transcript; }
    const DiagramLayout &layout() const { return m_layout; }

    void setLanes(const QString &client, const QString &server);
    // The lesson's next step as a faint "your turn: ..." arrow; empty removes it.
    void setExpected(const QString &commandLabel);
    // Each arrow's time since the previous one, in a column on the left (the probe shows it).
    void setShowTimes(bool show);
    bool showTimes() const { return m_geometry.showTimes(); }

    // Reads what the transcript appended since the last turn now (tests, export).
    void flushPending();

    qsizetype currentRow() const { return m_currentRow; }
    // The arrow index of the current row, -1 when it is a note or nothing.
    qsizetype currentArrow() const;
    // Highlights the row that shows this transcript entry and scrolls it into view; emits nothing.
    void showEntry(qsizetype entry);
    void setCurrentRow(qsizetype row);
    // Opens or closes a multi-line reply (by arrow index).
    void setExpanded(qsizetype arrow, bool expanded);
    bool isExpanded(qsizetype arrow) const { return m_geometry.isExpanded(arrow); }

    // Where a row is drawn, in viewport coordinates (tests click there).
    QRect rowRect(qsizetype row) const;

    // The whole diagram painted at this width (0: the view's width) for a PNG. Taller diagrams
    // are cut after maxHeight pixels with a note that says how many rows were left out.
    QImage renderImage(int width = 0, int maxHeight = 30000) const;

Q_SIGNALS:
    // The learner picked a row (click or keyboard): the transcript entries it stands for.
    void entriesActivated(qsizetype firstEntry, qsizetype lastEntry);
    void currentRowChanged(qsizetype row);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void scheduleSync();
    void rebuild();
    void relayout(qsizetype fromRow);
    void updateScrollBar();
    void activateRow(qsizetype row);
    void ensureRowVisible(qsizetype row);
    qsizetype nextArrowRow(qsizetype from, int step) const;
    void updateAccessibleDescription();

    DiagramLayout m_layout;
    DiagramGeometry m_geometry;
    QPointer<Transcript> m_transcript;
    qsizetype m_currentRow = -1;
    bool m_syncQueued = false;
    bool m_follow = true; // keep the last row in view unless the learner scrolled up
};

} // namespace SmtpTutor
