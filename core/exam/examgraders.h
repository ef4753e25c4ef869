#pragma once

// One grader per exam. Each reads the session as SessionEvents and gives a verdict with the
// transcript lines that show why. The rules they apply are in ExamCatalog::info().

#include "examgrader.h"

#include <QCoreApplication>

namespace SmtpTutor {

// strip-starttls: AUTH or MAIL in clear text after an EHLO without STARTTLS fails.
class StripStartTlsGrader final : public ExamGrader
{
    Q_DECLARE_TR_FUNCTIONS(StripStartTlsGrader)
public:
    StripStartTlsGrader(const ExamOptions &options, VerdictSink sink)
        : ExamGrader(options, std::move(sink))
    {
    }

protected:
    void onEvent(Sheet &sheet, const SessionEvent &event) override;
    void onClosed(Sheet &sheet, const QDateTime &at) override;

private:
    QHash<int, QStringList> m_ehloReplies; // per session: the EHLO reply, for evidence
    QHash<int, qsizetype> m_linesBeforeEhloEnd; // per session: where the lines after that reply start
};

// starttls-refused: after 454 to STARTTLS, AUTH in clear text fails.
class StartTlsRefusedGrader final : public ExamGrader
{
    Q_DECLARE_TR_FUNCTIONS(StartTlsRefusedGrader)
public:
    StartTlsRefusedGrader(const ExamOptions &options, VerdictSink sink)
        : ExamGrader(options, std::move(sink))
    {
    }

protected:
    void onEvent(Sheet &sheet, const SessionEvent &event) override;
    void onClosed(Sheet &sheet, const QDateTime &at) override;

private:
    struct Seen
    {
        QStringList refusal; // STARTTLS and its 454
        QString mailInClear; // a MAIL FROM sent in clear text after the refusal
    };
    QHash<int, Seen> m_seen;
};

// starttls-injection: inside TLS the first command must be EHLO (or HELO), and AUTH PLAIN,
// offered only by the injected clear-text reply, must not be used.
class StartTlsInjectionGrader final : public ExamGrader
{
    Q_DECLARE_TR_FUNCTIONS(StartTlsInjectionGrader)
public:
    StartTlsInjectionGrader(const ExamOptions &options, VerdictSink sink)
        : ExamGrader(options, std::move(sink))
    {
    }

protected:
    void onEvent(Sheet &sheet, const SessionEvent &event) override;
    void onClosed(Sheet &sheet, const QDateTime &at) override;

private:
    struct Seen
    {
        QStringList upgrade; // STARTTLS, its 220 and the injected lines
        QString firstInsideTls; // the first command inside TLS
        bool greetedAgain = false; // EHLO/HELO inside TLS
    };
    QHash<int, Seen> m_seen;
};

// greylist: a 450 at RCPT opens an attempt; the client passes when the same sender and
// recipient come back and are accepted, and the exam reports the delay it chose.
class GreylistGrader final : public ExamGrader
{
    Q_DECLARE_TR_FUNCTIONS(GreylistGrader)
public:
    GreylistGrader(const ExamOptions &options, VerdictSink sink)
        : ExamGrader(options, std::move(sink))
    {
    }
    void expire(const QDateTime &now) override;
    void finish(const QDateTime &now) override;

protected:
    void onEvent(Sheet &sheet, const SessionEvent &event) override;
    void onClosed(Sheet &sheet, const QDateTime &at) override;

private:
    struct Attempt
    {
        QDateTime firstRefusal;
        QDateTime lastRefusal;
        int refusals = 0;
        QList<int> sessions;
        QStringList evidence;
    };
    void onRecipientReply(Sheet &sheet, const SessionEvent &event);

    QHash<int, QString> m_sender; // per session: the current MAIL FROM
    QHash<int, QString> m_recipient; // per session: the RCPT TO waiting for its reply
    QHash<int, bool> m_sawRecipientReply;
    QHash<QString, Attempt> m_attempts; // "sender|recipient"
};

// disconnect-421: a 421 after "." opens an attempt; the client passes when a message from
// the same sender is accepted later.
class Disconnect421Grader final : public ExamGrader
{
    Q_DECLARE_TR_FUNCTIONS(Disconnect421Grader)
public:
    Disconnect421Grader(const ExamOptions &options, VerdictSink sink)
        : ExamGrader(options, std::move(sink))
    {
    }
    void expire(const QDateTime &now) override;
    void finish(const QDateTime &now) override;

protected:
    void onEvent(Sheet &sheet, const SessionEvent &event) override;
    void onClosed(Sheet &sheet, const QDateTime &at) override;

private:
    struct Attempt
    {
        QDateTime cutAt;
        QList<int> sessions;
        QStringList evidence;
    };
    QHash<int, QString> m_sender; // per session: the current MAIL FROM
    QHash<int, bool> m_sentMessage;
    QHash<QString, Attempt> m_attempts; // by sender
};

// auth-fail-then-ok: after 535 the client must stop: five refused logins in a row (more than
// three retries) fail, and so does MAIL FROM after a refused login.
class AuthFailThenOkGrader final : public ExamGrader
{
    Q_DECLARE_TR_FUNCTIONS(AuthFailThenOkGrader)
public:
    static constexpr int MaxRetries = 3;

    AuthFailThenOkGrader(const ExamOptions &options, VerdictSink sink)
        : ExamGrader(options, std::move(sink))
    {
    }

protected:
    void onEvent(Sheet &sheet, const SessionEvent &event) override;
    void onClosed(Sheet &sheet, const QDateTime &at) override;

private:
    struct Seen
    {
        int refusedInARow = 0;
        bool loggedIn = false;
        bool triedAuth = false;
        QStringList evidence;
    };
    QHash<int, Seen> m_seen;
    bool m_refusalSeen = false; // some session of this exam has been refused
};

// size-limit: MAIL FROM with SIZE= passes; a message over the limit sent without it fails.
class SizeLimitGrader final : public ExamGrader
{
    Q_DECLARE_TR_FUNCTIONS(SizeLimitGrader)
public:
    SizeLimitGrader(const ExamOptions &options, VerdictSink sink)
        : ExamGrader(options, std::move(sink))
    {
    }

protected:
    void onEvent(Sheet &sheet, const SessionEvent &event) override;
    void onClosed(Sheet &sheet, const QDateTime &at) override;

private:
    struct Seen
    {
        QString declared; // a MAIL FROM with SIZE=
        QString undeclared; // a MAIL FROM without it
        QString refusedAtMail; // the 552 to a declared size over the limit
        QString accepted; // the 250 after "." of a message sent without SIZE=
    };
    QHash<int, Seen> m_seen;
};

} // namespace SmtpTutor
