// ServerEngine's mail transaction (RFC 5321 s.3.3): MAIL FROM, RCPT TO, DATA and the message
// lines up to the final ".", and the queue id a delivered message gets.
#include "serverenginestate.h"

#include <limits>

namespace SmtpTutor {

namespace {

// Postfix's smtpd_recipient_limit: more recipients in one transaction get 452 4.5.3.
constexpr qsizetype MaxRecipients = 1000;
// Messages kept in SharedServerState::received; older ones are dropped so a long-running
// practice server does not grow without bound.
constexpr qsizetype MaxKeptMessages = 100;

} // namespace

ServerResponse ServerEngine::State::onMail(const Command &command)
{
    if (!identified())
        return needHelo();
    if (inTransaction()) {
        return say(Situation::NestedMail,
            Persona::tr("A transaction is already open (MAIL FROM was accepted). Finish it with "
                        "DATA, or send RSET to start over."),
            rfcOrder);
    }
    // Postfix checks the session state first, then the syntax (503 before 501).
    if (command.fault)
        return sayFault(*command.fault);
    qint64 declared = 0;
    if (const auto size = command.parameter(u"SIZE")) {
        bool ok = false;
        declared = size->value.toLongLong(&ok);
        if (!ok)
            declared = std::numeric_limits<qint64>::max(); // more digits than fit: surely too big
    }
    if (scenario.maxMessageSize > 0 && declared > scenario.maxMessageSize) {
        return say(Situation::AnnouncedSizeTooBig,
            Persona::tr("You announced %1 bytes with SIZE=, more than this server's limit of %2 "
                        "bytes (see SIZE in the EHLO reply).")
                .arg(declared)
                .arg(scenario.maxMessageSize),
            QStringLiteral("RFC 1870 s.6"));
    }
    if (scenario.requiresAuth && user.isEmpty()) {
        return say(Situation::LoginRequiredForMail,
            Persona::tr("This server only takes mail from logged-in users. Log in with AUTH "
                        "(see the AUTH line of the EHLO reply), then send MAIL FROM again."),
            QStringLiteral("RFC 4954 s.6"));
    }
    stage = Stage::InTransaction;
    sender = command.path;
    smtpUtf8 = command.hasParameter(u"SMTPUTF8");
    const QString who = command.path.isNull ? Persona::tr("the null sender <> (used for bounces)")
                                            : command.path.toString();
    return say(Situation::SenderAccepted, { command.path.toString() },
        Persona::tr("The transaction has begun with sender %1. Next come the recipients "
                    "with RCPT TO.")
            .arg(who),
        QStringLiteral("RFC 5321 s.4.1.1.2"));
}

ServerResponse ServerEngine::State::onRcpt(const Command &command)
{
    if (!inTransaction()) {
        return say(Situation::NeedMail,
            Persona::tr("RCPT TO needs an open transaction: send MAIL FROM:<sender> first."), rfcOrder);
    }
    if (command.fault)
        return sayFault(*command.fault);
    if (!persona().offersDsn()) {
        for (const EsmtpParameter &parameter : command.parameters) {
            if (parameter.keyword == QLatin1String("NOTIFY") || parameter.keyword == QLatin1String("ORCPT"))
                return sayFault(SyntaxFault { SyntaxFaultKind::UnsupportedParameter,
                    parameter.keyword + u'=' + parameter.value,
                    Persona::tr("%1 is a DSN parameter (RFC 3461), and this server does not offer DSN in its "
                                "EHLO reply.")
                        .arg(parameter.keyword),
                    QStringLiteral("RFC 3461 s.4") });
        }
    }
    if (command.path.isNull) {
        return say(Situation::NullRecipient,
            Persona::tr("The null path <> may only be a sender (for bounces), never a recipient."),
            QStringLiteral("RFC 5321 s.4.1.1.3"));
    }
    if (recipients.size() >= MaxRecipients) {
        return say(Situation::TooManyRecipients,
            Persona::tr("This transaction has reached the recipient limit. Send the message, "
                        "then the rest in another transaction."),
            QStringLiteral("RFC 5321 s.4.5.3.1.8"));
    }
    if (auto rejection = policy.checkClient(!user.isEmpty(), clientDescription(), &command.path))
        return *rejection;
    RecipientPolicy::Context context { !user.isEmpty(), clientAddress.isEmpty() ? clientName : clientAddress,
        sender };
    if (auto rejection = policy.checkRcpt(command.path, context, shared.get()))
        return *rejection;
    recipients.append(command.path);
    QString explanation = recipients.size() == 1
        ? Persona::tr("%1 is accepted (1 recipient so far).").arg(command.path.toString())
        : Persona::tr("%1 is accepted (%2 recipients so far).")
              .arg(command.path.toString())
              .arg(recipients.size());
    explanation += policy.isLocal(command.path)
        ? Persona::tr(" It is a local mailbox.")
        : Persona::tr(" It is a remote address: you are logged in, so the server will relay it.");
    explanation += Persona::tr(" Add more with RCPT TO, or send DATA.");
    return say(Situation::RecipientAccepted, { command.path.toString() }, explanation,
        QStringLiteral("RFC 5321 s.4.1.1.3"));
}

ServerResponse ServerEngine::State::onData(const Command &command)
{
    if (recipients.isEmpty()) {
        if (!inTransaction())
            return say(Situation::NeedRecipientsBeforeData,
                Persona::tr("DATA comes after MAIL FROM and at least one accepted RCPT TO."), rfcOrder);
        return say(Situation::NoValidRecipients,
            Persona::tr("No RCPT TO was accepted in this transaction, so there is nobody to "
                        "deliver to. Add a recipient the server accepts first."),
            QStringLiteral("RFC 5321 s.3.3"));
    }
    if (command.fault)
        return sayFault(*command.fault);
    data.emplace(scenario.maxMessageSize);
    return say(Situation::StartMailInput,
        Persona::tr("Send the message now: headers (From:, To:, Subject:), an empty line, the "
                    "body, and finally a line with only \".\". A line of your own that starts "
                    "with \".\" gets one more \".\" (dot-stuffing)."),
        QStringLiteral("RFC 5321 s.4.1.1.4, RFC 5321 s.4.5.2"));
}

ServerResponse ServerEngine::State::onDataLine(QByteArrayView line)
{
    if (!data->addLine(line))
        return {}; // not a reply: the caller gets an empty list (see receiveLine)
    DataReceiver finished = std::move(*data);
    data.reset();
    if (finished.isTooBig()) {
        const qint64 size = finished.size();
        resetTransaction();
        return say(Situation::MessageTooBig,
            Persona::tr("The message has %1 bytes, more than this server's limit of %2. Nothing "
                        "was delivered; the transaction is over.")
                .arg(size)
                .arg(scenario.maxMessageSize),
            QStringLiteral("RFC 5321 s.4.5.3.1.10, RFC 1870 s.6"));
    }
    for (const MailPath &recipient : std::as_const(recipients)) {
        const auto quota = policy.quotaLeft(recipient);
        if (quota && finished.size() > *quota) {
            // Build the reply before resetTransaction(): it clears the list `recipient` lives in.
            ServerResponse full = say(Situation::MailboxFullForMessage, { recipient.toString() },
                    QStringLiteral(
                        "The message (%1 bytes) does not fit in the space left in the mailbox of %2 (%3 "
                        "bytes). Nothing was delivered.")
                        .arg(finished.size())
                        .arg(recipient.toString())
                        .arg(*quota),
                    QStringLiteral("RFC 5321 s.4.2.3, RFC 3463 s.3.3"));
            resetTransaction();
            return full;
        }
    }
    ReceivedMessage message;
    message.sender = sender;
    message.recipients = recipients;
    message.raw = finished.takeContent();
    message.queueId = newQueueId();
    message.receivedAt = QDateTime::currentDateTimeUtc();
    message.overTls = tls;
    message.authenticatedUser = user;
    const QString queueId = message.queueId;
    const qint64 size = message.raw.size();
    const qsizetype count = recipients.size();
    shared->received.append(std::move(message));
    while (shared->received.size() > MaxKeptMessages)
        shared->received.removeFirst();
    resetTransaction();
    return say(Situation::MessageQueued, { queueId },
        (count == 1 ? Persona::tr("The server has taken responsibility for the message (%1 bytes, 1 "
                                  "recipient) under queue id %2. You may send another MAIL FROM, or QUIT.")
                          .arg(size)
                          .arg(queueId)
                    : Persona::tr("The server has taken responsibility for the message (%1 bytes, %2 "
                                  "recipients) under queue id %3. You may send another MAIL FROM, or QUIT.")
                          .arg(size)
                          .arg(count)
                          .arg(queueId)),
        QStringLiteral("RFC 5321 s.4.1.1.4, RFC 5321 s.6.1"));
}

QString ServerEngine::State::newQueueId()
{
    return persona().queueId(quint64(shared->nextQueueId++));
}

} // namespace SmtpTutor
