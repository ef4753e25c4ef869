#include "diagramgeometry.h"

#include "session/diagramlayout.h"

#include <QFontDatabase>
#include <QFontMetrics>

#include <algorithm>

namespace SmtpTutor {

namespace {
constexpr int kSideMargin = 10;
constexpr int kArrowPadding = 14; // label above, arrow, space below
constexpr int kNotePadding = 10;
} // namespace

void DiagramGeometry::setFont(const QFont &font)
{
    m_font = font;
    m_mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_mono.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() : m_mono.pointSizeF());
    const QFontMetrics metrics(font);
    m_lineSpacing = metrics.lineSpacing();
    m_monoSpacing = QFontMetrics(m_mono).lineSpacing();
    m_timeWidth = metrics.horizontalAdvance(QStringLiteral("+00.000 s")) + 12;
}

void DiagramGeometry::clear()
{
    m_tops.clear();
    m_bandStarts.clear();
    m_expanded.clear();
}

void DiagramGeometry::setExpanded(qsizetype arrow, bool expanded)
{
    if (expanded)
        m_expanded.insert(arrow);
    else
        m_expanded.remove(arrow);
}

int DiagramGeometry::heightOf(const DiagramLayout &layout, qsizetype row) const
{
    const DiagramRow &r = layout.rows().at(row);
    int height = bandLabelHeight(row);
    if (r.type == DiagramRow::Type::Note)
        return height + m_lineSpacing + kNotePadding;
    height += m_lineSpacing + kArrowPadding;
    if (m_expanded.contains(r.index))
        height += int(layout.arrows().at(r.index).foldedLines.size()) * m_monoSpacing + 6;
    return height;
}

void DiagramGeometry::update(const DiagramLayout &layout, qsizetype fromRow)
{
    const qsizetype rows = layout.rows().size();
    // Bands are few (one per TLS session); their first rows get room for the band's label.
    QSet<qsizetype> starts;
    for (const DiagramTlsBand &band : layout.tlsBands())
        starts.insert(band.firstRow);
    // A band that appeared or went away changes the height of its first row.
    for (qsizetype row : starts)
        if (!m_bandStarts.contains(row))
            fromRow = qMin(fromRow, row);
    for (qsizetype row : std::as_const(m_bandStarts))
        if (!starts.contains(row))
            fromRow = qMin(fromRow, row);
    m_bandStarts = starts;
    fromRow = qBound<qsizetype>(0, fromRow, qMin(rows, rowCount()));
    m_tops.resize(fromRow + 1);
    if (fromRow == 0)
        m_tops[0] = 0;
    m_tops.reserve(rows + 1);
    for (qsizetype row = fromRow; row < rows; ++row)
        m_tops.append(m_tops.constLast() + heightOf(layout, row));
}

qsizetype DiagramGeometry::rowAt(int y) const
{
    if (m_tops.size() < 2 || y < 0 || y >= m_tops.constLast())
        return -1;
    const auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), y);
    return qsizetype(it - m_tops.cbegin()) - 1;
}

int DiagramGeometry::headerHeight() const
{
    return m_lineSpacing + 16;
}

int DiagramGeometry::timeColumnWidth() const
{
    return m_showTimes ? m_timeWidth : 0;
}

int DiagramGeometry::clientX(int width) const
{
    const int left = timeColumnWidth() + kSideMargin;
    const int span = qMax(0, width - kSideMargin - left);
    return left + qMin(span / 10, 60) + 6;
}

int DiagramGeometry::serverX(int width) const
{
    const int left = timeColumnWidth() + kSideMargin;
    const int span = qMax(0, width - kSideMargin - left);
    return width - kSideMargin - qMin(span / 10, 60) - 6;
}

} // namespace SmtpTutor
