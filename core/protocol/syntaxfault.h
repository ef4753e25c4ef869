#pragma once

#include <QString>

namespace SmtpTutor {

// What is wrong with a command line, by kind. The parser knows the grammar (RFC 5321 s.4.1), not
// any server's words: which reply a kind gets, and whether the server hangs up, is the server
// persona's business (core/server/persona.h). That is how a second personality needs no parser
// change.
enum class SyntaxFaultKind {
    // Refused before the server looks at the session state (Postfix answers these at once).
    InvalidUtf8,      // the line is not UTF-8 (RFC 6531 s.3.2)
    LineTooLong,      // over 512 octets with CRLF (RFC 5321 s.4.5.3.1.4); subject: the octets
    EmptyLine,        // nothing but white space
    UnknownCommand,   // a word that is no SMTP verb; subject: the word
    NotImplemented,   // a verb RFC 5321 s.4.5.1 lets a server leave out (EXPN, HELP); subject: the verb
    ForbiddenCommand, // a message header or an HTTP request line, not SMTP; subject: the first word
    // Refused after the state check (a 503 comes before these).
    MissingHeloDomain,     // HELO/EHLO without a name; subject: the verb
    MailSyntax,            // MAIL without "FROM:"
    RcptSyntax,            // RCPT without "TO:"
    MailWithoutAddress,    // "MAIL FROM:" and nothing after it
    RcptWithoutAddress,    // "RCPT TO:" and nothing after it
    BadSenderAddress,      // the reverse-path is malformed (s.4.1.2); subject: the path as typed
    BadRecipientAddress,   // the forward-path is malformed (also VRFY's argument); subject: as typed
    UnsupportedParameter,  // an ESMTP parameter the server does not know; subject: as typed
    BadSizeParameter,      // SIZE= not digits (RFC 1870 s.6)
    BadEnvidParameter,     // ENVID= not xtext (RFC 3461 s.4.4)
    BadRetParameter,       // RET= not FULL or HDRS (RFC 3461 s.4.3)
    BadNotifyParameter,    // NOTIFY= malformed (RFC 3461 s.4.1)
    BadOrcptParameter,     // ORCPT= malformed (RFC 3461 s.4.2)
    UnexpectedArgument,    // DATA, RSET or STARTTLS with an argument; subject: the verb
    VrfySyntax,            // VRFY without a name
    AuthSyntax,            // AUTH without a mechanism, or with more than two words
};

struct SyntaxFault
{
    SyntaxFaultKind kind = SyntaxFaultKind::EmptyLine;
    QString subject;    // the word the fault is about (see the kind); may be empty
    QString why;        // what is wrong with the line, in plain words for the learner
    QString rfcSection; // where the rule is written, e.g. "RFC 5321 s.4.1.2"

    // True for the kinds a server refuses before it looks at the session state; for the others
    // a state error (503) wins over the syntax error (501).
    bool isLineLevel() const { return kind <= SyntaxFaultKind::ForbiddenCommand; }
};

} // namespace SmtpTutor
