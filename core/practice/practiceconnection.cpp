#include "practiceconnection.h"

#include "memorybudget.h"
#include "session/transcript.h"

#include <QSslCipher>
#include <QSslSocket>

namespace SmtpTutor {

namespace {

constexpr qint64 ReadChunk = 16 * 1024;
// How long a closing session may take to hand its last replies to a client that does not read.
constexpr int CloseGraceMs = 5000;

bool startsWithAuth(const QByteArray &line)
{
    return line.size() >= 4 && line.first(4).compare("AUTH", Qt::CaseInsensitive) == 0
        && (line.size() == 4 || line.at(4) == ' ');
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

PracticeConnection::PracticeConnection(int id, QSslSocket *socket, std::unique_ptr<SmtpResponder> responder,
    const PracticeLimits &limits, MemoryBudget *budget, std::optional<QSslConfiguration> tlsConfiguration,
    bool implicitTls, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_responder(std::move(responder))
    , m_limits(limits)
    , m_budget(budget)
    , m_tlsConfiguration(std::move(tlsConfiguration))
    , m_implicitTls(implicitTls)
    , m_transcript(new Transcript(this))
{
    socket->setParent(this);
    // Qt must not read ahead without bound while this session waits for its replies to leave.
    socket->setReadBufferSize(64 * 1024);
    // Replies are small and each waits for the client's next command: Nagle's algorithm would
    // hold one back until the previous one is acknowledged (up to 40 ms with delayed ACKs).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peerAddress = socket->peerAddress();
    m_peerPort = socket->peerPort();
    m_localPort = socket->localPort();
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &PracticeConnection::onDeadline);
    connect(socket, &QIODevice::readyRead, this, &PracticeConnection::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, [this] {
        if (m_stage == Stage::ReadingPaused && m_socket
            && m_socket->bytesToWrite() <= m_limits.maxWriteBacklog / 2 && enter(Stage::Talking))
            process();
    });
    connect(socket, &QSslSocket::encrypted, this, &PracticeConnection::onEncrypted);
    connect(socket, &QAbstractSocket::disconnected, this, [this] {
        finish(
            m_stage == Stage::Closing ? m_closeReason : tr("the client closed the connection"));
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, &PracticeConnection::onSocketError);
}

PracticeConnection::~PracticeConnection()
{
    if (m_budget)
        m_budget->release(m_messageBytes);
}

void PracticeConnection::start()
{
    if (m_stage != Stage::NotStarted || !enter(Stage::Talking))
        return;
    m_openedAt = QDateTime::currentDateTime();
    m_responder->setClientAddress(m_peerAddress.toString());
    m_transcript->addInfo(tr("Connection from %1 port %2 to port %3")
                              .arg(m_peerAddress.toString())
                              .arg(m_peerPort)
                              .arg(m_localPort));
    if (m_implicitTls) {
        // RFC 8314 s.3: on this port TLS came first, before the greeting.
        m_tlsActive = true;
        m_tlsDescription = QStringLiteral("%1, %2").arg(
            protocolName(m_socket->sessionProtocol()), m_socket->sessionCipher().name());
        m_transcript->addInfo(tr("Implicit TLS: %1").arg(m_tlsDescription), true);
        m_responder->setTlsFromStart();
    }
    sendResponses(m_responder->connect());
    updatePhase();
    if (m_responder->isClosed()) {
        closeGracefully(tr("the scenario refuses every session"));
        return;
    }
    restartDeadline();
    process();
}

void PracticeConnection::refuse(const QString &why)
{
    m_openedAt = QDateTime::currentDateTime();
    m_responder->setClientAddress(m_peerAddress.toString());
    m_transcript->addInfo(tr("Connection from %1 port %2 to port %3")
                              .arg(m_peerAddress.toString())
                              .arg(m_peerPort)
                              .arg(m_localPort));
    m_transcript->addInfo(tr("Refused: %1").arg(why));
    sendFault(TransportFault::TooManyConnections);
    closeGracefully(why);
}

void PracticeConnection::shutDown()
{
    const QString reason = tr("the practice server stopped");
    switch (m_stage) {
    case Stage::Closing:
    case Stage::Finished:
        return;
    case Stage::TlsHandshake:
        finish(reason); // no reply can be sent in the middle of a handshake
        return;
    case Stage::NotStarted:
    case Stage::Talking:
    case Stage::ReadingPaused:
        // RFC 5321 s.3.8: a server that must stop sends 421 and closes.
        sendFault(TransportFault::ServerStopping);
        closeGracefully(reason);
        return;
    }
}

void PracticeConnection::onReadyRead()
{
    if (m_stage == Stage::Closing || m_stage == Stage::Finished) {
        // Nothing more is read from a session that is closing; drop what arrives.
        if (m_socket)
            m_socket->readAll();
        return;
    }
    process();
}

void PracticeConnection::process()
{
    if (m_processing || !isReading() || !m_socket || !m_responder)
        return;
    m_processing = true;
    for (;;) {
        if (m_socket->bytesToWrite() > m_limits.maxWriteBacklog) {
            // The client is not reading its replies; wait for bytesWritten before reading more.
            enter(Stage::ReadingPaused);
            break;
        }
        enter(Stage::Talking); // the backlog went down far enough on its own
        const bool inData = m_responder->isInData();
        // Lines are framed with the longest limit that may apply (AUTH, RFC 4954 s.4); the
        // shorter limit for other commands is checked once the line is whole.
        const qsizetype limit = inData ? m_limits.maxDataLineLength : m_limits.maxAuthLineLength - 2;
        QByteArray line;
        const LineFramer::Result result = m_framer.takeLine(
            limit, &line, inData ? LineFramer::Overflow::Split : LineFramer::Overflow::Drop);
        if (result == LineFramer::Result::NeedMore) {
            if (m_socket->bytesAvailable() <= 0)
                break;
            m_framer.append(m_socket->read(ReadChunk));
            continue;
        }
        if (result == LineFramer::Result::TooLong)
            handleTooLong();
        else
            handleLine(line, result == LineFramer::Result::Piece);
        if (!isReading())
            break;
    }
    m_processing = false;
}

void PracticeConnection::handleLine(const QByteArray &line, bool piece)
{
    restartDeadline(); // a whole record arrived (smtpd_per_record_deadline)
    const bool wasInData = m_responder->isInData();
    const bool awaitingAuth = m_responder->isAwaitingAuthResponse();

    if (wasInData) {
        // The engine keeps the message up to its size limit and then only counts it
        // (RFC 1870 s.6), so that is all the budget needs to hold for it.
        const qint64 bytes = line.size() + 2;
        const qint64 keep
            = qMin(bytes, qMax<qint64>(0, m_responder->maxMessageSize() + 1024 - m_messageBytes));
        if (keep > 0) {
            if (!m_budget->reserve(keep)) {
                releaseMessageBytes();
                if (transcriptHasRoom())
                    m_transcript->addError(
                        tr("The practice server holds no more mail in memory."), m_tlsActive);
                sendFault(TransportFault::OutOfMemory);
                closeGracefully(tr("out of memory for mail"));
                return;
            }
            m_messageBytes += keep;
        }
    }

    recordClientLine(line, wasInData, awaitingAuth);
    // The rest of a line that was cut into pieces does not start a line: a dot there is content,
    // never the end of the message (Postfix keeps such rests as continuation records). Stuffing
    // it (RFC 5321 s.4.5.2) makes the engine keep it as the dot it is.
    QByteArray toEngine = line;
    const bool continuation = m_continuation;
    if (wasInData && continuation && line.startsWith('.'))
        toEngine.prepend('.');
    m_continuation = wasInData && piece;
    if (piece && wasInData && !continuation && transcriptHasRoom())
        m_transcript->addInfo(tr("A message line longer than %1 octets was cut here into pieces, "
                                 "as a real MTA does.")
                                  .arg(m_limits.maxDataLineLength),
            m_tlsActive);
    const QList<ServerResponse> responses = m_responder->receiveLine(toEngine);
    sendResponses(responses);

    if (wasInData && !m_responder->isInData()) {
        releaseMessageBytes();
        m_messageLines = 0;
        for (const ServerResponse &response : responses) {
            if (response.reply.isPositiveCompletion())
                ++m_messagesAccepted;
        }
        Q_EMIT messageFinished();
    }
    m_authenticatedUser = m_responder->authenticatedUser();
    updatePhase();
    if (m_responder->isTlsRequested())
        beginTls();
    else if (m_responder->isClosed())
        closeGracefully(!responses.isEmpty() && responses.last().reply.code() == 221
                ? tr("the session ended with QUIT")
                : tr("the server ended the session (%1)")
                      .arg(responses.isEmpty() ? 0 : responses.last().reply.code()));
}

void PracticeConnection::handleTooLong()
{
    restartDeadline();
    if (transcriptHasRoom())
        m_transcript->addError(tr("The client sent a line longer than %1 octets; it was dropped unread.")
                                   .arg(m_limits.maxAuthLineLength),
            m_tlsActive);
    sendFault(TransportFault::LineTooLong);
    updatePhase(); // an over-long answer to a 334 ends the AUTH exchange
}

void PracticeConnection::recordClientLine(const QByteArray &line, bool wasInData, bool awaitingAuth)
{
    if (wasInData) {
        ++m_messageLines;
        if (line != ".") {
            if (m_messageLines > m_limits.maxTranscriptMessageLines) {
                if (m_messageLines == m_limits.maxTranscriptMessageLines + 1 && transcriptHasRoom())
                    m_transcript->addInfo(tr("(further message lines are not shown)"), m_tlsActive);
                return;
            }
        }
    }
    if (!transcriptHasRoom())
        return;
    Secrecy secrecy = Secrecy::None;
    if (awaitingAuth)
        secrecy = Secrecy::AuthResponse;
    else if (!wasInData && startsWithAuth(line))
        secrecy = Secrecy::AuthCommand;
    m_transcript->addClientLine(line, m_tlsActive, secrecy);
}

bool PracticeConnection::transcriptHasRoom()
{
    if (m_transcript->size() < m_limits.maxTranscriptEntries)
        return true;
    if (!m_transcriptFull) {
        m_transcriptFull = true;
        m_transcript->addInfo(
            tr("(the transcript of this session is full; later lines are not kept)"), m_tlsActive);
    }
    return false;
}

void PracticeConnection::sendFault(TransportFault fault)
{
    if (m_responder)
        sendResponses(m_responder->transportFault(fault));
}

void PracticeConnection::sendResponses(const QList<ServerResponse> &responses)
{
    for (const ServerResponse &response : responses)
        sendReply(response.reply, response.explanation, response.rfcSection);
}

void PracticeConnection::sendReply(const Reply &reply, const QString &explanation, const QString &rfcSection)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(reply.toWire());
    if (transcriptHasRoom())
        m_transcript->addReply(reply, m_tlsActive, explanation, rfcSection);
}

void PracticeConnection::beginTls()
{
    if (!m_tlsConfiguration) {
        m_transcript->addError(tr("The practice server has no certificate, so TLS cannot start."));
        finish(tr("no certificate for STARTTLS"));
        return;
    }
    // RFC 3207 s.4.2: whatever the client sent after STARTTLS and before the handshake came
    // in clear and could have been injected by anyone on the path; it is thrown away unread.
    qsizetype dropped = m_framer.discardPending();
    dropped += m_socket->readAll().size();
    if (dropped > 0)
        m_transcript->addError(
            tr("%1 bytes sent after STARTTLS but before the TLS handshake were "
               "thrown away unread (RFC 3207 s.4.2).")
                .arg(dropped));
    if (const std::optional<ServerResponse> injected = m_responder->injectedBeforeTls())
        sendReply(injected->reply, injected->explanation, injected->rfcSection);
    enter(Stage::TlsHandshake);
    m_transcript->addInfo(tr("Starting TLS (server side)"));
    m_socket->setSslConfiguration(*m_tlsConfiguration);
    m_socket->startServerEncryption();
    restartDeadline();
}

void PracticeConnection::onEncrypted()
{
    // The implicit-TLS listener finished its handshake before handing us the socket.
    if (m_stage != Stage::TlsHandshake || !enter(Stage::Talking))
        return;
    m_tlsActive = true;
    m_tlsDescription = QStringLiteral("%1, %2").arg(
        protocolName(m_socket->sessionProtocol()), m_socket->sessionCipher().name());
    m_transcript->addInfo(tr("TLS started: %1").arg(m_tlsDescription), true);
    m_responder->tlsStarted();
    updatePhase();
    restartDeadline();
    process();
}

void PracticeConnection::onDeadline()
{
    switch (m_stage) {
    case Stage::NotStarted:
    case Stage::Finished:
        return;
    case Stage::Closing:
        finish(m_closeReason + tr(" (the client did not take its last replies)"));
        return;
    case Stage::TlsHandshake:
        m_transcript->addError(tr("The TLS handshake did not finish in time."));
        finish(tr("TLS handshake timed out"));
        return;
    case Stage::Talking:
    case Stage::ReadingPaused:
        break;
    }
    if (transcriptHasRoom())
        m_transcript->addError(
            tr("No complete line within %1 s.").arg(m_limits.idleTimeoutMs / 1000.0), m_tlsActive);
    m_timedOut = true;
    sendFault(TransportFault::IdleTimeout);
    closeGracefully(tr("timeout exceeded"));
}

void PracticeConnection::onSocketError()
{
    if (!m_socket || m_stage == Stage::Finished)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError) {
        finish(
            m_stage == Stage::Closing ? m_closeReason : tr("the client closed the connection"));
        return;
    }
    m_transcript->addError(tr("Socket error: %1").arg(m_socket->errorString()), m_tlsActive);
    if (m_stage == Stage::TlsHandshake)
        m_tlsHandshakeError = m_socket->errorString();
    finish(m_stage == Stage::TlsHandshake
            ? tr("TLS handshake failed: %1").arg(m_socket->errorString())
            : m_socket->errorString());
}

void PracticeConnection::closeGracefully(const QString &reason)
{
    if (!enter(Stage::Closing))
        return;
    m_closeReason = reason;
    m_deadline.start(CloseGraceMs);
    if (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState) {
        finish(reason);
        return;
    }
    m_socket->disconnectFromHost(); // writes what is pending first
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        finish(reason);
}

void PracticeConnection::finish(const QString &reason)
{
    if (!enter(Stage::Finished))
        return;
    m_deadline.stop();
    m_closeReason = reason;
    m_closedAt = QDateTime::currentDateTime();
    releaseMessageBytes();
    m_transcript->addInfo(tr("Connection closed: %1").arg(m_closeReason), m_tlsActive);
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_socket->state() != QAbstractSocket::UnconnectedState)
            m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_framer.discardPending();
    m_responder.reset();
    if (m_phase != SessionPhase::Closed) {
        m_phase = SessionPhase::Closed;
        Q_EMIT phaseChanged(m_phase);
    }
    Q_EMIT finished();
}

void PracticeConnection::releaseMessageBytes()
{
    if (m_budget)
        m_budget->release(m_messageBytes);
    m_messageBytes = 0;
}

void PracticeConnection::updatePhase()
{
    if (!m_responder)
        return;
    const SessionPhase phase = m_responder->phase();
    if (phase != m_phase) {
        m_phase = phase;
        Q_EMIT phaseChanged(phase);
    }
}

void PracticeConnection::restartDeadline()
{
    if (m_stage != Stage::Closing && m_stage != Stage::Finished)
        m_deadline.start(m_limits.idleTimeoutMs);
}

bool PracticeConnection::isAllowed(Stage from, Stage to)
{
    switch (from) {
    case Stage::NotStarted:
        // start(), or refuse() (straight to Closing)
        return to == Stage::Talking || to == Stage::Closing || to == Stage::Finished;
    case Stage::Talking:
        return to != Stage::NotStarted; // Talking -> Talking: nothing changes, nothing refused
    case Stage::ReadingPaused:
        return to == Stage::Talking || to == Stage::ReadingPaused || to == Stage::Closing
            || to == Stage::Finished;
    case Stage::TlsHandshake:
        // No reply can be sent mid-handshake, so no graceful close: it succeeds or ends.
        return to == Stage::Talking || to == Stage::Finished;
    case Stage::Closing:
        return to == Stage::Finished;
    case Stage::Finished:
        return false;
    }
    return false;
}

bool PracticeConnection::enter(Stage next)
{
    if (!isAllowed(m_stage, next))
        return false;
    m_stage = next;
    return true;
}

} // namespace SmtpTutor
