// PracticeServerWidget's lists of what the running server does: its sessions (with the state
// and transcript of the selected one) and the messages it received (headers, body, raw).
// Member functions of the widget kept apart from its form and start-up, in their own file.

#include "practiceserverwidget.h"

#include "practice/practiceconnection.h"
#include "practice/practiceserver.h"
#include "session/transcript.h"
#include "transcriptpanel.h"

#include <QPlainTextEdit>
#include <QTreeWidget>

namespace SmtpTutor {

namespace {

enum ConnectionColumn { IdColumn, PeerColumn, StateColumn, SecurityColumn, UserColumn };
enum MessageColumn { TimeColumn, FromColumn, ToColumn, SizeColumn };
constexpr int IdRole = Qt::UserRole + 1;

QString phaseText(SessionPhase phase)
{
    switch (phase) {
    case SessionPhase::NotConnected:
        return QObject::tr("connecting");
    case SessionPhase::Greeted:
        return QObject::tr("greeted, waiting for EHLO");
    case SessionPhase::Identified:
        return QObject::tr("introduced (EHLO done)");
    case SessionPhase::InTransaction:
        return QObject::tr("MAIL FROM given");
    case SessionPhase::HaveRecipients:
        return QObject::tr("recipients given");
    case SessionPhase::InData:
        return QObject::tr("receiving the message");
    case SessionPhase::AuthExchange:
        return QObject::tr("logging in (AUTH)");
    case SessionPhase::Closed:
        return QObject::tr("closed");
    }
    return {};
}

// Message text for an editor: CRLF shown as plain line ends (the Raw tab marks them).
QString printable(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

QString rawText(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).replace(
        QLatin1String("\r\n"), QStringLiteral("\u21b5\n")); // ↵ marks each CRLF
}

} // namespace

QTreeWidgetItem *PracticeServerWidget::connectionItem(int id) const
{
    for (int i = 0; i < m_connectionsTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_connectionsTree->topLevelItem(i);
        if (item->data(IdColumn, IdRole).toInt() == id)
            return item;
    }
    return nullptr;
}

void PracticeServerWidget::addConnection(int id)
{
    auto *item = new QTreeWidgetItem(m_connectionsTree);
    item->setData(IdColumn, IdRole, id);
    item->setText(IdColumn, QString::number(id));
    if (PracticeConnection *connection = m_server->connection(id))
        item->setText(PeerColumn,
            QStringLiteral("%1:%2").arg(connection->peerAddress().toString()).arg(connection->peerPort()));
    updateConnection(id);
    if (!m_connectionsTree->currentItem())
        m_connectionsTree->setCurrentItem(item);
}

void PracticeServerWidget::updateConnection(int id)
{
    QTreeWidgetItem *item = connectionItem(id);
    PracticeConnection *connection = m_server ? m_server->connection(id) : nullptr;
    if (!item || !connection)
        return;
    item->setText(StateColumn,
        connection->isOpen() ? phaseText(connection->phase())
                             : tr("closed: %1").arg(connection->closeReason()));
    item->setText(SecurityColumn, connection->isTlsActive() ? connection->tlsDescription() : tr("plain"));
    item->setText(UserColumn, connection->authenticatedUser());
}

void PracticeServerWidget::removeConnection(int id)
{
    QTreeWidgetItem *item = connectionItem(id);
    if (!item)
        return;
    if (m_connectionsTree->currentItem() == item)
        m_transcriptPanel->setTranscript(nullptr); // its transcript is about to go
    delete item;
}

void PracticeServerWidget::showSelectedConnection()
{
    QTreeWidgetItem *item = m_connectionsTree->currentItem();
    PracticeConnection *connection
        = item && m_server ? m_server->connection(item->data(IdColumn, IdRole).toInt()) : nullptr;
    m_transcriptPanel->setTranscript(connection ? connection->transcript() : nullptr);
    // The diagram's lanes: the remote client by its address, the server by the scenario's host.
    if (connection)
        m_transcriptPanel->setLanes(
            QStringLiteral("%1:%2").arg(connection->peerAddress().toString()).arg(connection->peerPort()),
            m_runningScenario.hostname);
}

void PracticeServerWidget::addMessage(int index)
{
    const PracticeMessage &message = m_server->messages().at(index);
    QStringList recipients;
    for (const MailPath &path : message.message.recipients)
        recipients << path.address();
    auto *item = new QTreeWidgetItem(m_messagesTree);
    item->setText(TimeColumn, message.message.receivedAt.time().toString(Qt::ISODate));
    item->setText(
        FromColumn, message.message.sender.isNull ? QStringLiteral("<>") : message.message.sender.address());
    item->setText(ToColumn, recipients.join(QStringLiteral(", ")));
    item->setText(SizeColumn, QString::number(message.message.raw.size()));
    item->setToolTip(
        ToColumn, tr("Session #%1, queue id %2").arg(message.connectionId).arg(message.message.queueId));
    if (m_messagesTree->topLevelItemCount() == 1)
        m_messagesTree->setCurrentItem(item);
}

void PracticeServerWidget::dropMessages(int count)
{
    // The server forgot its oldest kept messages (memory budget) or they were cleared.
    for (int i = 0; i < count && m_messagesTree->topLevelItemCount() > 0; ++i)
        delete m_messagesTree->takeTopLevelItem(0);
}

void PracticeServerWidget::showSelectedMessage()
{
    const int row = m_messagesTree->indexOfTopLevelItem(m_messagesTree->currentItem());
    if (!m_server || row < 0 || row >= m_server->messages().size()) {
        for (QPlainTextEdit *edit : { m_headersEdit, m_bodyEdit, m_rawEdit })
            edit->clear();
        return;
    }
    const PracticeMessage &message = m_server->messages().at(row);
    m_headersEdit->setPlainText(printable(message.headers()));
    m_bodyEdit->setPlainText(printable(message.body()));
    m_rawEdit->setPlainText(rawText(message.message.raw));
}

} // namespace SmtpTutor
