#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

// The small message "--send" delivers, and the DATA encoding rules it must follow.
struct TestMessage
{
    QString from;
    QStringList to;
    QString subject = QStringLiteral("SMTP Tutor test message");
    QString heloName; // the right-hand side of the Message-ID
    QDateTime date = QDateTime::currentDateTime();
    QString messageIdLocal; // random unless a test sets it

    // Date, From, To, Subject, Message-ID (RFC 5322 s.3.6) and a short body, lines ending in CRLF.
    QByteArray compose() const;
};

// RFC 5321 s.4.5.2: a line starting with "." gets another "."; every line ends with CRLF (bare
// CR or LF are turned into CRLF, s.2.3.8) and the end is marked by "CRLF.CRLF".
QByteArray dotStuff(const QByteArray &message);

} // namespace SmtpTutor
