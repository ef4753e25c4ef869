#include "persona.h"

#include <cstring>

// The words of two real servers. Postfix's are those of Postfix 3.7 (Debian 12) with the
// settings tools/postfix/start uses; Exim's are those of Exim 4.96 (Debian 12, exim4-daemon-light)
// with Exim's example configuration as tools/exim/make-config changes it. Both were read off the
// running servers (tests/integration/tst_differential.cpp keeps checking them). The tutor's own
// replies, for situations the reference servers cannot show (a scripted fault), follow the style
// of the server they stand in for.

namespace SmtpTutor {

namespace {

struct Wording
{
    int code = 0;
    std::optional<EnhancedStatus> status; // nullopt: the server sends no enhanced code here
    const char *text = "";
};

constexpr std::optional<EnhancedStatus> none = std::nullopt;

Wording postfixWording(Situation situation)
{
    using S = Situation;
    switch (situation) {
    case S::Greeting: return { 220, none, "%1 ESMTP SMTP Tutor (simulated server)" };
    case S::HeloAccepted: return { 250, none, "%1" };
    case S::NoopOk: return { 250, EnhancedStatus(2, 0, 0), "Ok" };
    case S::ResetOk: return { 250, EnhancedStatus(2, 0, 0), "Ok" };
    case S::Goodbye: return { 221, EnhancedStatus(2, 0, 0), "Bye" };
    case S::NeedHelo: return { 503, EnhancedStatus(5, 5, 1), "Error: send HELO/EHLO first" };
    case S::RefusedSessionOnlyQuit:
        return { 503, EnhancedStatus(5, 5, 1), "Error: this server refused the session; only QUIT" };
    case S::TlsRequired: return { 530, EnhancedStatus(5, 7, 0), "Must issue a STARTTLS command first" };
    case S::CommandNotRecognized: return { 500, EnhancedStatus(5, 5, 2), "Error: command not recognized" };
    case S::ShuttingDown:
        return { 421, EnhancedStatus(4, 3, 2), "%1 Service shutting down, closing transmission channel" };
    case S::NestedMail: return { 503, EnhancedStatus(5, 5, 1), "Error: nested MAIL command" };
    case S::SenderAccepted: return { 250, EnhancedStatus(2, 1, 0), "Ok" };
    case S::AnnouncedSizeTooBig: return { 552, EnhancedStatus(5, 3, 4), "Message size exceeds fixed limit" };
    case S::LoginRequiredForMail: return { 530, EnhancedStatus(5, 7, 0), "Authentication required" };
    case S::NeedMail: return { 503, EnhancedStatus(5, 5, 1), "Error: need MAIL command" };
    case S::NullRecipient: return { 501, EnhancedStatus(5, 1, 3), "Bad recipient address syntax" };
    case S::TooManyRecipients: return { 452, EnhancedStatus(4, 5, 3), "Error: too many recipients" };
    case S::RecipientAccepted: return { 250, EnhancedStatus(2, 1, 5), "Ok" };
    case S::NeedRecipientsBeforeData: return { 503, EnhancedStatus(5, 5, 1), "Error: need RCPT command" };
    case S::NoValidRecipients: return { 554, EnhancedStatus(5, 5, 1), "Error: no valid recipients" };
    case S::StartMailInput: return { 354, none, "End data with <CR><LF>.<CR><LF>" };
    case S::MessageTooBig: return { 552, EnhancedStatus(5, 3, 4), "Error: message file too big" };
    case S::MailboxFullForMessage: return { 552, EnhancedStatus(5, 2, 2), "%1: Mailbox full" };
    case S::MessageQueued: return { 250, EnhancedStatus(2, 0, 0), "Ok: queued as %1" };
    case S::RelayDenied: return { 554, EnhancedStatus(5, 7, 1), "%1: Relay access denied" };
    case S::UserMoved: return { 551, EnhancedStatus(5, 1, 6), "User not local; please try <%1>" };
    case S::UserUnknown:
        return { 550, EnhancedStatus(5, 1, 1), "%1: Recipient address rejected: User unknown" };
    case S::ClientNotAllowed: return { 554, EnhancedStatus(5, 7, 1), "<%1>: Client host rejected: Access denied" };
    case S::MailboxFullTryLater: return { 452, EnhancedStatus(4, 2, 2), "%1: Mailbox full, try again later" };
    case S::Greylisted:
        return { 450, EnhancedStatus(4, 7, 1), "%1: Recipient address rejected: Greylisted, please try again later" };
    case S::VrfyCannotVerify: return { 252, EnhancedStatus(2, 0, 0), "%1" };
    case S::VrfyDisabled: return { 502, EnhancedStatus(5, 5, 1), "VRFY command is disabled" };
    case S::EtrnNeedHelo: return { 503, none, "Error: send HELO/EHLO first" };
    case S::EtrnInTransaction: return { 503, none, "Error: MAIL transaction in progress" };
    case S::EtrnSyntax: return { 500, none, "Syntax: ETRN domain" };
    case S::EtrnNoQueue: return { 459, none, "<%1>: service unavailable" };
    case S::TlsGoAhead: return { 220, EnhancedStatus(2, 0, 0), "Ready to start TLS" };
    case S::TlsAlreadyActive: return { 554, EnhancedStatus(5, 5, 1), "Error: TLS already active" };
    case S::TlsNotOffered: return { 502, EnhancedStatus(5, 5, 1), "Error: command not implemented" };
    case S::AuthNotOffered: return { 503, EnhancedStatus(5, 5, 1), "Error: authentication not enabled" };
    case S::AuthInTransaction: return { 503, EnhancedStatus(5, 5, 1), "Error: MAIL transaction in progress" };
    case S::AuthAlreadyDone: return { 503, EnhancedStatus(5, 5, 1), "Error: already authenticated" };
    case S::AuthUnknownMechanism:
        return { 535, EnhancedStatus(5, 7, 8), "Error: authentication failed: no mechanism available" };
    case S::AuthEmptyChallenge: return { 334, none, "" };
    case S::AuthUsernamePrompt: return { 334, none, "VXNlcm5hbWU6" };
    case S::AuthPasswordPrompt: return { 334, none, "UGFzc3dvcmQ6" };
    case S::AuthCancelled: return { 501, EnhancedStatus(5, 7, 0), "Authentication aborted" };
    case S::AuthMalformedResponse: return { 535, EnhancedStatus(5, 7, 8), "Error: authentication failed: %1" };
    case S::AuthResponseTooLong: return { 500, EnhancedStatus(5, 5, 6), "SASL response limit exceeded" };
    case S::AuthSucceeded: return { 235, EnhancedStatus(2, 7, 0), "Authentication successful" };
    case S::AuthFailed: return { 535, EnhancedStatus(5, 7, 8), "Error: authentication failed: %1" };
    case S::IdleTimeout: return { 421, EnhancedStatus(4, 4, 2), "%1 Error: timeout exceeded" };
    case S::TooManyConnections: return { 421, EnhancedStatus(4, 7, 0), "%1 Error: too many connections from %2" };
    case S::OutOfStorage: return { 421, EnhancedStatus(4, 3, 1), "%1 Error: insufficient system storage" };
    }
    return { 500, EnhancedStatus(5, 5, 2), "Error: command not recognized" };
}

Wording postfixWording(SyntaxFaultKind kind)
{
    using K = SyntaxFaultKind;
    const EnhancedStatus syntax(5, 5, 4);
    switch (kind) {
    case K::InvalidUtf8: return { 500, EnhancedStatus(5, 5, 2), "Error: bad UTF-8 syntax" };
    case K::LineTooLong: return { 500, EnhancedStatus(5, 5, 2), "Error: line too long" };
    case K::EmptyLine: return { 500, EnhancedStatus(5, 5, 2), "Error: bad syntax" };
    case K::UnknownCommand:
    case K::NotImplemented: return { 500, EnhancedStatus(5, 5, 2), "Error: command not recognized" };
    case K::ForbiddenCommand: return { 221, EnhancedStatus(2, 7, 0), "Error: I can break rules, too. Goodbye." };
    // HELO/EHLO come before the client may know about ENHANCEDSTATUSCODES: no enhanced code.
    case K::MissingHeloDomain: return { 501, none, "Syntax: %1 hostname" };
    case K::MailSyntax: return { 501, syntax, "Syntax: MAIL FROM:<address>" };
    case K::RcptSyntax: return { 501, syntax, "Syntax: RCPT TO:<address>" };
    case K::MailWithoutAddress: return { 501, syntax, "Syntax: MAIL FROM:<address>" };
    case K::RcptWithoutAddress: return { 501, syntax, "Syntax: RCPT TO:<address>" };
    case K::BadSenderAddress: return { 501, EnhancedStatus(5, 1, 7), "Bad sender address syntax" };
    case K::BadRecipientAddress: return { 501, EnhancedStatus(5, 1, 3), "Bad recipient address syntax" };
    case K::UnsupportedParameter: return { 555, syntax, "Unsupported option: %1" };
    case K::BadSizeParameter: return { 501, syntax, "Bad message size syntax" };
    case K::BadEnvidParameter: return { 501, syntax, "Bad ENVID parameter syntax" };
    case K::BadRetParameter: return { 501, syntax, "Bad RET parameter syntax" };
    case K::BadNotifyParameter: return { 501, syntax, "Error: Bad NOTIFY parameter syntax" };
    case K::BadOrcptParameter: return { 501, syntax, "Error: Bad ORCPT parameter syntax" };
    case K::UnexpectedArgument: return { 501, syntax, "Syntax: %1" };
    case K::VrfySyntax: return { 501, syntax, "Syntax: VRFY address [SMTPUTF8]" };
    case K::AuthSyntax: return { 501, syntax, "Syntax: AUTH mechanism" };
    }
    return { 500, EnhancedStatus(5, 5, 2), "Error: bad syntax" };
}

// Exim 4.96 sends no enhanced status codes unless its configuration asks for them in each ACL
// message; the example configuration does not.
Wording eximWording(Situation situation)
{
    using S = Situation;
    switch (situation) {
    // The real greeting ends with the date (RFC 5322 form); the simulation says what it is instead.
    case S::Greeting: return { 220, none, "%1 ESMTP Exim 4.96 (simulated by SMTP Tutor)" };
    case S::HeloAccepted: return { 250, none, "%1 Hello %2 [%3]" };
    case S::NoopOk: return { 250, none, "OK" };
    case S::ResetOk: return { 250, none, "Reset OK" };
    case S::Goodbye: return { 221, none, "%1 closing connection" };
    case S::NeedHelo: return { 503, none, "HELO or EHLO required" };
    case S::RefusedSessionOnlyQuit: return { 503, none, "Session refused; only QUIT is accepted" };
    case S::TlsRequired: return { 530, none, "STARTTLS required" };
    case S::CommandNotRecognized: return { 500, none, "unrecognized command" };
    case S::ShuttingDown: return { 421, none, "%1 Service not available - closing connection" };
    case S::NestedMail: return { 503, none, "sender already given" };
    case S::SenderAccepted: return { 250, none, "OK" };
    case S::AnnouncedSizeTooBig: return { 552, none, "Message size exceeds maximum permitted" };
    case S::LoginRequiredForMail: return { 530, none, "Authentication required" };
    case S::NeedMail: return { 503, none, "sender not yet given" };
    case S::NullRecipient: return { 501, none, "<>: missing or malformed local part" };
    case S::TooManyRecipients: return { 452, none, "too many recipients" };
    case S::RecipientAccepted: return { 250, none, "Accepted" };
    case S::NeedRecipientsBeforeData: return { 503, none, "valid RCPT command must precede DATA" };
    // Exim's real reply has three lines and quotes the last RCPT error; the code is the same.
    case S::NoValidRecipients: return { 503, none, "Valid RCPT command must precede DATA" };
    case S::StartMailInput: return { 354, none, "Enter message, ending with \".\" on a line by itself" };
    case S::MessageTooBig: return { 552, none, "Message size exceeds maximum permitted" };
    case S::MailboxFullForMessage: return { 552, none, "%1: mailbox is full" };
    case S::MessageQueued: return { 250, none, "OK id=%1" };
    case S::RelayDenied: return { 550, none, "relay not permitted" };
    case S::UserMoved: return { 551, none, "User not local; please try <%1>" };
    case S::UserUnknown: return { 550, none, "Unknown user" };
    case S::ClientNotAllowed: return { 550, none, "Administrative prohibition" };
    case S::MailboxFullTryLater: return { 452, none, "%1: mailbox is full, try again later" };
    // The scenario chooses the code (450 or 451) for either persona.
    case S::Greylisted: return { 450, none, "Greylisted, please try again later" };
    case S::VrfyCannotVerify: return { 252, none, "Administrative prohibition" };
    case S::VrfyDisabled: return { 252, none, "Administrative prohibition" };
    // No acl_smtp_etrn in the example configuration: every ETRN is refused the same way.
    case S::EtrnNeedHelo:
    case S::EtrnSyntax:
    case S::EtrnNoQueue: return { 458, none, "Administrative prohibition" };
    case S::EtrnInTransaction: return { 503, none, "ETRN is not permitted inside a transaction" };
    case S::TlsGoAhead: return { 220, none, "TLS go ahead" };
    case S::TlsAlreadyActive: return { 554, none, "Already in TLS" };
    case S::TlsNotOffered: return { 503, none, "STARTTLS command used when not advertised" };
    case S::AuthNotOffered: return { 503, none, "AUTH command used when not advertised" };
    case S::AuthInTransaction: return { 503, none, "not permitted in mail transaction" };
    case S::AuthAlreadyDone: return { 503, none, "already authenticated" };
    case S::AuthUnknownMechanism: return { 504, none, "%1 authentication mechanism not supported" };
    case S::AuthEmptyChallenge: return { 334, none, "" };
    case S::AuthUsernamePrompt: return { 334, none, "VXNlcm5hbWU6" };
    case S::AuthPasswordPrompt: return { 334, none, "UGFzc3dvcmQ6" };
    case S::AuthCancelled: return { 501, none, "Authentication cancelled" };
    case S::AuthMalformedResponse: return { 501, none, "Invalid base64 data" };
    case S::AuthResponseTooLong: return { 500, none, "Command line too long" };
    case S::AuthSucceeded: return { 235, none, "Authentication succeeded" };
    case S::AuthFailed: return { 535, none, "Incorrect authentication data" };
    case S::IdleTimeout: return { 421, none, "%1 SMTP incoming data timeout - closing connection." };
    case S::TooManyConnections: return { 421, none, "Too many concurrent SMTP connections; please try again later." };
    case S::OutOfStorage: return { 421, none, "%1 Space shortage, please try again later" };
    }
    return { 500, none, "unrecognized command" };
}

Wording eximWording(SyntaxFaultKind kind)
{
    using K = SyntaxFaultKind;
    switch (kind) {
    // Exim has no "bad syntax" of its own for these: any line it cannot read is an unknown command,
    // a header or an HTTP request included (it does not hang up at once).
    case K::InvalidUtf8:
    case K::EmptyLine:
    case K::UnknownCommand:
    case K::ForbiddenCommand:
    case K::MailSyntax: // "MAIL TO:<...>": Exim looks for "MAIL FROM:" as one command name
    case K::RcptSyntax: return { 500, none, "unrecognized command" };
    // Exim's command buffer is 16384 octets; the tutor keeps RFC 5321's limit (s.4.5.3.1.4).
    case K::LineTooLong: return { 500, none, "Command line too long" };
    case K::NotImplemented: return { 550, none, "Administrative prohibition" }; // EXPN
    case K::MissingHeloDomain: return { 501, none, "Syntactically invalid %1 argument(s)" };
    case K::MailWithoutAddress: return { 501, none, "MAIL must have an address operand" };
    case K::RcptWithoutAddress: return { 501, none, "RCPT must have an address operand" };
    case K::BadSenderAddress:
    case K::BadRecipientAddress: return { 501, none, "%1: malformed address" };
    // Exim offers no DSN: NOTIFY, ORCPT, ENVID and RET are words it cannot place after an address.
    case K::UnsupportedParameter:
    case K::BadNotifyParameter:
    case K::BadOrcptParameter: return { 501, none, "malformed address: %1 may not follow the address" };
    case K::BadSizeParameter: return { 501, none, "invalid data for SIZE" };
    case K::BadEnvidParameter: return { 501, none, "invalid data for ENVID" };
    case K::BadRetParameter: return { 501, none, "invalid data for RET" };
    case K::UnexpectedArgument: return { 501, none, "unexpected argument data" };
    case K::VrfySyntax: return { 501, none, "empty address" };
    // Exim reads a missing mechanism as an empty one: "504  authentication mechanism not supported".
    case K::AuthSyntax: return { 504, none, " authentication mechanism not supported" };
    }
    return { 500, none, "unrecognized command" };
}

struct SituationName
{
    const char *name;
    Situation situation;
};

const SituationName situationNames[] = {
    { "Greeting", Situation::Greeting },
    { "HeloAccepted", Situation::HeloAccepted },
    { "NoopOk", Situation::NoopOk },
    { "ResetOk", Situation::ResetOk },
    { "Goodbye", Situation::Goodbye },
    { "NeedHelo", Situation::NeedHelo },
    { "RefusedSessionOnlyQuit", Situation::RefusedSessionOnlyQuit },
    { "TlsRequired", Situation::TlsRequired },
    { "CommandNotRecognized", Situation::CommandNotRecognized },
    { "ShuttingDown", Situation::ShuttingDown },
    { "NestedMail", Situation::NestedMail },
    { "SenderAccepted", Situation::SenderAccepted },
    { "AnnouncedSizeTooBig", Situation::AnnouncedSizeTooBig },
    { "LoginRequiredForMail", Situation::LoginRequiredForMail },
    { "NeedMail", Situation::NeedMail },
    { "NullRecipient", Situation::NullRecipient },
    { "TooManyRecipients", Situation::TooManyRecipients },
    { "RecipientAccepted", Situation::RecipientAccepted },
    { "NeedRecipientsBeforeData", Situation::NeedRecipientsBeforeData },
    { "NoValidRecipients", Situation::NoValidRecipients },
    { "StartMailInput", Situation::StartMailInput },
    { "MessageTooBig", Situation::MessageTooBig },
    { "MailboxFullForMessage", Situation::MailboxFullForMessage },
    { "MessageQueued", Situation::MessageQueued },
    { "RelayDenied", Situation::RelayDenied },
    { "UserMoved", Situation::UserMoved },
    { "UserUnknown", Situation::UserUnknown },
    { "ClientNotAllowed", Situation::ClientNotAllowed },
    { "MailboxFullTryLater", Situation::MailboxFullTryLater },
    { "Greylisted", Situation::Greylisted },
    { "VrfyCannotVerify", Situation::VrfyCannotVerify },
    { "VrfyDisabled", Situation::VrfyDisabled },
    { "EtrnNeedHelo", Situation::EtrnNeedHelo },
    { "EtrnInTransaction", Situation::EtrnInTransaction },
    { "EtrnSyntax", Situation::EtrnSyntax },
    { "EtrnNoQueue", Situation::EtrnNoQueue },
    { "TlsGoAhead", Situation::TlsGoAhead },
    { "TlsAlreadyActive", Situation::TlsAlreadyActive },
    { "TlsNotOffered", Situation::TlsNotOffered },
    { "AuthNotOffered", Situation::AuthNotOffered },
    { "AuthInTransaction", Situation::AuthInTransaction },
    { "AuthAlreadyDone", Situation::AuthAlreadyDone },
    { "AuthUnknownMechanism", Situation::AuthUnknownMechanism },
    { "AuthEmptyChallenge", Situation::AuthEmptyChallenge },
    { "AuthUsernamePrompt", Situation::AuthUsernamePrompt },
    { "AuthPasswordPrompt", Situation::AuthPasswordPrompt },
    { "AuthCancelled", Situation::AuthCancelled },
    { "AuthMalformedResponse", Situation::AuthMalformedResponse },
    { "AuthResponseTooLong", Situation::AuthResponseTooLong },
    { "AuthSucceeded", Situation::AuthSucceeded },
    { "AuthFailed", Situation::AuthFailed },
    { "IdleTimeout", Situation::IdleTimeout },
    { "TooManyConnections", Situation::TooManyConnections },
    { "OutOfStorage", Situation::OutOfStorage },
};

// What a client typed, made safe for one reply line: a control character (CR, LF, NUL, ...) would
// break the reply into two or smuggle bytes onto the wire (RFC 5321 s.4.2: a reply line is text
// ended by one CRLF). Like Postfix's printable(), each one becomes '?'.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return text;
}

Reply build(const Wording &wording, const QStringList &args)
{
    // All placeholders at once, so that an argument holding "%2" (a name a client typed) is
    // never read as a placeholder itself.
    QString text = QString::fromUtf8(wording.text);
    const QString a = printable(args.value(0)), b = printable(args.value(1)), c = printable(args.value(2));
    if (text.contains(QLatin1String("%3")))
        text = text.arg(a, b, c);
    else if (text.contains(QLatin1String("%2")))
        text = text.arg(a, b);
    else if (text.contains(QLatin1String("%1")))
        text = text.arg(a);
    if (wording.status)
        return Reply(wording.code, *wording.status, text);
    return Reply(wording.code, QStringList { text });
}

} // namespace

