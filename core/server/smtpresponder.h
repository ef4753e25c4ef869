#pragma once

#include "protocol/command.h"
#include "scenario.h"
#include "sessiontypes.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace SmtpTutor {

// Whatever answers one SMTP connection: the simulated server (ServerEngine) or a recorded real
// server played back (ReplayEngine). Lines go in, replies come out; there is no I/O here. The
// console, the lesson, the practice server and the CLI drive any responder the same way, so a
// recording can be replayed wherever a scenario can be played.
class SmtpResponder
{
public:
    virtual ~SmtpResponder() = default;

    // The greeting (220, or the scenario's 421/554). Call once when the client connects.
    virtual QList<ServerResponse> connect() = 0;
    // One line from the client without its CRLF: a command, an AUTH response, or a DATA line.
    virtual QList<ServerResponse> receiveLine(QByteArrayView line) = 0;
    // The reply to a fault only the transport can see (it holds the bytes and the clock).
    virtual QList<ServerResponse> transportFault(TransportFault fault) = 0;

    // After a 220 to STARTTLS the transport starts TLS and then calls tlsStarted(); the
    // session is reset and a new EHLO is required (RFC 3207 s.4.2).
    virtual bool isTlsRequested() const = 0;
    // Written in clear text after the 220 to STARTTLS, before the handshake. Only an exam that
    // plays an attacker on the path (starttls-injection) has anything here; a correct client
    // must throw it away unread (RFC 3207 s.4.2).
    virtual std::optional<ServerResponse> injectedBeforeTls() const { return std::nullopt; }
    virtual void tlsStarted() = 0;
    // For an implicit-TLS listener: encrypted from the first byte (RFC 8314 s.3).
    virtual void setTlsFromStart() = 0;
    // The client's network address, when the transport knows it.
    virtual void setClientAddress(const QString &address) = 0;

    virtual SessionPhase phase() const = 0;
    virtual bool isClosed() const = 0;
    virtual bool isInData() const = 0;
    // The next line is an AUTH payload: a transcript must mask it.
    virtual bool isAwaitingAuthResponse() const = 0;
    virtual bool isTlsActive() const = 0;
    virtual bool isAuthenticated() const = 0;
    virtual QString authenticatedUser() const = 0;
    virtual QString clientName() const = 0; // from HELO/EHLO
    virtual MailPath sender() const = 0;
    virtual QList<MailPath> recipients() const = 0;
    // What the responder plays (for a replay: what could be read from the recording).
    virtual const Scenario &scenario() const = 0;
    virtual const SharedServerState &sharedState() const = 0;

    QString hostname() const { return scenario().hostname; }
    qint64 maxMessageSize() const { return scenario().maxMessageSize; }

protected:
    SmtpResponder() = default;
    SmtpResponder(const SmtpResponder &) = default;
    SmtpResponder(SmtpResponder &&) = default;
    SmtpResponder &operator=(const SmtpResponder &) = default;
    SmtpResponder &operator=(SmtpResponder &&) = default;
};

} // namespace SmtpTutor
