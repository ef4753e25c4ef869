#include "recipientpolicy.h"

#include "serverreply.h"

namespace SmtpTutor {

namespace {

bool isPostmaster(const MailPath &address)
{
    return address.localPart.compare(QLatin1String("postmaster"), Qt::CaseInsensitive) == 0;
}

QString bareLocalPart(const MailPath &address)
{
    // A quoted local part ("alice") names the same mailbox as the unquoted one.
    QString local = address.localPart;
    if (local.size() >= 2 && local.startsWith(u'"') && local.endsWith(u'"'))
        local = local.mid(1, local.size() - 2);
    return local.toLower();
}

QString shown(const MailPath &address)
{
    return address.domain.isEmpty() ? QStringLiteral("<%1>").arg(address.localPart) : address.toString();
}

} // namespace

ServerResponse RecipientPolicy::say(
    Situation situation, const QStringList &args, const QString &explanation, const QString &rfcSection) const
{
    const Persona &persona = Persona::byId(m_scenario.personality);
    return { persona.reply(situation, args), withWordingNote(explanation, persona.wordingNote(situation, args)), rfcSection };
}

RecipientPolicy::RecipientPolicy(const Scenario &scenario, const ScenarioFaults &faults)
    : m_scenario(scenario)
    , m_faults(faults)
{
}

bool RecipientPolicy::isLocal(const MailPath &address) const
{
    // RFC 5321 s.4.5.1: <postmaster> without a domain always reaches this server's postmaster.
    if (address.domain.isEmpty())
        return isPostmaster(address);
    QString domain = address.domain.toLower();
    if (domain.endsWith(u'.'))
        domain.chop(1);
    return m_scenario.localDomains.contains(domain);
}

bool RecipientPolicy::mailboxExists(const MailPath &address) const
{
    if (address.domain.isEmpty() && isPostmaster(address))
        return true;
    return m_scenario.mailboxes.contains(bareLocalPart(address));
}

std::optional<qint64> RecipientPolicy::quotaLeft(const MailPath &address) const
{
    const auto it = m_faults.quotas.constFind(bareLocalPart(address));
    if (it == m_faults.quotas.constEnd() || !isLocal(address))
        return std::nullopt;
    return it.value();
}

std::optional<ServerResponse> RecipientPolicy::relayOrMailbox(
    const MailPath &address, bool authenticated) const
{
    if (!isLocal(address)) {
        if (authenticated && m_scenario.relayForAuthenticated)
            return std::nullopt;
        const QString explanation = address.domain.isEmpty()
            ? Persona::tr("An address without a domain is completed with this server's own name, which is "
                          "not a domain it receives mail for, so this would be relaying. Write the full "
                          "address, e.g. <alice@%1>.")
                  .arg(m_scenario.localDomains.value(0))
            : Persona::tr("%1 is not a domain this server receives mail for, and you are not logged in: "
                          "passing the message on would make it an open relay. Send to a local address "
                          "(e.g. @%2)%3.")
                  .arg(address.domain, m_scenario.localDomains.value(0),
                      m_scenario.authEnabled ? Persona::tr(" or log in with AUTH first") : QString());
        return say(Situation::RelayDenied, { shown(address) }, explanation, QStringLiteral("RFC 5321 s.3.6.2, RFC 5321 s.7.1"));
    }
    const auto forwarded = m_faults.forwarded.constFind(bareLocalPart(address));
    if (forwarded != m_faults.forwarded.constEnd()) {
        return say(Situation::UserMoved, { forwarded.value() },
            Persona::tr("This mailbox has moved. The server names the new address but will not "
                        "forward the message itself; send it to <%1> instead.")
                .arg(forwarded.value()),
            QStringLiteral("RFC 5321 s.3.4"));
    }
    if (!mailboxExists(address)) {
        return say(Situation::UserUnknown, { shown(address) },
            Persona::tr("The domain is local, but it has no mailbox called \"%1\" (this server "
                        "knows: %2). Check the spelling.")
                .arg(address.localPart, m_scenario.mailboxes.join(QStringLiteral(", "))),
            QStringLiteral("RFC 5321 s.3.3, RFC 3463 s.3.2"));
    }
    return std::nullopt;
}

std::optional<ServerResponse> RecipientPolicy::checkClient(
    bool authenticated, const QString &client, const MailPath *recipient) const
{
    if (!m_scenario.onlyAuthenticatedClients || authenticated)
        return std::nullopt;
    if (recipient && recipient->domain.isEmpty() && isPostmaster(*recipient))
        return std::nullopt;
    return say(Situation::ClientNotAllowed, { client },
        QStringLiteral(
            "This is a submission server: it takes mail only from its own users, and only "
            "after they log in. You have not logged in, so it refuses every recipient (even "
            "a local mailbox), VRFY and ETRN. Log in with AUTH (after STARTTLS), then try again. Mail "
            "from other servers to %1 goes to port 25 instead.")
            .arg(m_scenario.localDomains.value(0)),
        QStringLiteral("RFC 6409 s.4.3, RFC 3463 s.3.8"));
}

std::optional<ServerResponse> RecipientPolicy::checkRcpt(
    const MailPath &recipient, const Context &context, SharedServerState *shared) const
{
    if (auto rejection = relayOrMailbox(recipient, context.authenticated))
        return rejection;
    if (isLocal(recipient) && m_faults.fullMailboxes.contains(bareLocalPart(recipient))) {
        return say(Situation::MailboxFullTryLater, { shown(recipient) },
            Persona::tr("The mailbox exists but has no room now. This is temporary (4xx): a "
                        "sending server keeps the message and retries later."),
            QStringLiteral("RFC 5321 s.4.2.2, RFC 3463 s.3.3"));
    }
    if (m_faults.greylist && shared) {
        // Greylisting: the first attempt of client/sender/recipient is deferred; a retry passes.
        const QString triplet = context.client.toLower() + u'|' + context.sender.address().toLower() + u'|'
            + recipient.address().toLower();
        if (!shared->greylistSeen.contains(triplet)) {
            shared->greylistSeen.insert(triplet);
            // The scenario chooses the code (450 or 451) and, for a server that sends them, the
            // enhanced code; the persona words the text.
            const Persona &persona = Persona::byId(m_scenario.personality);
            const QString text = persona.reply(Situation::Greylisted, { shown(recipient) }).firstLineText();
            const Reply reply = persona.usesEnhancedStatusCodes()
                ? Reply(m_faults.greylistCode, m_faults.greylistStatus, text)
                : Reply(m_faults.greylistCode, QStringList { text });
            return ServerResponse { reply,
                Persona::tr("Greylisting: this server defers the first attempt from an unknown "
                            "client/sender/recipient combination. Real mail servers retry; many "
                            "spam tools do not. Send the same RCPT TO again (after RSET and MAIL "
                            "FROM, or in a new session) and it will pass."),
                QStringLiteral("RFC 5321 s.4.5.4.1, RFC 6647") };
        }
    }
    return std::nullopt;
}

ServerResponse RecipientPolicy::verify(
    const MailPath &address, const QString &asTyped, bool authenticated) const
{
    if (auto rejection = relayOrMailbox(address, authenticated))
        return *rejection;
    return say(Situation::VrfyCannotVerify, { asTyped },
        Persona::tr("252 means \"I will accept mail for this address but cannot promise more\". "
                    "Most servers answer VRFY this way so that it cannot be used to harvest "
                    "addresses."),
        QStringLiteral("RFC 5321 s.3.5.3"));
}

} // namespace SmtpTutor
