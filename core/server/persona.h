#pragma once

#include "protocol/reply.h"
#include "protocol/syntaxfault.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// Which real server the simulated one imitates. RFC 5321 fixes the reply codes, not the words;
// each persona says them the way its server does.
enum class PersonaId { Postfix, Exim };

// Every moment at which the simulated server answers, named by what happened rather than by what
// is said. The engine decides which situation it is in; the persona words the reply.
enum class Situation {
    // Session (RFC 5321 s.4.1.1, s.3.1, s.3.8)
    Greeting,               // %1 host name
    HeloAccepted,           // %1 host name, %2 the client's HELO name, %3 its address
    NoopOk,
    ResetOk,
    Goodbye,                // %1 host name
    NeedHelo,
    RefusedSessionOnlyQuit, // after a 554 greeting
    TlsRequired,            // a 530 before STARTTLS on a port that insists on TLS
    CommandNotRecognized,
    ShuttingDown,           // %1 host name
    // Mail transaction (RFC 5321 s.3.3)
    NestedMail,
    SenderAccepted,         // %1 the sender path
    AnnouncedSizeTooBig,
    LoginRequiredForMail,
    NeedMail,
    NullRecipient,
    TooManyRecipients,
    RecipientAccepted,      // %1 the recipient path
    NeedRecipientsBeforeData, // DATA before MAIL
    NoValidRecipients,      // DATA after MAIL whose recipients were all refused
    StartMailInput,
    MessageTooBig,
    MailboxFullForMessage,  // %1 the recipient path
    MessageQueued,          // %1 queue id
    // Recipient policy (the order of Postfix's restrictions; see recipientpolicy.h)
    RelayDenied,            // %1 the recipient as typed
    UserMoved,              // %1 the new address
    UserUnknown,            // %1 the recipient as typed
    ClientNotAllowed,       // %1 the client, "name[address]"
    MailboxFullTryLater,    // %1 the recipient as typed
    Greylisted,             // %1 the recipient as typed
    VrfyCannotVerify,       // %1 the argument as typed
    VrfyDisabled,
    // ETRN (RFC 1985)
    EtrnNeedHelo,
    EtrnInTransaction,
    EtrnSyntax,
    EtrnNoQueue,            // %1 the domain
    // STARTTLS (RFC 3207)
    TlsGoAhead,
    TlsAlreadyActive,
    TlsNotOffered,
    // AUTH (RFC 4954)
    AuthNotOffered,
    AuthInTransaction,
    AuthAlreadyDone,
    AuthUnknownMechanism,   // %1 the mechanism
    AuthEmptyChallenge,     // "334 " (the SP is required, RFC 4954 s.4)
    AuthUsernamePrompt,
    AuthPasswordPrompt,
    AuthCancelled,
    AuthMalformedResponse,  // not base64, or not the parts the mechanism needs; %1 Postfix's reason
    AuthResponseTooLong,
    AuthSucceeded,
    AuthFailed,             // %1 the reason (Postfix names it)
    // What the transport notices (see TransportFault)
    IdleTimeout,            // %1 host name
    TooManyConnections,     // %1 host name, %2 the client address
    OutOfStorage,           // %1 host name
};

// A situation by its name in data files ("RelayDenied"), for lessons that name the reply they expect.
std::optional<Situation> situationFromName(QStringView name);
QString situationName(Situation situation);

// The offers an EHLO reply lists (RFC 5321 s.4.1.1.1 and each extension's RFC).
struct EhloOffer
{
    qint64 sizeLimit = 0; // 0: "SIZE" without a number
    bool vrfy = false;
    bool startTls = false;
    QStringList authMechanisms; // empty: no AUTH line
};

// A real server's way of saying things: the code, the enhanced code (or none) and the text of
// each reply, which syntax faults it answers before the state check, when it hangs up, the EHLO
// keywords it lists and the form of its queue ids. Data plus small code: adding a personality
// means adding a Persona, never editing the parser or the engine's logic.
class Persona
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::Persona)
public:
    static const Persona &postfix();
    static const Persona &exim();
    static const Persona &byId(PersonaId id);
    // "postfix" or "exim" (any case); nullopt for anything else.
    static std::optional<PersonaId> idFromName(QStringView name);
    static QString name(PersonaId id); // "postfix", "exim"
    static QStringList names();

    PersonaId id() const { return m_id; }
    QString displayName() const; // "Postfix 3.7", "Exim 4.96"
    bool usesEnhancedStatusCodes() const { return m_id == PersonaId::Postfix; }

    // The reply for a situation; `args` fill the %1, %2... its text names (see Situation).
    Reply reply(Situation situation, const QStringList &args = {}) const;
    // The reply to a malformed line.
    Reply reply(const SyntaxFault &fault) const;
    // True when the server ends the session after answering this fault (Postfix does for a
    // header or an HTTP request: smtpd_forbidden_commands).
    bool hangsUpAfter(const SyntaxFault &fault) const;
    // Exim refuses STARTTLS until EHLO has offered it (503); Postfix takes it at any time.
    bool refusesStartTlsBeforeEhlo() const { return m_id == PersonaId::Exim; }
    // Exim's example configuration answers every well-formed VRFY with 252 and looks nothing up;
    // Postfix applies its recipient checks (550 for an unknown user).
    bool vrfyConfirmsNothing() const { return m_id == PersonaId::Exim; }
    // DSN (RFC 3461) in the EHLO list. Exim's example configuration has none, so it refuses NOTIFY
    // and ORCPT after RCPT TO (it lets RET and ENVID through on MAIL FROM, unread).
    bool offersDsn() const { return m_id == PersonaId::Postfix; }

    // One sentence for the learner on how this server words a reply and how the other persona
    // words the same situation.
    // `args` are the ones the reply was built with ("…" stands in for missing ones).
    QString wordingNote(Situation situation, const QStringList &args = {}) const;
    // A reply as a lesson card shows it: the first line on the wire, with "…" for what depends on
    // the session (a name, a queue id).
    QString expectedLine(Situation situation, const QString &hostname) const;

    // The EHLO reply's lines after the first (RFC 5321 s.4.1.1.1), in this server's order.
    QStringList ehloKeywords(const EhloOffer &offer) const;
    // The queue id for the n-th message (deterministic, so tests can repeat it): Postfix's short
    // hex ids, Exim 4.96's "1tVq3D-000Abc-Zz" form.
    QString queueId(quint64 serial) const;

private:
    explicit Persona(PersonaId id) : m_id(id) {}
    PersonaId m_id;
};

} // namespace SmtpTutor
