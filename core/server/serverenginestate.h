// Private to core/server, not public API: ServerEngine::State (one session's state) and the helpers
// shared by serverengine.cpp, sessioncommands.cpp and transactioncommands.cpp.
#pragma once

#include "authdialogue.h"
#include "datareceiver.h"
#include "recipientpolicy.h"
#include "scenariofaults.h"
#include "serverengine.h"
#include "serverreply.h"

#include <optional>

namespace SmtpTutor {

inline const QString rfcOrder = QStringLiteral("RFC 5321 s.4.1.4");

struct ServerEngine::State
{
    State(Scenario s, std::shared_ptr<SharedServerState> sh)
        : scenario(std::move(s))
        , faults(scenario.faults)
        , shared(std::move(sh))
        , policy(scenario, faults)
        , auth(scenario.users, scenario.localDomains, Persona::byId(scenario.personality))
    {
        if (!shared)
            shared = std::make_shared<SharedServerState>();
        tls = scenario.implicitTls;
    }

    Scenario scenario;
    ScenarioFaults faults;
    std::shared_ptr<SharedServerState> shared;
    RecipientPolicy policy;
    AuthDialogue auth;
    std::optional<DataReceiver> data;

    // Where the session stands (RFC 5321 s.4.1.4 orders the commands). One value instead of a
    // set of flags, so that states such as "closed and in a transaction" cannot be represented.
    // The SASL exchange (auth) and the message lines (data) are sub-dialogues with their own state.
    enum class Stage {
        NotConnected,
        Refused,              // a 554 greeting: only QUIT from here (RFC 5321 s.3.1)
        Greeted,              // 220 sent (or TLS just started): EHLO/HELO next
        Identified,           // after EHLO/HELO
        InTransaction,        // after MAIL FROM
        AwaitingTlsHandshake, // 220 to STARTTLS sent: nothing sent in clear counts now (RFC 3207 s.4.2)
        Closed,
    };
    Stage stage = Stage::NotConnected;
    bool connected() const { return stage != Stage::NotConnected; }
    bool closed() const { return stage == Stage::Closed; }
    bool identified() const { return stage == Stage::Identified || stage == Stage::InTransaction; }
    bool inTransaction() const { return stage == Stage::InTransaction; }
    void close() { stage = Stage::Closed; }

    bool tls = false;   // orthogonal to the stage: TLS from the first byte, or after STARTTLS
    bool esmtp = false; // identified with EHLO rather than HELO
    QString clientName;
    QString clientAddress;
    QString user;

    MailPath sender;
    QList<MailPath> recipients;
    bool smtpUtf8 = false; // MAIL FROM carried SMTPUTF8 (RFC 6531 s.3.4)

    void resetTransaction()
    {
        if (stage == Stage::InTransaction)
            stage = Stage::Identified;
        sender = MailPath();
        recipients.clear();
        smtpUtf8 = false;
        data.reset();
    }

    const Persona &persona() const { return Persona::byId(scenario.personality); }
    // The persona's reply for a situation, with why it came and where the rule is written.
    ServerResponse say(Situation situation, const QStringList &args, const QString &explanation,
        const QString &rfcSection) const
    {
        return { persona().reply(situation, args), withWordingNote(explanation, persona().wordingNote(situation, args)),
            rfcSection };
    }
    ServerResponse say(Situation situation, const QString &explanation, const QString &rfcSection) const
    {
        return say(situation, {}, explanation, rfcSection);
    }
    // The persona's reply to a malformed line; the parser said what is wrong with it.
    ServerResponse sayFault(const SyntaxFault &fault) const
    {
        return { persona().reply(fault), fault.why, fault.rfcSection };
    }
    ServerResponse needHelo() const
    {
        return say(Situation::NeedHelo,
            Persona::tr("Introduce yourself first: this server requires EHLO (or HELO) before a "
                        "mail transaction starts."),
            rfcOrder);
    }

    bool authAvailable() const
    {
        return scenario.authEnabled && !scenario.users.isEmpty() && !scenario.authMechanisms.isEmpty()
            && (tls || !scenario.requiresTlsForAuth);
    }

    QList<ServerResponse> dispatch(QByteArrayView line);
    ServerResponse onLineAfterRefusal(QByteArrayView line);
    bool needsTlsFirst(Verb verb, bool etrn) const;
    ServerResponse onCommand(const Command &command);
    ServerResponse onHelo(const Command &command, bool extended);
    ServerResponse onMail(const Command &command);
    ServerResponse onRcpt(const Command &command);
    ServerResponse onData(const Command &command);
    ServerResponse onRset(const Command &command);
    ServerResponse onVrfy(const Command &command);
    ServerResponse onEtrn(const QString &argument);
    ServerResponse onStartTls(const Command &command);
    ServerResponse onAuth(const Command &command);
    ServerResponse onHelp();
    ServerResponse onDataLine(QByteArrayView line);
    ServerResponse onAuthLine(QByteArrayView line);
    ServerResponse shutdown();
    ServerResponse lineTooLong(qsizetype octets) const;
    ServerResponse onLineFault(const Command &command);
    ServerResponse transportFault(TransportFault fault);
    QString clientDescription() const;
    QString newQueueId();
};

} // namespace SmtpTutor
