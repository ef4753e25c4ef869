#include "diagrampainter.h"

#include "diagramgeometry.h"
#include "session/diagramlayout.h"
#include "uihelpers.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <tuple>

namespace SmtpTutor {

namespace {
constexpr int kHead = 8;       // arrow head length
constexpr int kBandSpill = 26; // how far a TLS band reaches beyond the lanes

QString formatDelay(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 1000)
        return QStringLiteral("+%1 ms").arg(ms);
    return QStringLiteral("+%1 s").arg(double(ms) / 1000.0, 0, 'f', ms < 10000 ? 2 : 1);
}

QColor bandColor(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Highlight);
    color.setAlpha(Ui::isDarkPalette(palette) ? 48 : 30);
    return color;
}
} // namespace

DiagramPainter::DiagramPainter(QPainter &painter, const State &state)
    : m_painter(painter)
    , m_state(state)
    , m_client(state.geometry->clientX(state.width))
    , m_server(state.geometry->serverX(state.width))
{
}

QColor DiagramPainter::arrowColor(const DiagramArrow &arrow, const QPalette &palette)
{
    if (arrow.kind == DiagramArrow::Kind::Reply && arrow.replyClass())
        return Ui::replyClassColor(arrow.replyCode, palette);
    QColor color = palette.color(QPalette::Text);
    if (arrow.kind == DiagramArrow::Kind::Expected)
        color.setAlphaF(0.45);
    return color;
}

QString DiagramPainter::arrowText(const DiagramArrow &arrow, bool expanded)
{
    QString text = arrow.label;
    const QString mark = arrow.classMark();
    if (!mark.isEmpty())
        text = mark + QLatin1Char(' ') + text;
    if (arrow.isMultiLineReply())
        text = (expanded ? QStringLiteral("\u25BE ") : QStringLiteral("\u25B8 ")) + text; // ▾ open, ▸ folded
    return text;
}

void DiagramPainter::paintHeader()
{
    const DiagramGeometry &g = *m_state.geometry;
    const QPalette &palette = m_state.palette;
    const int height = g.headerHeight();
    m_painter.fillRect(QRect(0, 0, m_state.width, height), palette.color(QPalette::Window));
    m_painter.setPen(palette.color(QPalette::Mid));
    m_painter.drawLine(0, height - 1, m_state.width, height - 1);
    QFont bold = g.font();
    bold.setBold(true);
    m_painter.setFont(bold);
    const QFontMetrics metrics(bold);
    // The client's box first, centred on its lane where there is room; the server's box gets
    // what is left (a host name is usually the longer of the two).
    const int left = g.timeColumnWidth() + 4;
    int used = left;
    for (const auto &[x, name, room] : {std::tuple(m_client, m_state.layout->clientLane, (m_state.width - left) / 2 - 12),
                                        std::tuple(m_server, m_state.layout->serverLane, -1)}) {
        const int limit = room > 0 ? room : m_state.width - 4 - used - 16;
        const QString text = metrics.elidedText(name, Qt::ElideMiddle, qMax(20, limit));
        const int w = metrics.horizontalAdvance(text) + 16;
        const int boxLeft = qBound(used, x - w / 2, qMax(used, m_state.width - 4 - w));
        const QRect box(boxLeft, 4, w, height - 9);
        used = box.right() + 12;
        m_painter.setPen(palette.color(QPalette::Mid));
        m_painter.setBrush(palette.color(QPalette::Button));
        m_painter.drawRoundedRect(box, 4, 4);
        m_painter.setPen(palette.color(QPalette::ButtonText));
        m_painter.drawText(box, Qt::AlignCenter, text);
    }
    if (g.showTimes()) {
        m_painter.setFont(g.font());
        m_painter.setPen(palette.color(QPalette::PlaceholderText));
        m_painter.drawText(QRect(4, 0, g.timeColumnWidth() - 8, height), Qt::AlignRight | Qt::AlignVCenter,
                           QCoreApplication::translate("SmtpTutor::SequenceDiagramView", "wait"));
    }
    m_painter.setFont(g.font());
}

