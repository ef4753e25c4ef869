#include "examproctor.h"

#include "practice/practiceconnection.h"
#include "practice/practiceserver.h"
#include "session/transcript.h"

namespace SmtpTutor {

ResponderFactory examResponderFactory(
    const ExamOptions &options, const Scenario &scenario, std::shared_ptr<ExamServerState> examState)
{
    return [options, scenario, examState](
               const std::shared_ptr<SharedServerState> &shared) -> std::unique_ptr<SmtpResponder> {
        return std::make_unique<ExamResponder>(options, scenario, shared, examState);
    };
}

ExamProctor::ExamProctor(const ExamOptions &options, PracticeServer *server, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_server(server)
{
    m_grader = ExamGrader::make(options, [this](const ExamVerdict &verdict) {
        m_verdicts.append(verdict);
        Q_EMIT verdictReached(verdict);
    });
    connect(server, &PracticeServer::connectionAdded, this, &ExamProctor::follow);
    connect(server, &PracticeServer::connectionClosed, this, [this](int session) {
        if (m_finished)
            return;
        // The transcript's last lines were read as they came; the reader is no longer needed.
        m_readers.remove(session);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Closed by the server's own shutdown (it stops listening first): not the client's doing.
        if (!m_server->isListening()) {
            m_grader->sessionInterrupted(session, now);
            return;
        }
        const PracticeConnection *connection = m_server->connection(session);
        m_grader->sessionClosed(session, now, connection ? connection->tlsHandshakeError() : QString());
    });
    // Attempts that wait for the client to come back are given up when the exam's time is
    // over; once a second is precise enough for a limit counted in minutes.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] { m_grader->expire(QDateTime::currentDateTimeUtc()); });
    m_clock.start();
}

ExamProctor::~ExamProctor() = default;

void ExamProctor::finish()
{
    if (m_finished)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Sessions still open could not finish what they were doing.
    for (auto it = m_readers.cbegin(); it != m_readers.cend(); ++it)
        m_grader->sessionInterrupted(it.key(), now);
    m_readers.clear();
    m_grader->finish(now);
    m_clock.stop();
    m_finished = true;
}

void ExamProctor::follow(int session)
{
    PracticeConnection *connection = m_server->connection(session);
    if (!connection || m_finished)
        return;
    m_grader->sessionOpened(session, QDateTime::currentDateTimeUtc());
    m_readers.insert(session, SessionEventReader(session));
    Transcript *transcript = connection->transcript();
    if (transcript->size() > 0)
        read(session, 0, transcript->size() - 1);
    connect(transcript, &Transcript::entriesAppended, this,
        [this, session](qsizetype first, qsizetype last) { read(session, first, last); });
}

void ExamProctor::read(int session, qsizetype first, qsizetype last)
{
    auto reader = m_readers.find(session);
    PracticeConnection *connection = m_server->connection(session);
    if (reader == m_readers.end() || !connection)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<TranscriptEntry> &entries = connection->transcript()->entries();
    for (qsizetype i = first; i <= last && i < entries.size(); ++i) {
        for (const SessionEvent &event : reader->read(entries.at(i), now))
            m_grader->handle(event);
    }
}

} // namespace SmtpTutor
