// The map's geometry (three arrangements by width) and its painting; texts and input are in
// mailflowmap.cpp.
#include "mailflowmap.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QTextDocument>

namespace SmtpTutor {

namespace {
constexpr qreal kMargin = 6;
constexpr qreal kPadding = 8;
constexpr qreal kArrowHead = 7;
constexpr qreal kDot = 6; // radius of a station on the strip and the line map

void drawArrowHead(QPainter &painter, const QPointF &tip, const QPointF &direction)
{
    const QPointF back = tip - direction * kArrowHead;
    const QPointF side(-direction.y() * kArrowHead * 0.55, direction.x() * kArrowHead * 0.55);
    QPainterPath head;
    head.moveTo(tip);
    head.lineTo(back + side);
    head.lineTo(back - side);
    head.closeSubpath();
    painter.fillPath(head, painter.pen().color());
}
} // namespace

qreal MailFlowMap::horizontalMinimumWidth() const
{
    const QFontMetricsF metrics(font());
    qreal widestWord = 0;
    for (int station = 0; station < StationCount; ++station)
        for (const QString &word : stationName(station).split(QLatin1Char(' ')))
            widestWord = qMax(widestWord, metrics.horizontalAdvance(word));
    qreal widestLabel = 0;
    for (int hop = 0; hop < HopCount; ++hop)
        widestLabel = qMax(widestLabel, metrics.horizontalAdvance(hopLabel(Hop(hop))));
    return 2 * kMargin + StationCount * (widestWord + 2 * kPadding) + HopCount * (widestLabel + 2 * kPadding);
}

MailFlowMap::Geometry MailFlowMap::layoutFor(int width) const
{
    if (width != m_layoutWidth) {
        m_layout = computeLayout(width);
        m_layoutWidth = width;
    }
    return m_layout;
}

MailFlowMap::Geometry MailFlowMap::computeLayout(int width) const
{
    Geometry g;
    if (width >= horizontalMinimumWidth())
        layoutBoxes(g, width);
    else if (width >= stripMinimumWidth())
        layoutStrip(g, width);
    else
        layoutLine(g, width);
    const qreal inner = width - 2 * kMargin;
    qreal y = g.height;
    if (m_captionVisible) {
        y += kPadding;
        g.caption = QRectF(kMargin, y, inner, captionHeight(inner));
        y = g.caption.bottom();
    }
    g.height = y + kMargin;
    return g;
}

// Wide: a row of boxes, the port on each arrow, the "this session" tag above the row.
void MailFlowMap::layoutBoxes(Geometry &g, int width) const
{
    g.mode = Mode::Boxes;
    const QFontMetricsF metrics(font());
    const qreal inner = width - 2 * kMargin;
    const qreal line = metrics.lineSpacing();
    qreal gap = 0;
    for (int hop = 0; hop < HopCount; ++hop)
        gap = qMax(gap, metrics.horizontalAdvance(hopLabel(Hop(hop))) + 2 * kPadding);
    const qreal stationWidth = (inner - HopCount * gap) / StationCount;
    const qreal stationHeight = 2 * line + 2 * kPadding;
    const qreal y = kMargin + line + 4;
    qreal x = kMargin;
    for (int station = 0; station < StationCount; ++station) {
        g.stations << QRectF(x, y, stationWidth, stationHeight);
        x += stationWidth;
        if (station < HopCount)
            g.hops << QRectF(x, y - line - 4, gap, stationHeight + line + 4);
        x += gap;
    }
    g.height = y + stationHeight;
}

// A dock's width: five dots on one line, the port above each arrow, the names below the dots and
// the "this session" tag under its hop.
void MailFlowMap::layoutStrip(Geometry &g, int width) const
{
    g.mode = Mode::Strip;
    const QFontMetricsF metrics(font());
    const qreal line = metrics.lineSpacing();
    const qreal column = (width - 2 * kMargin) / StationCount;
    qreal nameHeight = 0;
    for (int station = 0; station < StationCount; ++station)
        nameHeight = qMax<qreal>(nameHeight, metrics.boundingRect(QRectF(0, 0, column - 4, 1000), Qt::TextWordWrap | Qt::AlignHCenter, stationName(station)).height());
    const qreal dotY = kMargin + line + kDot + 2;
    for (int station = 0; station < StationCount; ++station) {
        const qreal left = kMargin + station * column;
        g.stations << QRectF(left, dotY - kDot, column, 2 * kDot + 4 + nameHeight);
        if (station < HopCount)
            g.hops << QRectF(left + column / 2 + kDot, kMargin, column - 2 * kDot, dotY + kDot - kMargin);
    }
    g.height = dotY + kDot + 4 + nameHeight + (m_sessionHop != Hop::None ? line + 6 : 0);
}

// Narrow: a line map from top to bottom, one row per station with the hop that leaves it
// ("-> 587 / 465") beside the name; the dots are joined by the arrows.
void MailFlowMap::layoutLine(Geometry &g, int width) const
{
    g.mode = Mode::Line;
    const QFontMetricsF metrics(font());
    const qreal row = metrics.lineSpacing() + 8;
    qreal names = 0;
    for (int station = 0; station < StationCount; ++station)
        names = qMax(names, metrics.horizontalAdvance(stationName(station)));
    const qreal stationWidth = 2 * kDot + 6 + names;
    const qreal hopLeft = kMargin + stationWidth + 8;
    qreal y = kMargin;
    for (int station = 0; station < StationCount; ++station) {
        g.stations << QRectF(kMargin, y, stationWidth, row);
        if (station < HopCount)
            g.hops << QRectF(hopLeft, y, qMax<qreal>(10, width - kMargin - hopLeft), row);
        y += row;
    }
    g.height = y;
}

qreal MailFlowMap::stripMinimumWidth() const
{
    const QFontMetricsF metrics(font());
    qreal widestWord = metrics.horizontalAdvance(tr("this session")) / 2;
    for (int station = 0; station < StationCount; ++station)
        for (const QString &word : stationName(station).split(QLatin1Char(' ')))
            widestWord = qMax(widestWord, metrics.horizontalAdvance(word));
    for (int hop = 0; hop < HopCount; ++hop)
        widestWord = qMax(widestWord, metrics.horizontalAdvance(hopLabel(Hop(hop))) - 2 * kDot);
    return 2 * kMargin + StationCount * (widestWord + 6);
}
// The line map's widest row, as paintHop() draws it: the names, then "→ port" in bold (the
// session's hop and the current one are bold) followed by the "this session" tag.
qreal MailFlowMap::lineMinimumWidth() const
{
    const QFontMetricsF metrics(font());
    qreal names = 0;
    for (int station = 0; station < StationCount; ++station)
        names = qMax(names, metrics.horizontalAdvance(stationName(station)));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    qreal hops = 0;
    for (int hop = 0; hop < HopCount; ++hop)
        hops = qMax(hops, boldMetrics.horizontalAdvance(QStringLiteral("\u2192 ") + hopLabel(Hop(hop))));
    // Room for the tag whether or not a hop is the session's yet, so the minimum stays put.
    const qreal tag = 8 + metrics.horizontalAdvance(tr("this session")) + 10;
    return 2 * kMargin + 2 * kDot + 6 + names + 8 + hops + tag + 2;
}

bool MailFlowMap::touchesSessionHop(int station) const
{
    const int hop = int(m_sessionHop);
    return hop >= 0 && (station == hop || station == hop + 1);
}

void MailFlowMap::paintStation(QPainter &painter, const Geometry &g, int station) const
{
    const QRectF box = g.stations.at(station);
    const bool touched = touchesSessionHop(station);
    painter.setPen(QPen(touched ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid), touched ? 2 : 1));
    painter.setBrush(palette().color(QPalette::Base));
    if (g.mode == Mode::Line) {
        const QPointF centre(box.left() + kDot, box.center().y());
        painter.drawEllipse(centre, kDot - 1, kDot - 1);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box.adjusted(2 * kDot + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, stationName(station));
        return;
    }
    if (g.mode == Mode::Strip) {
        painter.drawEllipse(QPointF(box.center().x(), box.top() + kDot), kDot - 1, kDot - 1);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box.adjusted(2, 2 * kDot + 4, -2, 0), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, stationName(station));
        return;
    }
    const QRectF inner = box.adjusted(1, 1, -1, -1);
    painter.drawRoundedRect(inner, 5, 5);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(inner.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap, stationName(station));
}