void DiagramPainter::paintRows(int top, int bottom)
{
    const DiagramGeometry &g = *m_state.geometry;
    const DiagramLayout &layout = *m_state.layout;
    m_painter.setFont(g.font());
    qsizetype first = g.rowAt(qMax(0, top));
    qsizetype last = g.rowAt(qMin(bottom, g.contentHeight() - 1));
    if (first < 0)
        first = 0;
    if (last < 0)
        last = g.rowCount() - 1;
    paintLifelines(top, bottom);
    if (g.rowCount() == 0)
        return;
    paintBands(first, last);
    for (qsizetype row = first; row <= last && row < layout.rows().size(); ++row) {
        const DiagramRow &r = layout.rows().at(row);
        if (row == m_state.currentRow)
            paintSelection(row);
        if (r.type == DiagramRow::Type::Arrow)
            paintArrow(row, layout.arrows().at(r.index), r.index);
        else
            paintNote(row, layout.notes().at(r.index));
    }
}

void DiagramPainter::paintLifelines(int top, int bottom)
{
    QPen pen(m_state.palette.color(QPalette::Mid), 1, Qt::DashLine);
    m_painter.setPen(pen);
    m_painter.drawLine(m_client, top, m_client, bottom);
    m_painter.drawLine(m_server, top, m_server, bottom);
}

// A shaded block behind every row inside TLS, with the protocol and cipher at its top.
void DiagramPainter::paintBands(qsizetype firstRow, qsizetype lastRow)
{
    const DiagramGeometry &g = *m_state.geometry;
    const QPalette &palette = m_state.palette;
    for (const DiagramTlsBand &band : m_state.layout->tlsBands()) {
        const qsizetype end = band.lastRow < 0 ? g.rowCount() - 1 : band.lastRow;
        if (end < firstRow || band.firstRow > lastRow || band.firstRow < 0)
            continue;
        const int top = g.rowTop(band.firstRow);
        const int bottom = g.rowTop(end) + g.rowHeight(end);
        const QRect area(m_client - kBandSpill, top + 2, m_server - m_client + 2 * kBandSpill, bottom - top - 2);
        m_painter.fillRect(area, bandColor(palette));
        QPen edge(palette.color(QPalette::Highlight), 1, Qt::DotLine);
        m_painter.setPen(edge);
        m_painter.drawLine(area.topLeft(), area.topRight());
        if (band.lastRow >= 0)
            m_painter.drawLine(area.bottomLeft(), area.bottomRight());
        QFont italic = g.font();
        italic.setItalic(true);
        m_painter.setFont(italic);
        m_painter.setPen(palette.color(QPalette::Text));
        const QString text = QCoreApplication::translate("SmtpTutor::SequenceDiagramView", "encrypted: %1").arg(band.displayLabel());
        const QRect labelRect(area.left() + 6, top + 4, area.width() - 12, g.lineSpacing());
        m_painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                           QFontMetrics(italic).elidedText(text, Qt::ElideRight, labelRect.width()));
        m_painter.setFont(g.font());
    }
}

void DiagramPainter::paintSelection(qsizetype row)
{
    const DiagramGeometry &g = *m_state.geometry;
    const QRect rect(0, g.rowTop(row) + g.bandLabelHeight(row), m_state.width, g.rowHeight(row) - g.bandLabelHeight(row));
    QColor fill = m_state.palette.color(QPalette::Highlight);
    fill.setAlpha(m_state.focused ? 80 : 45);
    m_painter.fillRect(rect, fill);
    if (m_state.focused) {
        QPen pen(m_state.palette.color(QPalette::Highlight), 1);
        m_painter.setPen(pen);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(rect.adjusted(1, 0, -2, -1));
    }
}

