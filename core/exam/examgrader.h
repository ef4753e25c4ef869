#pragma once

#include "examverdict.h"
#include "sessionevent.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

namespace SmtpTutor {

// Watches the practice sessions of one exam and hands out verdicts. It reads only the
// transcript (as SessionEvents), never the server's internals: what it judges is exactly what
// the learner can read, and its evidence is the transcript's own, already masked, lines.
// Each exam is one subclass. Times come in with the events, so tests can play whole days.
class ExamGrader
{
    Q_DECLARE_TR_FUNCTIONS(ExamGrader)

public:
    using VerdictSink = std::function<void(const ExamVerdict &)>;

    static std::unique_ptr<ExamGrader> make(const ExamOptions &options, VerdictSink sink);
    virtual ~ExamGrader() = default;

    ExamId exam() const { return m_options.exam; }

    void sessionOpened(int session, const QDateTime &at);
    void handle(const SessionEvent &event);
    // `tlsHandshakeError`: why a TLS handshake failed, if one did (a TLS alert from the client);
    // empty when the client simply hung up.
    void sessionClosed(int session, const QDateTime &at, const QString &tlsHandshakeError = {});
    // The server stopped while the session was still open: a session without a verdict yet gets
    // INCOMPLETE (it may have been about to do the right or the wrong thing), then is closed.
    void sessionInterrupted(int session, const QDateTime &at);
    // Called now and then: exams that wait for the client to come back give up on attempts
    // older than the exam's time.
    virtual void expire(const QDateTime &now) { Q_UNUSED(now) }
    // The exam is over (the server stops): whatever still waits is INCOMPLETE.
    virtual void finish(const QDateTime &now) { expire(now.addYears(1000)); }

protected:
    ExamGrader(const ExamOptions &options, VerdictSink sink);

    // Per session: what the exam has seen so far.
    struct Sheet
    {
        int session = 0;
        QDateTime openedAt;
        bool tls = false;
        bool decided = false; // this session already has its verdict
        QString tlsHandshakeError; // set when the session closed after a failed handshake
        QStringList lines; // every transcript line seen, for evidence (bounded)
    };

    virtual void onEvent(Sheet &sheet, const SessionEvent &event) = 0;
    // The session ended; a single-session exam gives its verdict here if it has none yet.
    virtual void onClosed(Sheet &sheet, const QDateTime &at) = 0;

    // Gives the session's verdict (once) with the evidence lines.
    void decide(Sheet &sheet, ExamResult result, const QString &reason, const QStringList &evidence,
        const QDateTime &at);
    // A verdict over several sessions (greylist, disconnect-421).
    void give(ExamVerdict verdict);

    const ExamOptions &options() const { return m_options; }

private:
    ExamOptions m_options;
    VerdictSink m_sink;
    QHash<int, Sheet> m_sheets;
};

} // namespace SmtpTutor
