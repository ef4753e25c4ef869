#pragma once

#include "lineframer.h"
#include "practicelimits.h"
#include "responderfactory.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>

class QSslSocket;

namespace SmtpTutor {

class MemoryBudget;
class Transcript;

// One client of the practice server: the socket, a bounded line buffer in front of its own
// responder (a ServerEngine or a replay), the per-line deadline and the session's transcript.
// Everything runs on the event loop. After the session ends the object stays (without socket
// or responder) so its transcript can still be read; the server decides when to forget it.
class PracticeConnection : public QObject
{
    Q_OBJECT
public:
    PracticeConnection(int id, QSslSocket *socket, std::unique_ptr<SmtpResponder> responder,
        const PracticeLimits &limits, MemoryBudget *budget, std::optional<QSslConfiguration> tlsConfiguration,
        bool implicitTls, QObject *parent = nullptr);
    ~PracticeConnection() override;

    // Sends the greeting and starts reading. For an implicit-TLS listener the socket is
    // already encrypted.
    void start();
    // Refuses the client at once because the server has too many sessions (the responder words
    // the 421) and closes; `why` goes into the transcript.
    void refuse(const QString &why);
    // Ends the session from the server side (the server is stopping): 421, then close.
    void shutDown();

    int id() const { return m_id; }
    QHostAddress peerAddress() const { return m_peerAddress; }
    quint16 peerPort() const { return m_peerPort; }
    quint16 localPort() const { return m_localPort; }
    bool isImplicitTlsListener() const { return m_implicitTls; }
    bool isOpen() const { return m_stage != Stage::Finished; }
    SessionPhase phase() const { return m_phase; }
    bool isTlsActive() const { return m_tlsActive; }
    QString tlsDescription() const { return m_tlsDescription; }
    QString authenticatedUser() const { return m_authenticatedUser; }
    QDateTime openedAt() const { return m_openedAt; }
    QDateTime closedAt() const { return m_closedAt; }
    QString closeReason() const { return m_closeReason; }
    // Why the TLS handshake failed (a TLS alert from the client, say); empty when it did not
    // fail or the client just hung up during it.
    QString tlsHandshakeError() const { return m_tlsHandshakeError; }
    int messagesAccepted() const { return m_messagesAccepted; }
    Transcript *transcript() const { return m_transcript; }
    bool wasTimedOut() const { return m_timedOut; }

Q_SIGNALS:
    void phaseChanged(SmtpTutor::SessionPhase phase);
    // The responder left DATA mode: a message may have been stored in the shared state.
    void messageFinished();
    void finished();

private:
    // Where the session stands. One value instead of a set of flags (handshaking, paused,
    // closing, finished), so that combinations such as "finished and handshaking" or "closing
    // and paused" cannot be represented. Every change goes through enter().
    enum class Stage {
        NotStarted, // made; start() or refuse() comes next
        Talking, // reading commands and message lines, writing replies
        ReadingPaused, // the client does not read its replies: reading waits for bytesWritten
        TlsHandshake, // after the 220 to STARTTLS (RFC 3207 s.4): nothing is read until it ends
        Closing, // no more input is read; waiting for the last replies to leave
        Finished, // terminal: no socket, no responder; the transcript stays readable
    };
    // The one transition function: moves to `next` if the session may go there from where it
    // is, else changes nothing and returns false (a second close, anything after Finished).
    bool enter(Stage next);
    static bool isAllowed(Stage from, Stage to);
    bool isReading() const { return m_stage == Stage::Talking || m_stage == Stage::ReadingPaused; }

    void onReadyRead();
    void process();
    void handleLine(const QByteArray &line, bool piece);
    void handleTooLong();
    // Reports a fault only the transport sees and sends the responder's answer.
    void sendFault(TransportFault fault);
    void sendResponses(const QList<ServerResponse> &responses);
    void sendReply(const Reply &reply, const QString &explanation, const QString &rfcSection);
    void recordClientLine(const QByteArray &line, bool wasInData, bool awaitingAuth);
    void beginTls();
    void onEncrypted();
    void onDeadline();
    void onSocketError();
    void closeGracefully(const QString &reason);
    void finish(const QString &reason);
    void releaseMessageBytes();
    void updatePhase();
    void restartDeadline();
    bool transcriptHasRoom();

    int m_id;
    QPointer<QSslSocket> m_socket;
    std::unique_ptr<SmtpResponder> m_responder;
    PracticeLimits m_limits;
    MemoryBudget *m_budget;
    std::optional<QSslConfiguration> m_tlsConfiguration;
    bool m_implicitTls;
    LineFramer m_framer;
    Transcript *m_transcript;
    QTimer m_deadline;

    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    quint16 m_localPort = 0;
    SessionPhase m_phase = SessionPhase::NotConnected;
    bool m_tlsActive = false; // orthogonal to the stage: TLS from the first byte or after STARTTLS
    QString m_tlsDescription;
    QString m_authenticatedUser;
    QDateTime m_openedAt;
    QDateTime m_closedAt;
    QString m_closeReason;
    QString m_tlsHandshakeError;
    int m_messagesAccepted = 0;

    Stage m_stage = Stage::NotStarted;

    // Orthogonal to the stage:
    // - a re-entrancy guard: process() is running further up the stack (a signal emitted while
    //   it handles a line must not start a second read loop);
    bool m_processing = false;
    // - an outcome kept for the statistics: the session was ended by the per-line deadline;
    bool m_timedOut = false;
    // - message framing in DATA: the next message line is the rest of a line that was cut;
    bool m_continuation = false;
    int m_messageLines = 0; // message lines of the current DATA, for the transcript cap
    qint64 m_messageBytes = 0; // bytes of the message in DATA that the budget holds for us
    // - the transcript cap: the "transcript is full" note was written, later lines are not kept.
    bool m_transcriptFull = false;
};

} // namespace SmtpTutor
