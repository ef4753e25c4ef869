#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace SmtpTutor {

// The practice-server exams: the server misbehaves on purpose and grades how the learner's own
// mail client reacts. Each is a known way a real server or an attacker on the path trips a
// client up; the catalogue says what the server does, what a correct client does and where the
// rule is written.
enum class ExamId {
    StripStartTls, // EHLO without STARTTLS but with AUTH (a downgrade on the path)
    StartTlsRefused, // 454 to STARTTLS
    StartTlsInjection, // clear-text bytes after the 220 to STARTTLS, before the handshake
    Greylist, // 450 at RCPT until the client comes back after a delay
    Disconnect421, // 421 and a hang-up instead of 250 at the end of DATA
    AuthFailThenOk, // every login of the first session refused with 535
    SizeLimit, // SIZE 1000000 advertised
};

struct ExamInfo
{
    ExamId id;
    QString name; // on the command line: "strip-starttls"
    QString title; // "STARTTLS stripped"
    QString serverDoes; // what the server does on purpose
    QString correctClient; // what a correct client does
    QString rfc; // where the rule is written
};

// The catalogue, in plain words (translated).
class ExamCatalog
{
public:
    static QList<ExamId> all();
    static ExamInfo info(ExamId id);
    static QString name(ExamId id);
    static QStringList names();
    static std::optional<ExamId> fromName(const QString &name);
};

// How an exam is run: the chosen exam and its clocks.
struct ExamOptions
{
    ExamId exam = ExamId::StripStartTls;
    // greylist: how long the client must wait before its retry is accepted (the 450 says so).
    int greylistDelaySeconds = 60;
    // greylist and disconnect-421: how long the exam waits for the client to come back before
    // the verdict is INCOMPLETE.
    int examTimeSeconds = 600;
    // size-limit: the SIZE the server advertises and enforces (RFC 1870), as the issue fixes it.
    static constexpr qint64 SizeLimit = 1000000;
};

} // namespace SmtpTutor
