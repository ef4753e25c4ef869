#include "serverengine.h"

#include "protocol/commandparser.h"
#include "serverenginestate.h"
#include "serverreply.h"

#include <QHostAddress>

namespace SmtpTutor {


ServerEngine::ServerEngine(Scenario scenario, std::shared_ptr<SharedServerState> shared)
    : d(std::make_unique<State>(std::move(scenario), std::move(shared)))
{
}

ServerEngine::~ServerEngine() = default;
ServerEngine::ServerEngine(ServerEngine &&) noexcept = default;
ServerEngine &ServerEngine::operator=(ServerEngine &&) noexcept = default;

QList<ServerResponse> ServerEngine::connect()
{
    if (d->connected())
        return {};
    d->stage = State::Stage::Greeted;
    if (const auto &greeting = d->faults.greeting) {
        const QString explanation = !greeting->explanation.isEmpty()
            ? greeting->explanation
            : (greeting->code == 421
                    ? Persona::tr("The server cannot take mail now and closes the connection. "
                                  "Try again later.")
                    : Persona::tr("The server refuses to talk to this client. Only QUIT is "
                                  "accepted now."));
        d->stage = greeting->code == 421 ? State::Stage::Closed : State::Stage::Refused;
        const QString text = d->scenario.hostname + u' ' + greeting->text;
        const Reply reply = d->persona().usesEnhancedStatusCodes() ? Reply(greeting->code, greeting->status, text)
                                                                   : Reply(greeting->code, QStringList { text });
        return { ServerResponse { reply, explanation, QStringLiteral("RFC 5321 s.3.1") } };
    }
    QString explanation = Persona::tr("The server is ready. 220 is the greeting; the client speaks next, "
                                      "normally with EHLO.");
    if (d->tls)
        explanation += Persona::tr(" This port uses TLS from the first byte (implicit TLS), so everything "
                                   "here is already encrypted.");
    const QString rfc
        = d->tls ? QStringLiteral("RFC 5321 s.4.3.1, RFC 8314 s.3") : QStringLiteral("RFC 5321 s.4.3.1");
    if (!d->scenario.greeting.isEmpty())
        return { respondPlain(220, d->scenario.greeting, explanation, rfc) };
    return { d->say(Situation::Greeting, { d->scenario.hostname }, explanation, rfc) };
}

QList<ServerResponse> ServerEngine::receiveLine(QByteArrayView line)
{
    if (!d->connected() || d->closed())
        return {};
    // RFC 3207 s.4.2 (and CVE-2011-0411): after 220 to STARTTLS nothing sent in clear may be
    // acted upon; lines that arrive before the handshake are dropped.
    if (d->stage == State::Stage::AwaitingTlsHandshake)
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
    if (stage == Stage::Refused)
        return { onLineAfterRefusal(line) };

    const Command command = CommandParser::parse(line, inTransaction() && smtpUtf8);
    if (faults.shutdownAt && command.verb == *faults.shutdownAt)
        return { shutdown() };

    // HELP is the tutor's own aid and always answers (Postfix itself does not implement HELP).
    if (command.verb == Verb::Help)
        return { onHelp() };
    // ETRN (RFC 1985) is not one of the parser's verbs; Postfix implements it.
    const bool etrn = command.verb == Verb::Unknown
        && command.verbText.compare(QLatin1String("ETRN"), Qt::CaseInsensitive) == 0;
    // Lines refused before the session state is looked at: empty, not UTF-8, too long, unknown verb.
    if (command.fault && command.fault->isLineLevel() && !etrn)
        return { onLineFault(command) };
    if (needsTlsFirst(command.verb, etrn)) {
        return { say(Situation::TlsRequired,
            Persona::tr("This port requires encryption before anything else: send STARTTLS, then "
                        "EHLO again. Only EHLO, HELO, STARTTLS, NOOP and QUIT work before that."),
            QStringLiteral("RFC 3207 s.4")) };
    }
    if (etrn)
        return { onEtrn(command.argument.trimmed()) };
    return { onCommand(command) };
}

// RFC 5321 s.3.1: after a 554 greeting the server waits for QUIT and answers 503 to the rest.
ServerResponse ServerEngine::State::onLineAfterRefusal(QByteArrayView line)
{
    if (line.trimmed().toByteArray().toUpper() == "QUIT") {
        close();
        return say(Situation::Goodbye, { scenario.hostname }, Persona::tr("The server closes the connection."),
            QStringLiteral("RFC 5321 s.4.1.1.10"));
    }
    return say(Situation::RefusedSessionOnlyQuit,
        Persona::tr("The greeting was a refusal (554), so every command but QUIT is out of "
                    "sequence."),
        QStringLiteral("RFC 5321 s.3.1"));
}

// RFC 3207 s.4: a server that requires TLS answers 530 to everything but EHLO, HELO, STARTTLS,
// NOOP and QUIT (and the commands it does not know at all, which get their own reply).
bool ServerEngine::State::needsTlsFirst(Verb verb, bool etrn) const
{
    if (!scenario.requiresTls || tls)
        return false;
    switch (verb) {
    case Verb::Helo:
    case Verb::Ehlo:
    case Verb::StartTls:
    case Verb::Noop:
    case Verb::Quit:
    case Verb::Expn:
        return false;
    case Verb::Unknown:
        return etrn;
    default:
        return true;
    }
}

ServerResponse ServerEngine::State::onCommand(const Command &command)
{
    switch (command.verb) {
    case Verb::Helo:
        return onHelo(command, false);
    case Verb::Ehlo:
        return onHelo(command, true);
    case Verb::Mail:
        return onMail(command);
    case Verb::Rcpt:
        return onRcpt(command);
    case Verb::Data:
        return onData(command);
    case Verb::Rset:
        return onRset(command);
    case Verb::Noop:
        // RFC 5321 s.4.1.1.9: NOOP may carry a string, which is ignored.
        return say(Situation::NoopOk, Persona::tr("NOOP does nothing; the server only shows it is still there."),
            QStringLiteral("RFC 5321 s.4.1.1.9"));
    case Verb::Quit:
        close();
        return say(Situation::Goodbye, { scenario.hostname },
            Persona::tr("The server says goodbye and closes the connection. Mail already "
                        "answered with 250 is safe; an unfinished transaction is dropped."),
            QStringLiteral("RFC 5321 s.4.1.1.10"));
    case Verb::Vrfy:
        return onVrfy(command);
    case Verb::StartTls:
        return onStartTls(command);
    case Verb::Auth:
        return onAuth(command);
    case Verb::Help:
    case Verb::Expn:
    case Verb::Unknown:
        break;
    }
    return say(Situation::CommandNotRecognized, Persona::tr("This server does not implement that command."),
        QStringLiteral("RFC 5321 s.4.2.4"));
}

// A line refused before the session state is looked at. The persona words the reply and decides
// whether to hang up (Postfix does for a header or an HTTP request, to protect itself).
ServerResponse ServerEngine::State::onLineFault(const Command &command)
{
    const SyntaxFault &fault = *command.fault;
    if (fault.kind == SyntaxFaultKind::LineTooLong)
        return lineTooLong(fault.subject.toLongLong());
    ServerResponse response = sayFault(fault);
    if (command.verbText.compare(QLatin1String("BDAT"), Qt::CaseInsensitive) == 0)
        response.explanation = Persona::tr("BDAT belongs to CHUNKING (RFC 3030), which this simulated "
                                           "server does not offer; use DATA.");
    if (persona().hangsUpAfter(fault)) {
        close();
        response.explanation += Persona::tr(" %1 ends the session: servers hang up on such clients to "
                                            "protect themselves.")
                                    .arg(persona().displayName());
    } else if (fault.kind == SyntaxFaultKind::UnknownCommand || fault.kind == SyntaxFaultKind::ForbiddenCommand
        || fault.kind == SyntaxFaultKind::NotImplemented) {
        response.explanation += Persona::tr(" Type HELP for the list of commands.");
    }
    return response;
}

ServerResponse ServerEngine::State::shutdown()
{
    resetTransaction();
    close();
    return say(Situation::ShuttingDown, { scenario.hostname },
        Persona::tr("The server is going down (maintenance or overload) and closes the "
                    "connection. Nothing was accepted in this transaction; a sending server "
                    "will try again later."),
        QStringLiteral("RFC 5321 s.3.8"));
}

QString ServerEngine::State::clientDescription() const
{
    // Postfix names a client "name[address]", the name from reverse DNS ("unknown" without one);
    // 127.0.0.1 is "localhost". The simulator's console has no address: it stands for a client
    // on this machine.
    if (clientAddress.isEmpty())
        return QStringLiteral("localhost[127.0.0.1]");
    const QHostAddress address(clientAddress);
    return QStringLiteral("%1[%2]").arg(
        address.isLoopback() ? QStringLiteral("localhost") : QStringLiteral("unknown"), clientAddress);
}

bool ServerEngine::isTlsRequested() const
{
    return d->stage == State::Stage::AwaitingTlsHandshake;
}

void ServerEngine::tlsStarted()
{
    // RFC 3207 s.4.2: after the handshake the server discards everything it knew from the
    // client (EHLO, transaction); the client must send EHLO again.
    if (d->stage != State::Stage::AwaitingTlsHandshake)
        return;
    d->resetTransaction();
    d->stage = State::Stage::Greeted;
    d->tls = true;
    d->esmtp = false;
    d->clientName.clear();
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
    if (d->closed())
        return SessionPhase::Closed;
    if (!d->connected())
        return SessionPhase::NotConnected;
    if (d->data)
        return SessionPhase::InData;
    if (d->auth.isActive())
        return SessionPhase::AuthExchange;
    if (!d->recipients.isEmpty())
        return SessionPhase::HaveRecipients;
    if (d->inTransaction())
        return SessionPhase::InTransaction;
    if (d->identified())
        return SessionPhase::Identified;
    return SessionPhase::Greeted;
}

bool ServerEngine::isClosed() const
{
    return d->closed();
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
