// ServerEngine's answers to what only the transport notices (an over-long line, a client too slow,
// one connection too many, the server stopping, memory running out). The practice server asks
// for them instead of writing replies of its own, so the same fault gets the same reply in the
// simulator and over the network. The persona words them.
#include "serverenginestate.h"

#include "protocol/commandparser.h"

namespace SmtpTutor {

ServerResponse ServerEngine::State::lineTooLong(qsizetype octets) const
{
    // Postfix reads command lines of up to line_length_limit (2048) octets and ignores the rest;
    // the tutor refuses anything over RFC 5321's limit, a difference README names.
    // `octets` is 0 when the transport dropped the line without counting all of it.
    const QString size
        = octets > 0 ? Persona::tr("this one has %1").arg(octets) : Persona::tr("this one was far longer");
    return { persona().reply(SyntaxFault { SyntaxFaultKind::LineTooLong, {}, {}, {} }),
        Persona::tr("A command line may be at most %1 octets including CRLF; %2. The server "
                    "ignores it and waits for the next command.")
            .arg(CommandParser::MaxCommandLineLength)
            .arg(size),
        QStringLiteral("RFC 5321 s.4.5.3.1.4") };
}

QList<ServerResponse> ServerEngine::transportFault(TransportFault fault)
{
    if (d->closed())
        return {};
    // A connection refused for being one too many gets no greeting: the refusal is its only reply.
    if (!d->connected() && fault != TransportFault::TooManyConnections)
        return {};
    if (!d->connected())
        d->stage = State::Stage::Greeted;
    return { d->transportFault(fault) };
}

ServerResponse ServerEngine::State::transportFault(TransportFault fault)
{
    switch (fault) {
    case TransportFault::LineTooLong:
        // Inside an AUTH exchange the line is a SASL answer, which has its own, larger limit.
        if (auth.isActive())
            return auth.respondTooLong().response;
        return lineTooLong(0);
    case TransportFault::IdleTimeout:
        resetTransaction();
        close();
        return say(Situation::IdleTimeout, { scenario.hostname },
            Persona::tr("The client took too long to send a complete line, so the server gives up "
                        "on it and closes the connection. Nothing unfinished was accepted."),
            QStringLiteral("RFC 5321 s.4.5.3.2"));
    case TransportFault::TooManyConnections:
        close();
        return say(Situation::TooManyConnections,
            { scenario.hostname, clientAddress.isEmpty() ? QStringLiteral("127.0.0.1") : clientAddress },
            Persona::tr("The server already has as many sessions open as it takes, so it refuses "
                        "this one at once. A 4xx is temporary: try again later."),
            QStringLiteral("RFC 5321 s.3.1"));
    case TransportFault::ServerStopping:
        return shutdown();
    case TransportFault::OutOfMemory:
        resetTransaction();
        close();
        return say(Situation::OutOfStorage, { scenario.hostname },
            Persona::tr("The server has no room left for mail; the message is dropped and the "
                        "session closed. A 4xx is temporary: try again later."),
            QStringLiteral("RFC 3463 s.3.4"));
    }
    return lineTooLong(0);
}

} // namespace SmtpTutor
