#pragma once

#include <QFont>
#include <QList>
#include <QRect>
#include <QSet>

namespace SmtpTutor {

class DiagramLayout;

// Where each row of a DiagramLayout is drawn: its top and height, and the x of the two lanes.
// Rows have few heights (arrow, note, an opened reply, the top of a TLS band), so the tops are
// a running sum that grows with the layout: an append costs the new rows, never the old ones,
// and finding the row under a point is a binary search. Shared by the view and the PNG export.
class DiagramGeometry
{
public:
    void setFont(const QFont &font);
    const QFont &font() const { return m_font; }
    QFont monoFont() const { return m_mono; }
    // Shows each arrow's time since the previous one in a column on the left.
    void setShowTimes(bool show) { m_showTimes = show; }
    bool showTimes() const { return m_showTimes; }

    // Recomputes the rows from fromRow to the end (earlier rows are kept as they are).
    void update(const DiagramLayout &layout, qsizetype fromRow = 0);
    void clear();

    // A multi-line reply drawn with all its lines (by arrow index); call update() afterwards.
    bool isExpanded(qsizetype arrow) const { return m_expanded.contains(arrow); }
    void setExpanded(qsizetype arrow, bool expanded);
    void clearExpanded() { m_expanded.clear(); }

    int headerHeight() const;
    int lineSpacing() const { return m_lineSpacing; }
    qsizetype rowCount() const { return m_tops.isEmpty() ? 0 : m_tops.size() - 1; }
    int contentHeight() const { return m_tops.isEmpty() ? 0 : m_tops.constLast(); } // below the header
    int rowTop(qsizetype row) const { return m_tops.value(row); }
    int rowHeight(qsizetype row) const { return m_tops.value(row + 1) - m_tops.value(row); }
    // Room above a row for the label of the TLS band that starts there (0 elsewhere).
    int bandLabelHeight(qsizetype row) const { return m_bandStarts.contains(row) ? m_lineSpacing + 6 : 0; }
    // The row at y (content coordinates, below the header); -1 outside.
    qsizetype rowAt(int y) const;

    // Horizontal placement for a given width.
    int timeColumnWidth() const;
    int clientX(int width) const;
    int serverX(int width) const;

private:
    int heightOf(const DiagramLayout &layout, qsizetype row) const;

    QFont m_font;
    QFont m_mono;
    int m_lineSpacing = 16;
    int m_monoSpacing = 16;
    int m_timeWidth = 60;
    bool m_showTimes = false;
    QList<int> m_tops; // m_tops[i]: top of row i; the last element is the total height
    QSet<qsizetype> m_expanded;
    QSet<qsizetype> m_bandStarts;
};

} // namespace SmtpTutor
