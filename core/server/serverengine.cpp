#include "serverengine.h"

#include "authdialogue.h"
#include "datareceiver.h"
#include "protocol/commandparser.h"
#include "recipientpolicy.h"
#include "scenariofaults.h"
#include "serverreply.h"

#include <limits>
#include <optional>

namespace SmtpTutor {

namespace {

// Postfix's smtpd_recipient_limit: more recipients in one transaction get 452 4.5.3.
constexpr qsizetype MaxRecipients = 1000;
// Messages kept in SharedServerState::received; older ones are dropped so a long-running
// practice server does not grow without bound.
constexpr qsizetype MaxKeptMessages = 100;

const QString rfcOrder = QStringLiteral("RFC 5321 s.4.1.4");

ServerResponse needHelo()
{
    return makeResponse(503, { 5, 5, 1 }, QStringLiteral("Error: send HELO/EHLO first"),
        QStringLiteral("Introduce yourself first: this server requires EHLO (or HELO) before a "
                       "mail transaction starts."),
        rfcOrder);
}

ServerResponse tlsFirst()
{
    return makeResponse(530, { 5, 7, 0 }, QStringLiteral("Must issue a STARTTLS command first"),
        QStringLiteral("This port requires encryption before anything else: send STARTTLS, then "
                       "EHLO again. Only EHLO, HELO, STARTTLS, NOOP and QUIT work before that."),
        QStringLiteral("RFC 3207 s.4"));
}

// Postfix's is_header(): a first word such as "Subject:" means the client is sending a message
// without DATA; HTTP verbs mean a web client. Postfix hangs up on both (smtpd_forbidden_commands).
bool looksLikeHeaderOrHttp(QByteArrayView line)
{
    const qsizetype space = line.indexOf(' ');
    const QByteArrayView word = space < 0 ? line : line.first(space);
    const QByteArray upper = word.toByteArray().toUpper();
    if (upper == "CONNECT" || upper == "GET" || upper == "POST")
        return true;
    if (word.size() < 2 || !word.endsWith(':'))
        return false;
    for (char c : word.first(word.size() - 1)) {
        if (c <= ' ' || c >= 127 || c == ':')
            return false;
    }
    return true;
}

QString firstWords(QByteArrayView line, qsizetype max = 40)
{
    QString text = QString::fromUtf8(line.first(qMin(line.size(), max)));
    if (line.size() > max)
        text += QStringLiteral("...");
    return text;
}

} // namespace

struct ServerEngine::State
{
    State(Scenario s, std::shared_ptr<SharedServerState> sh)
        : scenario(std::move(s))
        , shared(std::move(sh))
        , policy(scenario, faults)
        , auth(scenario.users, scenario.localDomains)
    {
        QString error;
        if (auto parsed = ScenarioFaults::fromJson(scenario.faults, &error))
            faults = *parsed;
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

    bool connected = false;
    bool closed = false;
    bool refused = false; // 554 greeting: only QUIT (RFC 5321 s.3.1)
    bool tls = false;
    bool tlsRequested = false;
    bool identified = false;
    bool esmtp = false;
    QString clientName;
    QString clientAddress;
    QString user;

    bool inTransaction = false;
    MailPath sender;
    QList<MailPath> recipients;
    bool smtpUtf8 = false; // MAIL FROM carried SMTPUTF8 (RFC 6531 s.3.4)

    void resetTransaction()
    {
        inTransaction = false;
        sender = MailPath();
        recipients.clear();
        smtpUtf8 = false;
        data.reset();
    }

    bool authAvailable() const
    {
        return scenario.authEnabled && !scenario.users.isEmpty() && !scenario.authMechanisms.isEmpty()
            && (tls || !scenario.requiresTlsForAuth);
    }

    QList<ServerResponse> dispatch(QByteArrayView line);
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
    QString newQueueId();
};

ServerEngine::ServerEngine(Scenario scenario, std::shared_ptr<SharedServerState> shared)
    : d(std::make_unique<State>(std::move(scenario), std::move(shared)))
{
}

ServerEngine::~ServerEngine() = default;
ServerEngine::ServerEngine(ServerEngine &&) noexcept = default;
ServerEngine &ServerEngine::operator=(ServerEngine &&) noexcept = default;

QList<ServerResponse> ServerEngine::connect()
{
    if (d->connected)
        return {};
    d->connected = true;
    if (const auto &greeting = d->faults.greeting) {
        const QString explanation = !greeting->explanation.isEmpty()
            ? greeting->explanation
            : (greeting->code == 421
                    ? QStringLiteral("The server cannot take mail now and closes the connection. "
                                     "Try again later.")
                    : QStringLiteral("The server refuses to talk to this client. Only QUIT is "
                                     "accepted now."));
        if (greeting->code == 421)
            d->closed = true;
        else
            d->refused = true;
        return { makeResponse(greeting->code, greeting->status, d->scenario.hostname + u' ' + greeting->text,
            explanation, QStringLiteral("RFC 5321 s.3.1")) };
    }
    const QString text = d->scenario.greeting.isEmpty()
        ? d->scenario.hostname + QStringLiteral(" ESMTP SMTP Tutor (simulated server)")
        : d->scenario.greeting;
    QString explanation = QStringLiteral("The server is ready. 220 is the greeting; the client speaks next, "
                                         "normally with EHLO.");
    if (d->tls)
        explanation += QStringLiteral(" This port uses TLS from the first byte (implicit TLS), so everything "
                                      "here is already encrypted.");
    return { respondPlain(220, text, explanation,
        d->tls ? QStringLiteral("RFC 5321 s.4.3.1, RFC 8314 s.3") : QStringLiteral("RFC 5321 s.4.3.1")) };
}

QList<ServerResponse> ServerEngine::receiveLine(QByteArrayView line)
{
    if (!d->connected || d->closed)
        return {};
    // RFC 3207 s.4.2 (and CVE-2011-0411): after 220 to STARTTLS nothing sent in clear may be
    // acted upon; lines that arrive before the handshake are dropped.
    if (d->tlsRequested)
        return {};
    if (d->data) {
        // Message lines get no reply until the final "." (RFC 5321 s.4.1.1.4).
        ServerResponse response = d->onDataLine(line);
        if (!response.reply.isValid())
            return {};
        return { response };
    }
    if (d->auth.isActive())
        return { d->onAuthLine(line) };
    return d->dispatch(line);
}

QList<ServerResponse> ServerEngine::State::dispatch(QByteArrayView line)
{
    if (refused) {
        // RFC 5321 s.3.1: after a 554 greeting the server waits for QUIT and answers 503 to the rest.
        if (line.trimmed().toByteArray().toUpper() == "QUIT") {
            closed = true;
            return { makeResponse(221, { 2, 0, 0 }, QStringLiteral("Bye"),
                QStringLiteral("The server closes the connection."), QStringLiteral("RFC 5321 s.4.1.1.10")) };
        }
        return { makeResponse(503, { 5, 5, 1 },
            QStringLiteral("Error: this server refused the session; only QUIT"),
            QStringLiteral("The greeting was a refusal (554), so every command but QUIT is out of "
                           "sequence."),
            QStringLiteral("RFC 5321 s.3.1")) };
    }
    if (looksLikeHeaderOrHttp(line)) {
        closed = true;
        return { makeResponse(221, { 2, 7, 0 }, QStringLiteral("Error: I can break rules, too. Goodbye."),
            QStringLiteral("\"%1\" looks like a mail header or a web request, not an SMTP command. "
                           "Message headers belong after DATA. Servers hang up on such clients "
                           "to protect themselves.")
                .arg(firstWords(line)),
            QStringLiteral("RFC 5321 s.4.1.1.4")) };
    }

    const Command command = CommandParser::parse(line, inTransaction && smtpUtf8);
    if (faults.shutdownAt && command.verb == *faults.shutdownAt)
        return { shutdown() };

    // HELP is the tutor's own aid and always answers (Postfix itself does not implement HELP).
    if (command.verb == Verb::Help)
        return { onHelp() };
    // ETRN (RFC 1985) is not one of the parser's verbs; Postfix implements it.
    const bool etrn = command.verb == Verb::Unknown
        && command.verbText.compare(QLatin1String("ETRN"), Qt::CaseInsensitive) == 0
        && line.size() + 2 <= CommandParser::MaxCommandLineLength;
    // Lines Postfix refuses before it looks at the session: empty, not UTF-8, too long, unknown verb.
    if (command.rejectedBeforeStateCheck && command.syntaxError && !etrn) {
        ServerResponse response { command.syntaxError->reply, command.syntaxError->explanation,
            command.syntaxError->rfcSection };
        if (command.verbText.compare(QLatin1String("BDAT"), Qt::CaseInsensitive) == 0)
            response.explanation = QStringLiteral("BDAT belongs to CHUNKING (RFC 3030), which this simulated "
                                                  "server does not offer; use DATA.");
        else if (command.verb == Verb::Unknown && !command.closesConnection)
            response.explanation += QStringLiteral(" Type HELP for the list of commands.");
        if (command.closesConnection)
            closed = true;
        return { response };
    }

    // RFC 3207 s.4: a server that requires TLS answers 530 to everything but these.
    if (scenario.requiresTls && !tls
        && (etrn || (command.verb != Verb::Unknown && command.verb != Verb::Expn))) {
        switch (command.verb) {
        case Verb::Helo:
        case Verb::Ehlo:
        case Verb::StartTls:
        case Verb::Noop:
        case Verb::Quit:
            break;
        default:
            return { tlsFirst() };
        }
    }

    if (etrn)
        return { onEtrn(command.argument.trimmed()) };
    switch (command.verb) {
    case Verb::Helo:
        return { onHelo(command, false) };
    case Verb::Ehlo:
        return { onHelo(command, true) };
    case Verb::Mail:
        return { onMail(command) };
    case Verb::Rcpt:
        return { onRcpt(command) };
    case Verb::Data:
        return { onData(command) };
    case Verb::Rset:
        return { onRset(command) };
    case Verb::Noop:
        // RFC 5321 s.4.1.1.9: NOOP may carry a string, which is ignored.
        return { makeResponse(250, { 2, 0, 0 }, QStringLiteral("Ok"),
            QStringLiteral("NOOP does nothing; the server only shows it is still there."),
            QStringLiteral("RFC 5321 s.4.1.1.9")) };
    case Verb::Quit:
        closed = true;
        return { makeResponse(221, { 2, 0, 0 }, QStringLiteral("Bye"),
            QStringLiteral("The server says goodbye and closes the connection. Mail already "
                           "answered with 250 is safe; an unfinished transaction is dropped."),
            QStringLiteral("RFC 5321 s.4.1.1.10")) };
    case Verb::Vrfy:
        return { onVrfy(command) };
    case Verb::StartTls:
        return { onStartTls(command) };
    case Verb::Auth:
        return { onAuth(command) };
    case Verb::Help:
    case Verb::Expn:
    case Verb::Unknown:
        break;
    }
    return { makeResponse(500, { 5, 5, 2 }, QStringLiteral("Error: command not recognized"),
        QStringLiteral("This server does not implement that command."), QStringLiteral("RFC 5321 s.4.2.4")) };
}

ServerResponse ServerEngine::State::shutdown()
{
    closed = true;
    resetTransaction();
    return makeResponse(421, { 4, 3, 2 },
        scenario.hostname
            + QStringLiteral(" Service shutting down, closing "
                             "transmission channel"),
        QStringLiteral("The server is going down (maintenance or overload) and closes the "
                       "connection. Nothing was accepted in this transaction; a sending server "
                       "will try again later."),
        QStringLiteral("RFC 5321 s.3.8"));
}

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

ServerResponse ServerEngine::State::onMail(const Command &command)
{
    if (!identified)
        return needHelo();
    if (inTransaction) {
        return makeResponse(503, { 5, 5, 1 }, QStringLiteral("Error: nested MAIL command"),
            QStringLiteral("A transaction is already open (MAIL FROM was accepted). Finish it with "
                           "DATA, or send RSET to start over."),
            rfcOrder);
    }
    // Postfix checks the session state first, then the syntax (503 before 501).
    if (command.syntaxError)
        return { command.syntaxError->reply, command.syntaxError->explanation,
            command.syntaxError->rfcSection };
    qint64 declared = 0;
    if (const auto size = command.parameter(u"SIZE")) {
        bool ok = false;
        declared = size->value.toLongLong(&ok);
        if (!ok)
            declared = std::numeric_limits<qint64>::max(); // more digits than fit: surely too big
    }
    if (scenario.maxMessageSize > 0 && declared > scenario.maxMessageSize) {
        return makeResponse(552, { 5, 3, 4 }, QStringLiteral("Message size exceeds fixed limit"),
            QStringLiteral("You announced %1 bytes with SIZE=, more than this server's limit of %2 "
                           "bytes (see SIZE in the EHLO reply).")
                .arg(declared)
                .arg(scenario.maxMessageSize),
            QStringLiteral("RFC 1870 s.6"));
    }
    if (scenario.requiresAuth && user.isEmpty()) {
        return makeResponse(530, { 5, 7, 0 }, QStringLiteral("Authentication required"),
            QStringLiteral("This server only takes mail from logged-in users. Log in with AUTH "
                           "(see the AUTH line of the EHLO reply), then send MAIL FROM again."),
            QStringLiteral("RFC 4954 s.6"));
    }
    inTransaction = true;
    sender = command.path;
    smtpUtf8 = command.hasParameter(u"SMTPUTF8");
    const QString who = command.path.isNull ? QStringLiteral("the null sender <> (used for bounces)")
                                            : command.path.toString();
    return makeResponse(250, { 2, 1, 0 }, QStringLiteral("Ok"),
        QStringLiteral("The transaction has begun with sender %1. Next come the recipients "
                       "with RCPT TO.")
            .arg(who),
        QStringLiteral("RFC 5321 s.4.1.1.2"));
}

ServerResponse ServerEngine::State::onRcpt(const Command &command)
{
    if (!inTransaction) {
        return makeResponse(503, { 5, 5, 1 }, QStringLiteral("Error: need MAIL command"),
            QStringLiteral("RCPT TO needs an open transaction: send MAIL FROM:<sender> first."), rfcOrder);
    }
    if (command.syntaxError)
        return { command.syntaxError->reply, command.syntaxError->explanation,
            command.syntaxError->rfcSection };
    if (command.path.isNull) {
        return makeResponse(501, { 5, 1, 3 }, QStringLiteral("Bad recipient address syntax"),
            QStringLiteral("The null path <> may only be a sender (for bounces), never a recipient."),
            QStringLiteral("RFC 5321 s.4.1.1.3"));
    }
    if (recipients.size() >= MaxRecipients) {
        return makeResponse(452, { 4, 5, 3 }, QStringLiteral("Error: too many recipients"),
            QStringLiteral("This transaction has reached the recipient limit. Send the message, "
                           "then the rest in another transaction."),
            QStringLiteral("RFC 5321 s.4.5.3.1.8"));
    }
    RecipientPolicy::Context context { !user.isEmpty(), clientAddress.isEmpty() ? clientName : clientAddress,
        sender };
    if (auto rejection = policy.checkRcpt(command.path, context, shared.get()))
        return *rejection;
    recipients.append(command.path);
    QString explanation = QStringLiteral("%1 is accepted (%2 recipient%3 so far).")
                              .arg(command.path.toString())
                              .arg(recipients.size())
                              .arg(recipients.size() == 1 ? QString() : QStringLiteral("s"));
    explanation += policy.isLocal(command.path)
        ? QStringLiteral(" It is a local mailbox.")
        : QStringLiteral(" It is a remote address: you are logged in, so the server will relay it.");
    explanation += QStringLiteral(" Add more with RCPT TO, or send DATA.");
    return makeResponse(
        250, { 2, 1, 5 }, QStringLiteral("Ok"), explanation, QStringLiteral("RFC 5321 s.4.1.1.3"));
}

ServerResponse ServerEngine::State::onData(const Command &command)
{
    if (recipients.isEmpty()) {
        if (!inTransaction)
            return makeResponse(503, { 5, 5, 1 }, QStringLiteral("Error: need RCPT command"),
                QStringLiteral("DATA comes after MAIL FROM and at least one accepted RCPT TO."), rfcOrder);
        return makeResponse(554, { 5, 5, 1 }, QStringLiteral("Error: no valid recipients"),
            QStringLiteral("No RCPT TO was accepted in this transaction, so there is nobody to "
                           "deliver to. Add a recipient the server accepts first."),
            QStringLiteral("RFC 5321 s.3.3"));
    }
    if (!command.argument.trimmed().isEmpty()) {
        return makeResponse(501, { 5, 5, 4 }, QStringLiteral("Syntax: DATA"),
            QStringLiteral("DATA takes no argument; the message follows on the next lines."),
            QStringLiteral("RFC 5321 s.4.1.1.4"));
    }
    data.emplace(scenario.maxMessageSize);
    return respondPlain(354, QStringLiteral("End data with <CR><LF>.<CR><LF>"),
        QStringLiteral("Send the message now: headers (From:, To:, Subject:), an empty line, the "
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
        return makeResponse(552, { 5, 3, 4 }, QStringLiteral("Error: message file too big"),
            QStringLiteral("The message has %1 bytes, more than this server's limit of %2. Nothing "
                           "was delivered; the transaction is over.")
                .arg(size)
                .arg(scenario.maxMessageSize),
            QStringLiteral("RFC 5321 s.4.5.3.1.10, RFC 1870 s.6"));
    }
    for (const MailPath &recipient : std::as_const(recipients)) {
        const auto quota = policy.quotaLeft(recipient);
        if (quota && finished.size() > *quota) {
            // Build the reply before resetTransaction(): it clears the list `recipient` lives in.
            ServerResponse full
                = makeResponse(552, { 5, 2, 2 }, QStringLiteral("%1: Mailbox full").arg(recipient.toString()),
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
    return makeResponse(250, { 2, 0, 0 }, QStringLiteral("Ok: queued as %1").arg(queueId),
        QStringLiteral("The server has taken responsibility for the message (%1 bytes, %2 "
                       "recipient%3) under queue id %4. You may send another MAIL FROM, or QUIT.")
            .arg(size)
            .arg(count)
            .arg(count == 1 ? QString() : QStringLiteral("s"), queueId),
        QStringLiteral("RFC 5321 s.4.1.1.4, RFC 5321 s.6.1"));
}

QString ServerEngine::State::newQueueId()
{
    // Postfix's short queue ids are hex; this one is deterministic so tests can repeat it.
    const quint64 n = quint64(shared->nextQueueId++);
    const quint64 mixed = (0x3A5F1C2B7ull + n * 0x9E3779B1ull) & 0xFFFFFFFFFFull;
    return QStringLiteral("%1").arg(mixed, 10, 16, QLatin1Char('0')).toUpper();
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

bool ServerEngine::isTlsRequested() const
{
    return d->tlsRequested;
}

void ServerEngine::tlsStarted()
{
    // RFC 3207 s.4.2: after the handshake the server discards everything it knew from the
    // client (EHLO, transaction); the client must send EHLO again.
    d->tlsRequested = false;
    d->tls = true;
    d->identified = false;
    d->esmtp = false;
    d->clientName.clear();
    d->resetTransaction();
}

void ServerEngine::setTlsFromStart()
{
    d->tls = true;
}

void ServerEngine::setClientAddress(const QString &address)
{
    d->clientAddress = address;
}

SessionPhase ServerEngine::phase() const
{
    if (d->closed)
        return SessionPhase::Closed;
    if (!d->connected)
        return SessionPhase::NotConnected;
    if (d->data)
        return SessionPhase::InData;
    if (d->auth.isActive())
        return SessionPhase::AuthExchange;
    if (!d->recipients.isEmpty())
        return SessionPhase::HaveRecipients;
    if (d->inTransaction)
        return SessionPhase::InTransaction;
    if (d->identified)
        return SessionPhase::Identified;
    return SessionPhase::Greeted;
}

bool ServerEngine::isClosed() const
{
    return d->closed;
}
bool ServerEngine::isInData() const
{
    return d->data.has_value();
}
bool ServerEngine::isAwaitingAuthResponse() const
{
    return d->auth.isActive();
}
bool ServerEngine::isTlsActive() const
{
    return d->tls;
}
bool ServerEngine::isAuthenticated() const
{
    return !d->user.isEmpty();
}
QString ServerEngine::authenticatedUser() const
{
    return d->user;
}
QString ServerEngine::clientName() const
{
    return d->clientName;
}
MailPath ServerEngine::sender() const
{
    return d->sender;
}
QList<MailPath> ServerEngine::recipients() const
{
    return d->recipients;
}
const Scenario &ServerEngine::scenario() const
{
    return d->scenario;
}
const SharedServerState &ServerEngine::sharedState() const
{
    return *d->shared;
}

} // namespace SmtpTutor
