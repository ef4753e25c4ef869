#pragma once

#include "protocol/command.h"
#include "protocol/reply.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

namespace SmtpTutor {

// The words every server-side class shares: where a session stands, what the transport can
// report, a reply with its reason, and what a server keeps between sessions.
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

} // namespace SmtpTutor
