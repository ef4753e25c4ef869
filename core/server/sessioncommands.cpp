// ServerEngine's session-level commands: HELO/EHLO, RSET, VRFY, ETRN, STARTTLS, AUTH (with its
// response lines) and HELP. The mail transaction (MAIL, RCPT, DATA) is in transactioncommands.cpp.
#include "serverenginestate.h"

namespace SmtpTutor {

ServerResponse ServerEngine::State::onHelo(const Command &command, bool extended)
{
    // Postfix takes any word here (it is a claim, not checked); only a missing one is an error.
    if (command.fault)
        return sayFault(*command.fault);
    const QString name = command.domain;
    // RFC 5321 s.4.1.4: EHLO/HELO in the middle of a transaction aborts it, like RSET.
    const bool hadTransaction = inTransaction();
    resetTransaction();
    stage = Stage::Identified;
    esmtp = extended;
    clientName = name;
    QString explanation = extended
        ? Persona::tr("The server greets %1 and lists its extensions, one per line: what it supports "
                      "(SIZE is the largest message in bytes%2%3).")
              .arg(name,
                  scenario.offersStartTls && !tls ? Persona::tr(", STARTTLS offers encryption") : QString(),
                  authAvailable() ? Persona::tr(", AUTH lists the login methods") : QString())
        : QStringLiteral(
            "The server greets %1. HELO is the old form: no extension list comes back; use EHLO to "
            "see them.")
              .arg(name);
    if (hadTransaction)
        explanation += Persona::tr(" Your unfinished mail transaction was dropped.");
    if (tls)
        explanation += Persona::tr(" This session is encrypted.");
    const QString rfc = extended ? QStringLiteral("RFC 5321 s.4.1.1.1, RFC 5321 s.2.2")
                                 : QStringLiteral("RFC 5321 s.4.1.1.1");
    const QString address = clientAddress.isEmpty() ? QStringLiteral("127.0.0.1") : clientAddress;
    ServerResponse response = say(Situation::HeloAccepted, { scenario.hostname, name, address }, explanation, rfc);
    if (!extended)
        return response;
    EhloOffer offer;
    offer.sizeLimit = scenario.maxMessageSize;
    offer.vrfy = scenario.vrfyEnabled;
    offer.startTls = scenario.offersStartTls && !tls;
    if (authAvailable())
        offer.authMechanisms = scenario.authMechanisms;
    response.reply = Reply(250, QStringList { response.reply.lines() } + persona().ehloKeywords(offer));
    return response;
}

ServerResponse ServerEngine::State::onRset(const Command &command)
{
    if (command.fault)
        return sayFault(*command.fault);
    const bool had = inTransaction();
    resetTransaction();
    return say(Situation::ResetOk,
        had ? Persona::tr("The transaction is cancelled: sender and recipients are forgotten. "
                          "You stay logged in and greeted; start again with MAIL FROM.")
            : Persona::tr("Nothing to reset: no transaction was open."),
        QStringLiteral("RFC 5321 s.4.1.1.5"));
}

ServerResponse ServerEngine::State::onVrfy(const Command &command)
{
    if (!scenario.vrfyEnabled) {
        return say(Situation::VrfyDisabled,
            Persona::tr("This server has VRFY switched off, so it cannot be used to find out "
                        "which addresses exist."),
            QStringLiteral("RFC 5321 s.3.5.3, RFC 5321 s.7.3"));
    }
    if (command.fault)
        return sayFault(*command.fault);
    if (persona().vrfyConfirmsNothing() && command.path.domain.isEmpty()) {
        return sayFault(SyntaxFault { SyntaxFaultKind::BadRecipientAddress, command.argument.trimmed(),
            Persona::tr("%1 wants a full address with a domain here, not a bare user name.")
                .arg(persona().displayName()),
            QStringLiteral("RFC 5321 s.3.5.1") });
    }
    if (persona().vrfyConfirmsNothing()) {
        return say(Situation::VrfyCannotVerify, { command.argument.trimmed() },
            Persona::tr("252 means \"cannot verify, but I will take the message and try\". %1 answers every "
                        "VRFY this way without looking the address up, so that nobody can use it to "
                        "find out which mailboxes exist.")
                .arg(persona().displayName()),
            QStringLiteral("RFC 5321 s.3.5.3, RFC 5321 s.7.3"));
    }
    if (auto rejection = policy.checkClient(!user.isEmpty(), clientDescription(), &command.path))
        return *rejection;
    return policy.verify(command.path, command.argument.trimmed(), !user.isEmpty());
}

ServerResponse ServerEngine::State::onEtrn(const QString &argument)
{
    // RFC 1985. Postfix answers ETRN without enhanced codes.
    const QString rfc = QStringLiteral("RFC 1985 s.5");
    if (!identified())
        return say(Situation::EtrnNeedHelo, Persona::tr("ETRN, like MAIL, needs EHLO first."), rfc);
    if (inTransaction())
        return say(Situation::EtrnInTransaction,
            Persona::tr("ETRN cannot come in the middle of a mail transaction; RSET first."), rfc);
    if (argument.isEmpty() || argument.contains(u' '))
        return say(Situation::EtrnSyntax, Persona::tr("ETRN needs one domain: ETRN example.org."), rfc);
    if (auto rejection = policy.checkClient(!user.isEmpty(), clientDescription()))
        return *rejection;
    return say(Situation::EtrnNoQueue, { argument },
        Persona::tr("ETRN asks a server to send on the mail it queued for a domain. This server "
                    "keeps no such queue for %1.")
            .arg(argument),
        rfc);
}

ServerResponse ServerEngine::State::onStartTls(const Command &command)
{
    const QString rfc = QStringLiteral("RFC 3207 s.4");
    if (command.fault)
        return sayFault(*command.fault);
    if (!tls && !identified() && persona().refusesStartTlsBeforeEhlo() && scenario.offersStartTls)
        return say(Situation::TlsNotOffered,
            Persona::tr("%1 offers STARTTLS in its EHLO reply, and takes it only after that: send EHLO "
                        "first, then STARTTLS. (Postfix would take it here.)")
                .arg(persona().displayName()),
            rfc);
    if (tls)
        return say(Situation::TlsAlreadyActive,
            Persona::tr("This session is already encrypted; STARTTLS can be used only once."),
            QStringLiteral("RFC 3207 s.4.2"));
    if (!scenario.offersStartTls)
        return say(Situation::TlsNotOffered,
            Persona::tr("This server does not offer STARTTLS (it is not in the EHLO reply)."), rfc);
    stage = Stage::AwaitingTlsHandshake;
    return say(Situation::TlsGoAhead,
        Persona::tr("Now the TLS handshake starts. Afterwards everything is encrypted, the "
                    "server forgets the EHLO and any transaction, and you must send EHLO again "
                    "(its list changes: no STARTTLS, maybe AUTH)."),
        rfc);
}

ServerResponse ServerEngine::State::onAuth(const Command &command)
{
    const QString rfc = QStringLiteral("RFC 4954 s.4");
    if (!identified())
        return needHelo();
    if (!authAvailable()) {
        const QString why = scenario.authEnabled && scenario.requiresTlsForAuth && !tls
            ? QStringLiteral(
                "This server offers AUTH only inside TLS, so that passwords never travel in clear. "
                "Send STARTTLS and EHLO first.")
            : QStringLiteral(
                "This server does not offer AUTH (it is not in the EHLO reply): a port-25 server "
                "takes mail for its own domains without login.");
        return say(Situation::AuthNotOffered, why, rfc);
    }
    if (inTransaction())
        return say(Situation::AuthInTransaction, Persona::tr("AUTH must come before MAIL FROM; RSET first."),
            QStringLiteral("RFC 4954 s.4"));
    if (!user.isEmpty())
        return say(Situation::AuthAlreadyDone,
            Persona::tr("You are already logged in as %1; one AUTH per session.").arg(user), rfc);
    if (command.fault) // RFC 4954 s.4: AUTH mechanism [initial-response]
        return sayFault(*command.fault);
    const QString mechanism = command.authMechanism;
    if (!scenario.authMechanisms.contains(mechanism))
        return say(Situation::AuthUnknownMechanism, { mechanism },
            Persona::tr("\"%1\" is not among the mechanisms this server offers (%2).")
                .arg(mechanism, scenario.authMechanisms.join(QStringLiteral(", "))),
            rfc);
    const std::optional<QString> &initial = command.authInitialResponse;
    const AuthDialogue::Step step = auth.start(mechanism, initial);
    if (step.outcome == AuthDialogue::Outcome::Succeeded)
        user = auth.user();
    return step.response;
}

ServerResponse ServerEngine::State::onAuthLine(QByteArrayView line)
{
    const AuthDialogue::Step step = auth.respond(line);
    if (step.outcome == AuthDialogue::Outcome::Succeeded)
        user = auth.user();
    return step.response;
}

ServerResponse ServerEngine::State::onHelp()
{
    const QStringList topics {
        QStringLiteral("SMTP Tutor: the commands, in the order a session uses them"),
        QStringLiteral("EHLO <your-name>           introduce yourself, get the extension list"),
        QStringLiteral("STARTTLS                   switch to encryption, then EHLO again"),
        QStringLiteral("AUTH PLAIN|LOGIN [base64]  log in (submission servers)"),
        QStringLiteral("MAIL FROM:<sender>         start a message"),
        QStringLiteral("RCPT TO:<recipient>        add a recipient (repeat for more)"),
        QStringLiteral("DATA                       send the message, end with a line holding only ."),
        QStringLiteral("RSET  NOOP  VRFY <addr>    cancel, ping, check an address"),
        QStringLiteral("QUIT                       say goodbye"),
    };
    // What the real server says to HELP, so the learner knows this list is the tutor's.
    const Reply real = persona().reply(SyntaxFault { SyntaxFaultKind::NotImplemented, QStringLiteral("HELP"), {}, {} });
    const bool postfix = persona().id() == PersonaId::Postfix;
    QStringList lines;
    for (const QString &topic : topics)
        lines << (postfix ? QStringLiteral("2.0.0 ") : QString()) + topic;
    lines << (postfix ? QStringLiteral("2.0.0 HELP is a teaching aid here; Postfix itself answers %1 %2")
                            .arg(real.code())
                            .arg(real.enhancedStatus() ? real.enhancedStatus()->toString() : QString())
                      : QStringLiteral("HELP is a teaching aid here; %1 lists its commands in one line")
                            .arg(persona().displayName()));
    return respondLines(214, lines,
        postfix ? Persona::tr("214 is a help reply. This list is the tutor's own; a real Postfix does not "
                              "implement HELP and would answer %1 %2.")
                      .arg(real.code())
                      .arg(real.firstLineText())
                : Persona::tr("214 is a help reply. This list is the tutor's own; a real %1 lists its "
                              "commands in one short line.")
                      .arg(persona().displayName()),
        QStringLiteral("RFC 5321 s.4.1.1.8"));
}

} // namespace SmtpTutor
