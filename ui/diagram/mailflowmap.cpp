#include "mailflowmap.h"

#include "server/scenario.h"

#include <QAbstractTextDocumentLayout>
#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QTextDocument>
#include <QToolTip>

namespace SmtpTutor {

namespace {
constexpr qreal kMargin = 6;
constexpr qreal kPadding = 8;
constexpr qreal kArrowHead = 7;
constexpr qreal kDot = 6; // radius of a station on the narrow line map

// One HTML block for the caption, so its height can be measured and painted the same way.
QString captionHtml(const QString &title, const QString &text, bool thisSession)
{
    const QString mark = thisSession ? MailFlowMap::tr("This session. ") : QString();
    return QStringLiteral("<b>%1%2</b> %3").arg(mark.toHtmlEscaped(), title.toHtmlEscaped(), text.toHtmlEscaped());
}

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

MailFlowMap::MailFlowMap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("mailFlowMap"));
    setAccessibleName(tr("Where mail travels"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateAccessibleText();
}

MailFlowMap::Hop MailFlowMap::hopForPort(int port)
{
    switch (port) {
    case 587:  // message submission, STARTTLS (RFC 6409)
    case 465:  // submission with TLS from the first byte (RFC 8314 s.3)
    case 2525: // an unofficial stand-in for 587 that some providers open
        return Hop::Submission;
    case 25: // MTA to MX relay (RFC 5321 s.5.1)
        return Hop::Relay;
    }
    return Hop::None;
}

MailFlowMap::Hop MailFlowMap::hopForScenario(const Scenario &scenario)
{
    return hopForPort(scenario.port);
}

void MailFlowMap::setSessionHop(Hop hop)
{
    m_sessionHop = hop;
    m_currentHop = hop;
    updateAccessibleText();
    updateGeometry();
    update();
    Q_EMIT currentHopChanged(m_currentHop);
}

void MailFlowMap::setCaptionVisible(bool visible)
{
    m_captionVisible = visible;
    m_layoutWidth = -1;
    updateGeometry();
    update();
}

void MailFlowMap::setCurrentHop(Hop hop)
{
    if (hop == m_currentHop)
        return;
    m_currentHop = hop;
    updateAccessibleText();
    update();
    Q_EMIT currentHopChanged(hop);
}

QString MailFlowMap::stationName(int station)
{
    switch (station) {
    case 0: return tr("Your mail program");
    case 1: return tr("Submission server");
    case 2: return tr("Sending MTA");
    case 3: return tr("Recipient's MX");
    case 4: return tr("Mailbox");
    }
    return {};
}

QString MailFlowMap::hopLabel(Hop hop)
{
    switch (hop) {
    case Hop::Submission: return tr("587 / 465");
    case Hop::Handoff: return tr("queue");
    case Hop::Relay: return tr("25, via MX");
    case Hop::Delivery: return tr("delivery");
    case Hop::None: break;
    }
    return {};
}

QString MailFlowMap::hopTitle(Hop hop)
{
    switch (hop) {
    case Hop::Submission: return tr("Submission: your program hands the message in");
    case Hop::Handoff: return tr("Queue: the provider takes over");
    case Hop::Relay: return tr("Relay: server to server on port 25");
    case Hop::Delivery: return tr("Delivery: into the mailbox");
    case Hop::None: break;
    }
    return {};
}

QString MailFlowMap::hopExplanation(Hop hop)
{
    switch (hop) {
    case Hop::Submission:
        return tr("Your mail program connects to your own provider on port 587 (STARTTLS) or 465 "
                  "(TLS from the first byte) and logs in with AUTH before it may send. This is the "
                  "only hop where a person's password is involved.");
    case Hop::Handoff:
        return tr("Once the submission server said 250 after the message, the mail sits in the queue "
                  "of the provider's sending server, often the same machine. From here on the "
                  "provider is responsible for it, retries included.");
    case Hop::Relay:
        return tr("The sending server asks DNS for the MX records of the recipient's domain and "
                  "connects to the best one on port 25. Nobody logs in: the receiving server judges "
                  "the sender by its address, its IP and its own list of domains.");
    case Hop::Delivery:
        return tr("The MX accepts mail only for the domains it serves and files it in the "
                  "recipient's mailbox. The recipient reads it later over IMAP or POP3, not SMTP.");
    case Hop::None: break;
    }
    return {};
}

QString MailFlowMap::captionText() const
{
    if (m_currentHop == Hop::None)
        return tr("<b>Pick a hop</b> (click it, or use the arrow keys) to read what happens there.");
    return captionHtml(hopTitle(m_currentHop), hopExplanation(m_currentHop), m_currentHop == m_sessionHop);
}

QString MailFlowMap::tooltipFor(Hop hop) const
{
    return QStringLiteral("<p>%1</p>").arg(captionHtml(hopTitle(hop), hopExplanation(hop), hop == m_sessionHop));
}

// The caption keeps the height of its longest text, so the map does not jump as the learner
// moves from hop to hop.
qreal MailFlowMap::captionHeight(qreal width) const
{
    QTextDocument document;
    document.setDefaultFont(font());
    document.setDocumentMargin(0);
    document.setTextWidth(qMax<qreal>(40, width));
    qreal tallest = 0;
    for (int hop = 0; hop < HopCount; ++hop) {
        document.setHtml(captionHtml(hopTitle(Hop(hop)), hopExplanation(Hop(hop)), true));
        tallest = qMax(tallest, document.size().height());
    }
    return tallest;
}

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
    const QFontMetricsF metrics(font());
    const qreal inner = width - 2 * kMargin;
    const qreal line = metrics.lineSpacing();
    g.vertical = width < horizontalMinimumWidth();
    qreal y = kMargin;
    if (!g.vertical) {
        qreal gap = 0;
        for (int hop = 0; hop < HopCount; ++hop)
            gap = qMax(gap, metrics.horizontalAdvance(hopLabel(Hop(hop))) + 2 * kPadding);
        const qreal stationWidth = (inner - HopCount * gap) / StationCount;
        const qreal stationHeight = 2 * line + 2 * kPadding;
        y += line + 4; // room above the row for the "this session" tag
        qreal x = kMargin;
        for (int station = 0; station < StationCount; ++station) {
            g.stations << QRectF(x, y, stationWidth, stationHeight);
            x += stationWidth;
            if (station < HopCount)
                g.hops << QRectF(x, y - line - 4, gap, stationHeight + line + 4);
            x += gap;
        }
        y += stationHeight;
    } else {
        // Narrow: a line map, one text line per station and per hop, like a metro plan.
        for (int station = 0; station < StationCount; ++station) {
            g.stations << QRectF(kMargin, y, inner, line + 2);
            y += line + 2;
            if (station < HopCount) {
                g.hops << QRectF(kMargin, y, inner, line + 4);
                y += line + 4;
            }
        }
    }
    if (m_captionVisible) {
        y += kPadding;
        g.caption = QRectF(kMargin, y, inner, captionHeight(inner));
        y = g.caption.bottom();
    }
    g.height = y + kMargin;
    return g;
}

int MailFlowMap::heightForWidth(int width) const
{
    return qCeil(layoutFor(width).height);
}

QSize MailFlowMap::sizeHint() const
{
    const int width = qCeil(horizontalMinimumWidth());
    return {width, heightForWidth(width)};
}

QSize MailFlowMap::minimumSizeHint() const
{
    const int width = QFontMetrics(font()).horizontalAdvance(stationName(3)) * 2;
    return {width, heightForWidth(width)};
}

QRectF MailFlowMap::hopRect(Hop hop) const
{
    const Geometry g = layoutFor(width());
    return hop == Hop::None ? QRectF() : g.hops.value(int(hop));
}

MailFlowMap::Hop MailFlowMap::hopAt(const QPointF &point) const
{
    const Geometry g = layoutFor(width());
    for (int hop = 0; hop < HopCount; ++hop)
        if (g.hops.at(hop).contains(point))
            return Hop(hop);
    // A station stands for the hop that brings the mail to it (the first for the sender).
    for (int station = 0; station < StationCount; ++station)
        if (g.stations.at(station).contains(point))
            return Hop(qMax(0, station - 1));
    return Hop::None;
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
    if (g.vertical) {
        const QPointF centre(box.left() + kDot, box.center().y());
        painter.drawEllipse(centre, kDot - 1, kDot - 1);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(box.adjusted(2 * kDot + 6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, stationName(station));
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
    if (g.vertical) {
        start = QPointF(from.left() + kDot, from.center().y() + kDot);
        end = QPointF(to.left() + kDot, to.center().y() - kDot);
        direction = QPointF(0, 1);
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
    if (g.vertical) {
        const QRectF label = area.adjusted(2 * kDot + 6, 0, 0, 0);
        painter.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, text);
        if (session)
            paintSessionTag(painter, QPointF(label.left() + metrics.horizontalAdvance(text) + 8, area.center().y()), false);
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

bool MailFlowMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hop hop = hopAt(help->pos());
        if (hop == Hop::None)
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tooltipFor(hop), this, hopRect(hop).toAlignedRect());
        return true;
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange) {
        m_layoutWidth = -1;
        updateGeometry();
    }
    return QWidget::event(event);
}

void MailFlowMap::mousePressEvent(QMouseEvent *event)
{
    const Hop hop = hopAt(event->position());
    if (hop == Hop::None)
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    setCurrentHop(hop);
    if (!m_captionVisible)
        QToolTip::showText(event->globalPosition().toPoint(), tooltipFor(hop), this, hopRect(hop).toAlignedRect());
}

void MailFlowMap::keyPressEvent(QKeyEvent *event)
{
    const int current = int(m_currentHop);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        setCurrentHop(Hop(current < 0 ? 0 : qMax(0, current - 1)));
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        setCurrentHop(Hop(qMin(HopCount - 1, current + 1)));
        break;
    case Qt::Key_Home:
        setCurrentHop(Hop::Submission);
        break;
    case Qt::Key_End:
        setCurrentHop(Hop::Delivery);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_currentHop == Hop::None)
            setCurrentHop(Hop::Submission);
        QToolTip::showText(mapToGlobal(hopRect(m_currentHop).center().toPoint()), tooltipFor(m_currentHop), this);
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
}

// A screen reader hears the whole route once (the name) and the picked hop as the description.
void MailFlowMap::updateAccessibleText()
{
    QString description;
    if (m_sessionHop != Hop::None)
        description = tr("This session plays the hop: %1.").arg(hopTitle(m_sessionHop)) + QLatin1Char(' ');
    if (m_currentHop != Hop::None)
        description += tr("Selected: %1. %2").arg(hopTitle(m_currentHop), hopExplanation(m_currentHop));
    else
        description += tr("From your mail program to the submission server, the sending MTA, the "
                          "recipient's MX and the mailbox.");
    setAccessibleDescription(description);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

} // namespace SmtpTutor