void DiagramPainter::paintArrow(qsizetype row, const DiagramArrow &arrow, qsizetype arrowIndex)
{
    const DiagramGeometry &g = *m_state.geometry;
    const bool expanded = g.isExpanded(arrowIndex);
    const int top = g.rowTop(row) + g.bandLabelHeight(row);
    const int labelTop = top + 4;
    const int y = labelTop + g.lineSpacing() + 4;
    const bool toServer = arrow.kind != DiagramArrow::Kind::Reply;
    const int from = toServer ? m_client : m_server;
    const int to = toServer ? m_server : m_client;
    const int direction = toServer ? 1 : -1;
    const QColor color = arrowColor(arrow, m_state.palette);

    QPen pen(color, arrow.kind == DiagramArrow::Kind::Message ? 3 : 1.5);
    if (arrow.kind == DiagramArrow::Kind::Expected)
        pen.setStyle(Qt::DashLine);
    m_painter.setPen(pen);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.drawLine(QPointF(from, y), QPointF(to - direction * kHead, y));
    QPainterPath head;
    head.moveTo(to, y);
    head.lineTo(to - direction * kHead, y - kHead / 2.0);
    head.lineTo(to - direction * kHead, y + kHead / 2.0);
    head.closeSubpath();
    m_painter.fillPath(head, color);
    m_painter.setRenderHint(QPainter::Antialiasing, false);

    QFont font = g.font();
    font.setItalic(arrow.kind == DiagramArrow::Kind::Expected);
    font.setBold(arrow.kind == DiagramArrow::Kind::Message);
    m_painter.setFont(font);
    // Commands and the message in the text colour; replies in their class colour (chosen by the
    // transcript to stay readable on the palette's base).
    m_painter.setPen(arrow.kind == DiagramArrow::Kind::Reply ? color : (arrow.kind == DiagramArrow::Kind::Expected ? color : m_state.palette.color(QPalette::Text)));
    // The label starts at the sender's lane and may run past the other lane to the edge: a narrow
    // diagram keeps more of each line.
    const int leftEdge = g.timeColumnWidth() + 4;
    const QRect label = toServer ? QRect(m_client + 10, labelTop, m_state.width - 4 - m_client - 10, g.lineSpacing())
                                 : QRect(leftEdge, labelTop, m_server - 10 - leftEdge, g.lineSpacing());
    const QString text = QFontMetrics(font).elidedText(arrowText(arrow, expanded), Qt::ElideRight, label.width());
    m_painter.drawText(label, (toServer ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
    m_painter.setFont(g.font());

    if (g.showTimes() && arrow.sincePreviousMs >= 0 && arrow.kind != DiagramArrow::Kind::Expected) {
        m_painter.setPen(m_state.palette.color(QPalette::PlaceholderText));
        m_painter.drawText(QRect(4, labelTop, g.timeColumnWidth() - 8, y - labelTop + 4), Qt::AlignRight | Qt::AlignBottom,
                           formatDelay(arrow.sincePreviousMs));
    }
    if (expanded)
        paintFolded(arrow, y + 6);
}

// An opened multi-line reply: every line under its arrow, in the transcript's monospace.
void DiagramPainter::paintFolded(const DiagramArrow &arrow, int top)
{
    const DiagramGeometry &g = *m_state.geometry;
    const QFont mono = g.monoFont();
    const QFontMetrics metrics(mono);
    m_painter.setFont(mono);
    m_painter.setPen(m_state.palette.color(QPalette::Text));
    const int left = m_client + 24;
    const int width = m_server - left - 12;
    int y = top;
    for (const QString &line : arrow.foldedLines) {
        m_painter.drawText(QRect(left, y, width, metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                           metrics.elidedText(line, Qt::ElideRight, width));
        y += metrics.lineSpacing();
    }
    m_painter.setFont(g.font());
}

// A separator across both lanes: a line with the note in a box on it.
void DiagramPainter::paintNote(qsizetype row, const DiagramNote &note)
{
    const DiagramGeometry &g = *m_state.geometry;
    const QPalette &palette = m_state.palette;
    const int top = g.rowTop(row) + g.bandLabelHeight(row);
    const int mid = top + (g.rowTop(row) + g.rowHeight(row) - top) / 2;
    const QColor color = note.isError ? Ui::replyClassColor(500, palette) : palette.color(QPalette::PlaceholderText);
    m_painter.setPen(QPen(color, 1));
    m_painter.drawLine(m_client - kBandSpill + 4, mid, m_server + kBandSpill - 4, mid);
    QFont font = g.font();
    font.setItalic(!note.isError);
    font.setBold(note.isError);
    m_painter.setFont(font);
    const QFontMetrics metrics(font);
    const int room = m_state.width - g.timeColumnWidth() - 24;
    const QString text = metrics.elidedText((note.isError ? QStringLiteral("\u2717 ") : QString()) + note.text,
                                            Qt::ElideRight, room);
    const int w = metrics.horizontalAdvance(text) + 14;
    const int centre = qBound(g.timeColumnWidth() + 4 + w / 2, (m_client + m_server) / 2, m_state.width - 4 - w / 2);
    const QRect box(centre - w / 2, mid - g.lineSpacing() / 2 - 2, w, g.lineSpacing() + 4);
    m_painter.setBrush(palette.color(QPalette::Base));
    m_painter.drawRoundedRect(box, 4, 4);
    m_painter.setPen(note.isError ? color : palette.color(QPalette::Text));
    m_painter.drawText(box, Qt::AlignCenter, text);
    m_painter.setFont(g.font());
}

} // namespace SmtpTutor
