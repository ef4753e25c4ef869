#pragma once

#include "scenariofaults.h"
#include "serverengine.h"

#include <optional>

namespace SmtpTutor {

// Decides what happens to one recipient, in the order Postfix's restrictions apply (the persona
// words each reply):
// relay permission (554 5.7.1), forwarding (551 5.1.6), unknown mailbox (550 5.1.1),
// full mailbox (452 4.2.2), greylisting (450/451 4.7.1), else accepted.
class RecipientPolicy
{
public:
    RecipientPolicy(const Scenario &scenario, const ScenarioFaults &faults);

    struct Context
    {
        bool authenticated = false;
        QString client; // greylisting key part: address or HELO name
        MailPath sender;
    };

    // Postfix's smtpd_client_restrictions = permit_sasl_authenticated, reject, which a submission
    // service has (Scenario::onlyAuthenticatedClients). With smtpd_delay_reject=yes Postfix applies
    // it at RCPT TO, VRFY and ETRN. `client` is "name[address]"; `recipient` (RCPT, VRFY) may be
    // the bare <postmaster>, which RFC 5321 s.4.5.1 makes every server accept. nullopt: go on.
    std::optional<ServerResponse> checkClient(
        bool authenticated, const QString &client, const MailPath *recipient = nullptr) const;
    // The rejection for RCPT TO, or nullopt when the recipient is accepted. Greylisting
    // remembers first attempts in *shared.
    std::optional<ServerResponse> checkRcpt(
        const MailPath &recipient, const Context &context, SharedServerState *shared) const;
    // VRFY (RFC 5321 s.3.5): the same relay and mailbox checks, then 252 "cannot verify, but will try".
    ServerResponse verify(const MailPath &address, const QString &asTyped, bool authenticated) const;

    bool isLocal(const MailPath &address) const;
    bool mailboxExists(const MailPath &address) const;
    std::optional<qint64> quotaLeft(const MailPath &address) const;

private:
    ServerResponse say(Situation situation, const QStringList &args, const QString &explanation,
        const QString &rfcSection) const;
    std::optional<ServerResponse> relayOrMailbox(const MailPath &address, bool authenticated) const;

    const Scenario &m_scenario;
    const ScenarioFaults &m_faults;
};

} // namespace SmtpTutor