std::optional<Situation> situationFromName(QStringView name)
{
    for (const SituationName &entry : situationNames) {
        if (name == QLatin1String(entry.name))
            return entry.situation;
    }
    return std::nullopt;
}

QString situationName(Situation situation)
{
    for (const SituationName &entry : situationNames) {
        if (entry.situation == situation)
            return QLatin1String(entry.name);
    }
    return {};
}

QString Persona::expectedLine(Situation situation, const QString &hostname) const
{
    const Reply answer = reply(situation, { hostname, QStringLiteral("…"), QStringLiteral("…") });
    const QString text = answer.lines().value(0);
    return text.isEmpty() ? QString::number(answer.code()) : QString::number(answer.code()) + u' ' + text;
}

const Persona &Persona::postfix()
{
    static const Persona persona(PersonaId::Postfix);
    return persona;
}

const Persona &Persona::exim()
{
    static const Persona persona(PersonaId::Exim);
    return persona;
}

const Persona &Persona::byId(PersonaId id)
{
    return id == PersonaId::Exim ? exim() : postfix();
}

std::optional<PersonaId> Persona::idFromName(QStringView name)
{
    if (name.compare(QLatin1String("postfix"), Qt::CaseInsensitive) == 0)
        return PersonaId::Postfix;
    if (name.compare(QLatin1String("exim"), Qt::CaseInsensitive) == 0)
        return PersonaId::Exim;
    return std::nullopt;
}

