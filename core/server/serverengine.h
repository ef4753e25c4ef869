#pragma once

#include "protocol/command.h"
#include "protocol/reply.h"
#include "scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace SmtpTutor {

Q_NAMESPACE

// Where an SMTP session stands (RFC 5321 s.4.1.4 orders the commands).
enum class SessionPhase {
    NotConnected,  // before connect()
    Greeted,       // 220 sent, waiting for EHLO/HELO
    Identified,    // after EHLO/HELO: MAIL may come
    InTransaction, // after MAIL FROM
    HaveRecipients,// at least one RCPT TO accepted
    InData,        // after 354: message lines until "."
    AuthExchange,  // inside an AUTH dialogue (334 sent)
    Closed,        // after QUIT or a 421 (a 554 greeting waits for QUIT, RFC 5321 s.3.1)
};
Q_ENUM_NS(SessionPhase)

// What only the transport can notice: it holds the bytes and the clock, the engine does not.
// The transport reports the fault and sends what the engine answers, so the simulator and the
// practice server say the same words for the same fault (one source for every reply text).
enum class TransportFault {
    LineTooLong, // a line longer than the transport holds; it was dropped unread
    IdleTimeout, // no complete line in time (Postfix: smtpd_timeout)
    TooManyConnections, // one session more than the server takes (Postfix: anvil limits)
    ServerStopping, // the server is being stopped
    OutOfMemory, // no room left for the message in DATA
};
Q_ENUM_NS(TransportFault)

// A reply and why it came: the rule followed and where it is written.
struct ServerResponse
{
    Reply reply;
    QString explanation; // plain words: "RCPT TO needs a MAIL FROM first"
    QString rfcSection;  // "RFC 5321 s.4.1.4"
};

struct ReceivedMessage
{
    MailPath sender;
    QList<MailPath> recipients;
    QByteArray raw; // after dot-unstuffing, CRLF line ends, without the final "."
    QString queueId;
    QDateTime receivedAt;
    bool overTls = false;
    QString authenticatedUser;
};

// State kept across sessions of one simulated server (greylisting remembers first attempts;
// the practice server shares one between connections).
struct SharedServerState
{
    QSet<QString> greylistSeen; // "client|sender|recipient" triplets
    QList<ReceivedMessage> received;
    int nextQueueId = 1;
};

// A pure RFC 5321 server state machine: lines in, replies out. No I/O and no timers, so the
// console, the lesson, the practice server and the tests all drive the very same logic.
// It answers as Postfix 3.7 does with smtpd_helo_required=yes and strict_rfc821_envelopes=yes
// (same code and enhanced code; the text is ours).
class ServerEngine
{
public:
    explicit ServerEngine(Scenario scenario, std::shared_ptr<SharedServerState> shared = {});

    // The greeting (220, or the scenario's 421/554). Call once when the client connects.
    QList<ServerResponse> connect();
    // One line from the client without its CRLF: a command, an AUTH response, or a DATA line.
    QList<ServerResponse> receiveLine(QByteArrayView line);

    // The reply to a fault the transport found, in this server's words. Every fault but
    // LineTooLong ends the session (isClosed() afterwards).
    QList<ServerResponse> transportFault(TransportFault fault);

    // After a 220 to STARTTLS the transport must start TLS and then call tlsStarted();
    // the session is reset to Greeted and a new EHLO is required (RFC 3207 s.4.2).
    bool isTlsRequested() const;
    void tlsStarted();
    // For an implicit-TLS listener: the session is encrypted from the first byte (RFC 8314).
    void setTlsFromStart();
    // The client's network address, when the transport knows it (greylisting keys on it;
    // without it the HELO name is used).
    void setClientAddress(const QString &address);

    SessionPhase phase() const;
    bool isClosed() const;
    bool isInData() const;
    bool isAwaitingAuthResponse() const; // the next line is an AUTH payload: mask it in transcripts
    bool isTlsActive() const;
    bool isAuthenticated() const;
    QString authenticatedUser() const;
    QString clientName() const; // from HELO/EHLO
    MailPath sender() const;
    QList<MailPath> recipients() const;
    const Scenario &scenario() const;
    const SharedServerState &sharedState() const;

private:
    struct State;
    std::unique_ptr<State> d; // plain ownership, not a d-pointer for ABI reasons
public:
    ~ServerEngine();
    ServerEngine(ServerEngine &&) noexcept;
    ServerEngine &operator=(ServerEngine &&) noexcept;
};

} // namespace SmtpTutor
