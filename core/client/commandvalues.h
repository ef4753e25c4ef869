#pragma once

#include <QString>
#include <QStringView>

// Checks for the values a user gives that end up inside an SMTP command (addresses, the EHLO
// name, the user name, a token) or name the host to connect to. They run where the value
// enters, before anything connects, in the CLI and in the GUI alike. Each returns a problem in
// plain words, or an empty string when the value may be used.
//
// Why: a CR or LF inside a value ends the command early and starts another one the user never
// typed (RFC 5321 s.2.3.8: CR and LF appear only together, as the end of a line). The server
// then answers commands nobody meant, and every later reply is paired with the wrong command.
namespace SmtpTutor::CommandValues {

// "a line feed (LF, 0x0A)" for a control character, in words a user recognises.
QString describeControl(QChar c);

// Refuses CR, LF, NUL and the other C0 controls, and DEL.
QString checkNoControls(QStringView value);

// A mailbox for MAIL FROM or RCPT TO, read by the simulated server's own address parser
// (RFC 5321 s.4.1.2; UTF-8 addresses are allowed, as with SMTPUTF8, RFC 6531).
QString checkMailbox(QStringView address);

// A name with no spaces or controls: the host to connect to, the EHLO name, the user name.
QString checkSingleWord(QStringView value);

// A password or token: sent inside base64, so only what SASL itself forbids is refused
// (NUL separates the fields of PLAIN, RFC 4616 s.2) plus CR and LF, which never belong to a
// password and mean a file was read wrongly.
QString checkSecret(QStringView secret);

} // namespace SmtpTutor::CommandValues
