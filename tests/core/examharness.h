#pragma once

// Plays exam sessions without sockets, on a clock the test moves: each client line goes to a
// real ExamResponder, its replies into a real Transcript (masked as PracticeConnection masks
// them), and the transcript through SessionEventReader into the exam's grader, the way
// ExamProctor follows a running practice server. So a test sees the exam end to end (what the
// server says and the verdict it gives), and can play a greylist's hour in no time.

#include "exam/examgrader.h"
#include "exam/examproctor.h"
#include "exam/examresponder.h"
#include "session/transcript.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <deque>
#include <memory>

namespace SmtpTutor::Testing {

class ExamHarness;

class ExamSession
{
public:
    ExamSession(ExamHarness &harness, int id, std::unique_ptr<SmtpResponder> responder);

    int id() const { return m_id; }
    // The greeting, as wire lines ("220 mail.example.com ESMTP Postfix").
    const QStringList &greeting() const { return m_greeting; }
    // One client line without CRLF; returns the reply lines the server sent for it.
    QStringList send(const QByteArray &line);
    // Several lines; returns the replies to the last.
    QStringList send(const QList<QByteArray> &lines);
    // After a 220 to STARTTLS: what the server wrote before the handshake (the injection).
    const QStringList &injectedBeforeTls() const { return m_injected; }
    bool isTlsRequested() const { return m_responder->isTlsRequested(); }
    // The TLS handshake succeeded: from here on every line is inside TLS.
    void handshake();
    // The client hung up (or the handshake failed with `tlsError`).
    void close(const QString &tlsError = {});
    // The server stopped with the session open.
    void interrupt();
    // The server closed the connection (221 or 421).
    bool closedByServer() const { return m_responder->isClosed(); }
    const Transcript &transcript() const { return m_transcript; }

private:
    void follow(qsizetype first, qsizetype last);
    QStringList record(const QList<ServerResponse> &responses);

    ExamHarness &m_harness;
    int m_id;
    std::unique_ptr<SmtpResponder> m_responder;
    Transcript m_transcript;
    SessionEventReader m_reader;
    QStringList m_greeting;
    QStringList m_injected;
    bool m_tls = false;
    bool m_closed = false;
};

class ExamHarness
{
public:
    explicit ExamHarness(const ExamOptions &options, PersonaId personality = PersonaId::Postfix)
        : m_examState(std::make_shared<ExamServerState>())
        , m_shared(std::make_shared<SharedServerState>())
        , m_scenario(examScenario(options, personality))
        , m_now(QDateTime(QDate(2026, 12, 4), QTime(9, 0), Qt::UTC))
    {
        m_examState->now = [this] { return m_now; };
        m_grader = ExamGrader::make(options, [this](const ExamVerdict &verdict) { m_verdicts.append(verdict); });
        m_factory = examResponderFactory(options, m_scenario, m_examState);
    }
    explicit ExamHarness(ExamId exam)
        : ExamHarness(ExamOptions { exam })
    {
    }

    // A new client connection; it has its greeting already.
    ExamSession &open()
    {
        m_sessions.emplace_back(*this, int(m_sessions.size()) + 1, m_factory(m_shared));
        return m_sessions.back();
    }
    // Time passes; exams waiting for a client to come back may give up.
    void wait(int seconds)
    {
        m_now = m_now.addSecs(seconds);
        m_grader->expire(m_now);
    }
    // The server stops: every session still open is cut short, and every wait is judged.
    void finish()
    {
        for (ExamSession &session : m_sessions)
            session.interrupt();
        m_grader->finish(m_now);
    }

    const QList<ExamVerdict> &verdicts() const { return m_verdicts; }
    // The only verdict, or a default one whose reason says how many there were.
    ExamVerdict verdict() const
    {
        if (m_verdicts.size() == 1)
            return m_verdicts.first();
        ExamVerdict none;
        none.reason = QStringLiteral("expected one verdict, got %1").arg(m_verdicts.size());
        return none;
    }
    const QList<ReceivedMessage> &received() const { return m_shared->received; }
    QDateTime now() const { return m_now; }
    const ExamServerState &examState() const { return *m_examState; }
    ExamGrader &grader() { return *m_grader; }

private:
    std::shared_ptr<ExamServerState> m_examState;
    std::shared_ptr<SharedServerState> m_shared;
    Scenario m_scenario;
    QDateTime m_now;
    std::unique_ptr<ExamGrader> m_grader;
    ResponderFactory m_factory;
    std::deque<ExamSession> m_sessions; // stable addresses: tests hold references
    QList<ExamVerdict> m_verdicts;
};

inline ExamSession::ExamSession(ExamHarness &harness, int id, std::unique_ptr<SmtpResponder> responder)
    : m_harness(harness)
    , m_id(id)
    , m_responder(std::move(responder))
    , m_reader(id)
{
    QObject::connect(&m_transcript, &Transcript::entriesAppended,
        [this](qsizetype first, qsizetype last) { follow(first, last); });
    m_responder->setClientAddress(QStringLiteral("127.0.0.1"));
    m_harness.grader().sessionOpened(m_id, m_harness.now());
    m_transcript.markConnected();
    m_greeting = record(m_responder->connect());
}

inline QStringList ExamSession::send(const QByteArray &line)
{
    // The same masking as PracticeConnection::recordClientLine.
    Secrecy secrecy = Secrecy::None;
    if (m_responder->isAwaitingAuthResponse())
        secrecy = Secrecy::AuthResponse;
    else if (!m_responder->isInData() && line.toUpper().startsWith("AUTH "))
        secrecy = Secrecy::AuthCommand;
    m_transcript.addClientLine(line, m_tls, secrecy);
    const QStringList replies = record(m_responder->receiveLine(line));
    if (m_responder->isTlsRequested()) {
        if (const std::optional<ServerResponse> injected = m_responder->injectedBeforeTls())
            m_injected = record({ *injected });
        m_transcript.addInfo(QStringLiteral("Starting TLS (server side)"));
    }
    return replies;
}

inline QStringList ExamSession::send(const QList<QByteArray> &lines)
{
    QStringList replies;
    for (const QByteArray &line : lines)
        replies = send(line);
    return replies;
}

inline void ExamSession::handshake()
{
    m_tls = true;
    m_transcript.addInfo(QStringLiteral("TLS started: TLSv1.3, TLS_AES_256_GCM_SHA384"), true);
    m_responder->tlsStarted();
}

inline void ExamSession::close(const QString &tlsError)
{
    if (m_closed)
        return;
    m_closed = true;
    m_harness.grader().sessionClosed(m_id, m_harness.now(), tlsError);
}

inline void ExamSession::interrupt()
{
    if (m_closed)
        return;
    m_closed = true;
    m_harness.grader().sessionInterrupted(m_id, m_harness.now());
}

inline void ExamSession::follow(qsizetype first, qsizetype last)
{
    for (qsizetype i = first; i <= last; ++i) {
        for (const SessionEvent &event : m_reader.read(m_transcript.entries().at(i), m_harness.now()))
            m_harness.grader().handle(event);
    }
}

inline QStringList ExamSession::record(const QList<ServerResponse> &responses)
{
    QStringList lines;
    for (const ServerResponse &response : responses) {
        m_transcript.addReply(response.reply, m_tls, response.explanation, response.rfcSection);
        lines += QString::fromUtf8(response.reply.toWire()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    }
    return lines;
}

} // namespace SmtpTutor::Testing
