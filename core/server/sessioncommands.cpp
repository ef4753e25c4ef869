// ServerEngine's session-level commands: HELO/EHLO, RSET, VRFY, ETRN, STARTTLS, AUTH (with its
// response lines) and HELP. The mail transaction (MAIL, RCPT, DATA) is in transactioncommands.cpp.
#include "serverenginestate.h"

namespace SmtpTutor {

ServerResponse ServerEngine::State::onHelo(const Command &command, bool extended)
{
    const QString verb = extended ? QStringLiteral("EHLO") : QStringLiteral("HELO");
    // Postfix takes any word here (it is a claim, not checked); only a missing one is an error.
    const QString name
        = command.domain.isEmpty() ? command.argument.trimmed().split(u' ').first() : command.domain;
    if (name.isEmpty()) {
        return respondPlain(501, QStringLiteral("Syntax: %1 hostname").arg(verb),
            QStringLiteral("%1 needs your host name (or an address literal such as [192.0.2.1]) "
                           "after it, e.g. \"%1 client.example.org\".")
                .arg(verb),
            QStringLiteral("RFC 5321 s.4.1.1.1"));
    }
    // RFC 5321 s.4.1.4: EHLO/HELO in the middle of a transaction aborts it, like RSET.
    const bool hadTransaction = inTransaction;
    resetTransaction();
    identified = true;
    esmtp = extended;
    clientName = name;
    QString explanation = extended
        ? QStringLiteral("The server greets %1 and lists its extensions, one per line: what it supports "
                         "(SIZE is the largest message in bytes%2%3).")
              .arg(name,
                  scenario.offersStartTls && !tls ? QStringLiteral(", STARTTLS offers encryption")
                                                  : QString(),
                  authAvailable() ? QStringLiteral(", AUTH lists the login methods") : QString())
        : QStringLiteral(
            "The server greets %1. HELO is the old form: no extension list comes back; use EHLO to "
            "see them.")
              .arg(name);
    if (hadTransaction)
        explanation += QStringLiteral(" Your unfinished mail transaction was dropped.");
    if (tls)
        explanation += QStringLiteral(" This session is encrypted.");
    const QString rfc = extended ? QStringLiteral("RFC 5321 s.4.1.1.1, RFC 5321 s.2.2")
                                 : QStringLiteral("RFC 5321 s.4.1.1.1");
    if (!extended)
        return respondPlain(250, scenario.hostname, explanation, rfc);

    QStringList lines { scenario.hostname, QStringLiteral("PIPELINING") };
    lines << (scenario.maxMessageSize > 0 ? QStringLiteral("SIZE %1").arg(scenario.maxMessageSize)
                                          : QStringLiteral("SIZE"));
    if (scenario.vrfyEnabled)
        lines << QStringLiteral("VRFY");
    lines << QStringLiteral("ETRN");
    if (scenario.offersStartTls && !tls)
        lines << QStringLiteral("STARTTLS");
    if (authAvailable())
        lines << QStringLiteral("AUTH ") + scenario.authMechanisms.join(u' ');
    lines << QStringLiteral("ENHANCEDSTATUSCODES") << QStringLiteral("8BITMIME") << QStringLiteral("DSN")
          << QStringLiteral("SMTPUTF8");
    return respondLines(250, lines, explanation, rfc);
}

ServerResponse ServerEngine::State::onRset(const Command &command)
{
    if (!command.argument.trimmed().isEmpty()) {
        return makeResponse(501, { 5, 5, 4 }, QStringLiteral("Syntax: RSET"),
            QStringLiteral("RSET takes no argument."), QStringLiteral("RFC 5321 s.4.1.1.5"));
    }
    const bool had = inTransaction;
    resetTransaction();
    return makeResponse(250, { 2, 0, 0 }, QStringLiteral("Ok"),
        had ? QStringLiteral("The transaction is cancelled: sender and recipients are forgotten. "
                             "You stay logged in and greeted; start again with MAIL FROM.")
            : QStringLiteral("Nothing to reset: no transaction was open."),
        QStringLiteral("RFC 5321 s.4.1.1.5"));
}

ServerResponse ServerEngine::State::onVrfy(const Command &command)
{
    if (!scenario.vrfyEnabled) {
        return makeResponse(502, { 5, 5, 1 }, QStringLiteral("VRFY command is disabled"),
            QStringLiteral("This server has VRFY switched off, so it cannot be used to find out "
                           "which addresses exist."),
            QStringLiteral("RFC 5321 s.3.5.3, RFC 5321 s.7.3"));
    }
    if (command.syntaxError)
        return { command.syntaxError->reply, command.syntaxError->explanation,
            command.syntaxError->rfcSection };
    if (auto rejection = policy.checkClient(!user.isEmpty(), clientDescription(), &command.path))
        return *rejection;
    return policy.verify(command.path, command.argument.trimmed(), !user.isEmpty());
}

ServerResponse ServerEngine::State::onEtrn(const QString &argument)
{
    // RFC 1985. Postfix answers ETRN without enhanced codes.
    const QString rfc = QStringLiteral("RFC 1985 s.5");
    if (!identified)
        return respondPlain(503, QStringLiteral("Error: send HELO/EHLO first"),
            QStringLiteral("ETRN, like MAIL, needs EHLO first."), rfc);
    if (inTransaction)
        return respondPlain(503, QStringLiteral("Error: MAIL transaction in progress"),
            QStringLiteral("ETRN cannot come in the middle of a mail transaction; RSET first."), rfc);
    if (argument.isEmpty() || argument.contains(u' '))
        return respondPlain(500, QStringLiteral("Syntax: ETRN domain"),
            QStringLiteral("ETRN needs one domain: ETRN example.org."), rfc);
    if (auto rejection = policy.checkClient(!user.isEmpty(), clientDescription()))
        return *rejection;
    return respondPlain(459, QStringLiteral("<%1>: service unavailable").arg(argument),
        QStringLiteral("ETRN asks a server to send on the mail it queued for a domain. This server "
                       "keeps no such queue for %1.")
            .arg(argument),
        rfc);
}

ServerResponse ServerEngine::State::onStartTls(const Command &command)
{
    const QString rfc = QStringLiteral("RFC 3207 s.4");
    if (!command.argument.trimmed().isEmpty())
        return makeResponse(501, { 5, 5, 4 }, QStringLiteral("Syntax: STARTTLS"),
            QStringLiteral("STARTTLS takes no argument."), rfc);
    if (tls)
        return makeResponse(554, { 5, 5, 1 }, QStringLiteral("Error: TLS already active"),
            QStringLiteral("This session is already encrypted; STARTTLS can be used only once."),
            QStringLiteral("RFC 3207 s.4.2"));
    if (!scenario.offersStartTls)
        return makeResponse(502, { 5, 5, 1 }, QStringLiteral("Error: command not implemented"),
            QStringLiteral("This server does not offer STARTTLS (it is not in the EHLO reply)."), rfc);
    tlsRequested = true;
    return makeResponse(220, { 2, 0, 0 }, QStringLiteral("Ready to start TLS"),
        QStringLiteral("Now the TLS handshake starts. Afterwards everything is encrypted, the "
                       "server forgets the EHLO and any transaction, and you must send EHLO again "
                       "(its list changes: no STARTTLS, maybe AUTH)."),
        rfc);
}

ServerResponse ServerEngine::State::onAuth(const Command &command)
{
    const QString rfc = QStringLiteral("RFC 4954 s.4");
    if (!identified)
        return needHelo();
    if (!authAvailable()) {
        const QString why = scenario.authEnabled && scenario.requiresTlsForAuth && !tls
            ? QStringLiteral(
                "This server offers AUTH only inside TLS, so that passwords never travel in clear. "
                "Send STARTTLS and EHLO first.")
            : QStringLiteral(
                "This server does not offer AUTH (it is not in the EHLO reply): a port-25 server "
                "takes mail for its own domains without login.");
        return makeResponse(503, { 5, 5, 1 }, QStringLiteral("Error: authentication not enabled"), why, rfc);
    }
    if (inTransaction)
        return makeResponse(503, { 5, 5, 1 }, QStringLiteral("Error: MAIL transaction in progress"),
            QStringLiteral("AUTH must come before MAIL FROM; RSET first."), QStringLiteral("RFC 4954 s.4"));
    if (!user.isEmpty())
        return makeResponse(503, { 5, 5, 1 }, QStringLiteral("Error: already authenticated"),
            QStringLiteral("You are already logged in as %1; one AUTH per session.").arg(user), rfc);
    const QStringList words = command.argument.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 2)
        return makeResponse(501, { 5, 5, 4 }, QStringLiteral("Syntax: AUTH mechanism"),
            QStringLiteral("Write AUTH, a mechanism from the EHLO list and optionally the base64 "
                           "initial response, e.g. AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=."),
            rfc);
    const QString mechanism = words.first().toUpper();
    if (!scenario.authMechanisms.contains(mechanism))
        return makeResponse(535, { 5, 7, 8 },
            QStringLiteral("Error: authentication failed: no mechanism available"),
            QStringLiteral("\"%1\" is not among the mechanisms this server offers (%2).")
                .arg(mechanism, scenario.authMechanisms.join(QStringLiteral(", "))),
            rfc);
    const std::optional<QString> initial
        = words.size() == 2 ? std::optional<QString>(words.at(1)) : std::nullopt;
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
        QStringLiteral("HELP is a teaching aid here; Postfix itself answers 500 5.5.2"),
    };
    QStringList lines;
    for (const QString &topic : topics)
        lines << QStringLiteral("2.0.0 ") + topic;
    return respondLines(214, lines,
        QStringLiteral("214 is a help reply. This list is the tutor's own; a real Postfix does not "
                       "implement HELP and would answer 500 5.5.2."),
        QStringLiteral("RFC 5321 s.4.1.1.8"));
}

} // namespace SmtpTutor
