#include "mailflowmap.h"

#include "server/scenario.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTextDocument>
#include <QToolTip>

namespace SmtpTutor {

// One HTML block for the caption, so its height can be measured and painted the same way.
QString MailFlowMap::captionHtml(const QString &title, const QString &text, bool thisSession)
{
    const QString mark = thisSession ? MailFlowMap::tr("This session. ") : QString();
    return QStringLiteral("<b>%1%2</b> %3").arg(mark.toHtmlEscaped(), title.toHtmlEscaped(), text.toHtmlEscaped());
}

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
    m_layoutWidth = -1; // the strip has a line for the tag only when a hop is the session's
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

int MailFlowMap::heightForWidth(int width) const
{
    return qCeil(layoutFor(width).height);
}

// The hint follows the width the map has (its height depends on it), so a layout gives the
// map the height its arrangement needs.
QSize MailFlowMap::sizeHint() const
{
    const int width = isVisible() && this->width() > 0 ? this->width() : qCeil(horizontalMinimumWidth());
    return {width, heightForWidth(width)};
}

QSize MailFlowMap::minimumSizeHint() const
{
    return {qCeil(lineMinimumWidth()), sizeHint().height()};
}

void MailFlowMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (height() != heightForWidth(width()))
        updateGeometry();
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