QString Persona::name(PersonaId id)
{
    return id == PersonaId::Exim ? QStringLiteral("exim") : QStringLiteral("postfix");
}

QStringList Persona::names()
{
    return { name(PersonaId::Postfix), name(PersonaId::Exim) };
}

QString Persona::displayName() const
{
    return m_id == PersonaId::Exim ? QStringLiteral("Exim 4.96") : QStringLiteral("Postfix 3.7");
}

Reply Persona::reply(Situation situation, const QStringList &args) const
{
    return build(m_id == PersonaId::Exim ? eximWording(situation) : postfixWording(situation), args);
}

Reply Persona::reply(const SyntaxFault &fault) const
{
    const Wording wording = m_id == PersonaId::Exim ? eximWording(fault.kind) : postfixWording(fault.kind);
    return build(wording, { fault.subject });
}

bool Persona::hangsUpAfter(const SyntaxFault &fault) const
{
    // Postfix's smtpd_forbidden_commands: it answers 221 and closes. Exim answers such a line like
    // any unknown command (and drops the client only after too many of them).
    return m_id == PersonaId::Postfix && fault.kind == SyntaxFaultKind::ForbiddenCommand;
}

QString Persona::wordingNote(Situation situation, const QStringList &args) const
{
    const Persona &other = m_id == PersonaId::Exim ? postfix() : exim();
    // Every reply the engine sends asks for this note; most situations share their wording, and
    // comparing the two table entries costs less than building both replies.
    const Wording mineRaw = m_id == PersonaId::Exim ? eximWording(situation) : postfixWording(situation);
    const Wording theirsRaw = m_id == PersonaId::Exim ? postfixWording(situation) : eximWording(situation);
    if (mineRaw.code == theirsRaw.code && mineRaw.status == theirsRaw.status
        && std::strcmp(mineRaw.text, theirsRaw.text) == 0)
        return {};
    QStringList filled = args;
    while (filled.size() < 3)
        filled << QStringLiteral("…");
    const Reply mine = reply(situation, filled);
    const Reply theirs = other.reply(situation, filled);
    if (mine.code() == theirs.code() && mine.lines() == theirs.lines())
        return {};
    return tr("(%1 words it this way; %2 says \"%3 %4\". RFC 5321 fixes the reply codes, not the texts.)")
        .arg(displayName(), other.displayName(), QString::number(theirs.code()), theirs.lines().value(0).trimmed());
}

