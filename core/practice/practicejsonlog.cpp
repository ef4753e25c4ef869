#include "practicejsonlog.h"

#include "exam/examproctor.h"
#include "practiceconnection.h"
#include "practiceserver.h"
#include "session/transcript.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QFileDevice>
#include <QJsonDocument>

namespace SmtpTutor {

PracticeJsonLog::PracticeJsonLog(PracticeServer *server, QIODevice *device, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_device(device)
{
    connect(server, &PracticeServer::connectionAdded, this, &PracticeJsonLog::onSessionOpened);
    connect(server, &PracticeServer::connectionClosed, this, [this](int session) {
        const PracticeConnection *connection = m_server->connection(session);
        write({ { QStringLiteral("event"), QStringLiteral("session-close") }, { QStringLiteral("session"), session },
            { QStringLiteral("reason"), connection ? connection->closeReason() : QString() } });
    });
    connect(server, &PracticeServer::messageReceived, this, [this](int index) {
        const PracticeMessage &message = m_server->messages().at(index);
        QJsonArray recipients;
        for (const MailPath &path : message.message.recipients)
            recipients.append(path.address());
        write({ { QStringLiteral("event"), QStringLiteral("message") },
            { QStringLiteral("session"), message.connectionId },
            { QStringLiteral("queue_id"), message.message.queueId },
            { QStringLiteral("from"), message.message.sender.address() }, { QStringLiteral("to"), recipients },
            { QStringLiteral("bytes"), message.message.raw.size() },
            { QStringLiteral("tls"), message.message.overTls } });
    });
}

void PracticeJsonLog::follow(ExamProctor *proctor)
{
    const ExamInfo info = ExamCatalog::info(proctor->options().exam);
    write({ { QStringLiteral("event"), QStringLiteral("exam") }, { QStringLiteral("exam"), info.name },
        { QStringLiteral("title"), info.title }, { QStringLiteral("server_does"), info.serverDoes },
        { QStringLiteral("greylist_delay_s"), proctor->options().greylistDelaySeconds },
        { QStringLiteral("exam_time_s"), proctor->options().examTimeSeconds } });
    connect(proctor, &ExamProctor::verdictReached, this,
        [this](const ExamVerdict &verdict) { write(verdict.toJson()); });
}

QJsonObject PracticeJsonLog::lineEvent(int session, const TranscriptEntry &entry)
{
    QJsonObject object { { QStringLiteral("event"), QStringLiteral("line") }, { QStringLiteral("session"), session },
        { QStringLiteral("dir"), Transcript::directionName(entry.direction) }, { QStringLiteral("tls"), entry.tls },
        { QStringLiteral("text"), entry.text } };
    if (entry.replyCode != 0)
        object.insert(QStringLiteral("code"), entry.replyCode);
    if (!entry.enhancedStatus.isEmpty())
        object.insert(QStringLiteral("enhanced"), entry.enhancedStatus);
    return object;
}

void PracticeJsonLog::onSessionOpened(int session)
{
    PracticeConnection *connection = m_server->connection(session);
    if (!connection)
        return;
    write({ { QStringLiteral("event"), QStringLiteral("session-open") }, { QStringLiteral("session"), session },
        { QStringLiteral("peer"), connection->peerAddress().toString() },
        { QStringLiteral("peer_port"), connection->peerPort() },
        { QStringLiteral("local_port"), connection->localPort() } });
    Transcript *transcript = connection->transcript();
    for (const TranscriptEntry &entry : transcript->entries())
        write(lineEvent(session, entry));
    connect(transcript, &Transcript::entriesAppended, this, [this, transcript, session](qsizetype first, qsizetype last) {
        for (qsizetype i = first; i <= last; ++i)
            write(lineEvent(session, transcript->entries().at(i)));
    });
}

void PracticeJsonLog::write(QJsonObject object)
{
    object.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    m_device->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    if (auto *file = qobject_cast<QFileDevice *>(m_device))
        file->flush();
}

} // namespace SmtpTutor
