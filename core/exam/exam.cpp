#include "exam.h"

#include <QCoreApplication>

namespace SmtpTutor {

namespace {

class ExamTexts
{
    Q_DECLARE_TR_FUNCTIONS(ExamTexts)
public:
    static ExamInfo describe(ExamId id);
};

ExamInfo ExamTexts::describe(ExamId id)
{
    switch (id) {
    case ExamId::StripStartTls:
        return { id, QStringLiteral("strip-starttls"), tr("STARTTLS stripped"),
            tr("The EHLO reply offers AUTH but not STARTTLS, as if someone on the path had cut the "
               "STARTTLS line out."),
            tr("A client set up for TLS stops: it sends no password and no mail in clear text and "
               "tells its user that the server did not offer TLS."),
            QStringLiteral("RFC 3207 s.4 and s.6, RFC 8314 s.3") };
    case ExamId::StartTlsRefused:
        return { id, QStringLiteral("starttls-refused"), tr("STARTTLS refused"),
            tr("STARTTLS is offered, but the answer to it is 454 4.7.0 TLS not available due to local "
               "problem."),
            tr("A client that needs TLS gives up for now and reports it; it never goes on to log in "
               "without encryption."),
            QStringLiteral("RFC 3207 s.4, RFC 8314 s.3") };
    case ExamId::StartTlsInjection:
        return { id, QStringLiteral("starttls-injection"), tr("Bytes injected before TLS"),
            tr("Right after the 220 to STARTTLS, and before the TLS handshake, the server writes a "
               "fake EHLO reply in clear text that offers AUTH PLAIN. Inside TLS only AUTH LOGIN is "
               "offered."),
            tr("It throws away whatever arrived before the handshake, sends EHLO again "
               "inside TLS and acts only on that new list (here: AUTH LOGIN, never AUTH PLAIN)."),
            QStringLiteral("RFC 3207 s.4.2") };
    case ExamId::Greylist:
        return { id, QStringLiteral("greylist"), tr("Greylisting"),
            tr("The first attempt for each sender and recipient gets 450 4.2.0 at RCPT TO, with the "
               "number of seconds to wait; a retry after that delay is accepted."),
            tr("It treats 450 as temporary: it keeps the message and tries again later, "
               "after the delay the server asked for, and does not hammer the server meanwhile."),
            QStringLiteral("RFC 5321 s.4.2.1 and s.4.5.4.1, RFC 6647 s.2.1") };
    case ExamId::Disconnect421:
        return { id, QStringLiteral("disconnect-421"), tr("421 during DATA"),
            tr("The first message is read to its end, then answered 421 4.3.2 instead of 250 and the "
               "connection is closed: the message was not accepted. Later attempts are accepted."),
            tr("It takes 421 as a temporary failure: it keeps the message and sends it "
               "again later (or tells its user it did not go); it never reports it as sent."),
            QStringLiteral("RFC 5321 s.3.8 and s.4.2.1") };
    case ExamId::AuthFailThenOk:
        return { id, QStringLiteral("auth-fail-then-ok"), tr("Login refused once"),
            tr("Every AUTH in the first session that logs in is answered 535 5.7.8, even with the "
               "right password. Later sessions log in normally."),
            tr("It reports the refusal to its user and stops; it does not try the same "
               "login again and again (more than 3 retries in a row fails), and it does not send mail "
               "as if it were logged in."),
            QStringLiteral("RFC 4954 s.4 and s.6") };
    case ExamId::SizeLimit:
        return { id, QStringLiteral("size-limit"), tr("Size limit"),
            tr("EHLO advertises SIZE 1000000: messages over 1,000,000 bytes are refused with 552 "
               "5.3.4."),
            tr("It declares the size of the message with SIZE= in MAIL FROM, so the "
               "server can refuse a message that is too big before it is sent, or does not send a "
               "larger message at all."),
            QStringLiteral("RFC 1870 s.4 and s.6") };
    }
    return {};
}

} // namespace

QList<ExamId> ExamCatalog::all()
{
    return { ExamId::StripStartTls, ExamId::StartTlsRefused, ExamId::StartTlsInjection, ExamId::Greylist,
        ExamId::Disconnect421, ExamId::AuthFailThenOk, ExamId::SizeLimit };
}

ExamInfo ExamCatalog::info(ExamId id)
{
    return ExamTexts::describe(id);
}

QString ExamCatalog::name(ExamId id)
{
    return ExamTexts::describe(id).name;
}

QStringList ExamCatalog::names()
{
    QStringList result;
    for (ExamId id : all())
        result.append(name(id));
    return result;
}

std::optional<ExamId> ExamCatalog::fromName(const QString &name)
{
    for (ExamId id : all()) {
        if (ExamCatalog::name(id).compare(name, Qt::CaseInsensitive) == 0)
            return id;
    }
    return std::nullopt;
}

} // namespace SmtpTutor