QStringList Persona::ehloKeywords(const EhloOffer &offer) const
{
    const QString size = offer.sizeLimit > 0 ? QStringLiteral("SIZE %1").arg(offer.sizeLimit) : QStringLiteral("SIZE");
    const QString auth = QStringLiteral("AUTH ") + offer.authMechanisms.join(u' ');
    QStringList lines;
    if (m_id == PersonaId::Exim) {
        // Exim 4.96's order. It offers no VRFY, ETRN, ENHANCEDSTATUSCODES or DSN by default. The
        // real one also lists PIPECONNECT, CHUNKING and PRDR, which the simulation does not have,
        // so it does not claim them.
        lines << size << QStringLiteral("8BITMIME") << QStringLiteral("PIPELINING");
        if (!offer.authMechanisms.isEmpty())
            lines << auth;
        if (offer.startTls)
            lines << QStringLiteral("STARTTLS");
        lines << QStringLiteral("SMTPUTF8") << QStringLiteral("HELP");
        return lines;
    }
    lines << QStringLiteral("PIPELINING") << size;
    if (offer.vrfy)
        lines << QStringLiteral("VRFY");
    lines << QStringLiteral("ETRN");
    if (offer.startTls)
        lines << QStringLiteral("STARTTLS");
    if (!offer.authMechanisms.isEmpty())
        lines << auth;
    lines << QStringLiteral("ENHANCEDSTATUSCODES") << QStringLiteral("8BITMIME") << QStringLiteral("DSN")
          << QStringLiteral("SMTPUTF8");
    return lines;
}

QString Persona::queueId(quint64 serial) const
{
    const quint64 mixed = (0x3A5F1C2B7ull + serial * 0x9E3779B1ull) & 0xFFFFFFFFFFull;
    if (m_id == PersonaId::Postfix)
        return QStringLiteral("%1").arg(mixed, 10, 16, QLatin1Char('0')).toUpper();
    // Exim 4.96: three base-62 groups of 6, 6 and 2 characters (time, process id, fraction).
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    const auto base62 = [](quint64 value, int width) {
        QString text(width, u'0');
        for (int i = width - 1; i >= 0; --i) {
            text[i] = QLatin1Char(digits[value % 62]);
            value /= 62;
        }
        return text;
    };
    return base62(0x6A000000ull + mixed, 6) + u'-' + base62(serial * 7919, 6) + u'-' + base62(mixed, 2);
}

} // namespace SmtpTutor