// The filled "this session" tag: the highlighted hop told apart without colour, in words.
QRectF MailFlowMap::paintSessionTag(QPainter &painter, const QPointF &anchor, bool centred) const
{
    const QFontMetricsF metrics(painter.font());
    const QString tag = tr("this session");
    const QSizeF size(metrics.horizontalAdvance(tag) + 10, metrics.height() + 2);
    const QRectF rect(centred ? anchor.x() - size.width() / 2 : anchor.x(), anchor.y() - size.height() / 2, size.width(), size.height());
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(rect, 4, 4);
    painter.setPen(palette().color(QPalette::HighlightedText));
    painter.drawText(rect, Qt::AlignCenter, tag);
    return rect;
}

void MailFlowMap::paintHop(QPainter &painter, const Geometry &g, int hop) const
{
    const bool session = hop == int(m_sessionHop);
    const QRectF from = g.stations.at(hop);
    const QRectF to = g.stations.at(hop + 1);
    const QColor color = session ? palette().color(QPalette::Highlight) : palette().color(QPalette::PlaceholderText);
    painter.setPen(QPen(color, session ? 3 : 1.5));
    QPointF start, end, direction;
    if (g.mode == Mode::Line) {
        start = QPointF(from.left() + kDot, from.center().y() + kDot);
        end = QPointF(to.left() + kDot, to.center().y() - kDot + 1);
        direction = QPointF(0, 1);
    } else if (g.mode == Mode::Strip) {
        start = QPointF(from.center().x() + kDot, from.top() + kDot);
        end = QPointF(to.center().x() - kDot, to.top() + kDot);
        direction = QPointF(1, 0);
    } else {
        start = QPointF(from.right() + 2, from.center().y());
        end = QPointF(to.left() - 2, to.center().y());
        direction = QPointF(1, 0);
    }
    painter.drawLine(start, end - direction * kArrowHead);
    drawArrowHead(painter, end, direction);

    QFont labelFont = font();
    labelFont.setBold(session || hop == int(m_currentHop));
    painter.setFont(labelFont);
    const QFontMetricsF metrics(labelFont);
    const QRectF area = g.hops.at(hop);
    const QString text = hopLabel(Hop(hop));
    painter.setPen(palette().color(QPalette::WindowText));
    if (g.mode == Mode::Strip) {
        const QRectF label(area.left() - kDot, area.top(), area.width() + 2 * kDot, start.y() - kDot - area.top());
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignBottom, text);
        if (session) // under the names, centred on the hop
            paintSessionTag(painter, QPointF(area.center().x(), g.stations.at(hop).bottom() + metrics.height() / 2 + 4), true);
    } else if (g.mode == Mode::Line) {
        const QString arrowText = QStringLiteral("\u2192 ") + text; // → the hop leaving this station
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, arrowText);
        if (session)
            paintSessionTag(painter, QPointF(area.left() + metrics.horizontalAdvance(arrowText) + 8, area.center().y()), false);
    } else {
        QRectF label(area.left(), area.top(), area.width(), start.y() - area.top() - 3);
        if (session) // the tag above the row, the port label just above the arrow
            label.setTop(paintSessionTag(painter, QPointF(area.center().x(), area.top() + metrics.height() / 2 + 1), true).bottom());
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignBottom, text);
    }
    painter.setFont(font());
}

void MailFlowMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Geometry g = layoutFor(width());
    if (height() + 1 < g.height) { // squeezed by a crowded layout: one line, never a cut picture
        paintSummary(painter);
        return;
    }
    for (int station = 0; station < StationCount; ++station)
        paintStation(painter, g, station);
    for (int hop = 0; hop < HopCount; ++hop)
        paintHop(painter, g, hop);
    if (hasFocus() && m_currentHop != Hop::None) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = g.hops.at(int(m_currentHop)).toAlignedRect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
    if (!m_captionVisible)
        return;
    QTextDocument caption;
    caption.setDefaultFont(font());
    caption.setDocumentMargin(0);
    caption.setTextWidth(g.caption.width());
    caption.setHtml(captionText());
    painter.translate(g.caption.topLeft());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = palette();
    context.palette.setColor(QPalette::Text, palette().color(QPalette::WindowText));
    caption.documentLayout()->draw(&painter, context);
}

// The session's hop in one line ("Your mail program -> Submission server, 587 / 465"), for
// when the layout around the map leaves it less height than its picture needs.
void MailFlowMap::paintSummary(QPainter &painter) const
{
    const int hop = int(m_sessionHop);
    const QString text = hop < 0 ? accessibleName()
                                 : tr("This session, %1: %2 \u2192 %3").arg(hopLabel(m_sessionHop), stationName(hop), stationName(hop + 1));
    painter.setPen(palette().color(QPalette::WindowText));
    const QRectF area = rect().adjusted(kMargin, 0, -kMargin, 0);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, QFontMetricsF(font()).elidedText(text, Qt::ElideRight, area.width()));
}

} // namespace SmtpTutor
