// Probe: the step sequence of one run against a real server (connect, greeting, EHLO/HELO,
// STARTTLS, AUTH, MAIL/RCPT, DATA or RSET, QUIT). How a run ends and its verdicts are in
// probeoutcome.cpp.
#include "probe.h"

#include "testmessage.h"

#include <QSysInfo>

namespace SmtpTutor {

Probe::Probe(const ProbeOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_transcript(new Transcript(this))
{
    m_report.host = options.host;
    m_report.port = options.port;
    m_report.tlsMode = options.tlsMode;
}

Probe::~Probe() = default;

QString Probe::ehloName() const
{
    if (!m_options.ehloName.isEmpty())
        return m_options.ehloName;
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

void Probe::setStage(ProbeStage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void Probe::mark(const QString &step)
{
    const qint64 now = m_clock.elapsed();
    m_report.timings.append({step, now - m_stepStart});
    m_stepStart = now;
}

void Probe::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    m_connection = new SmtpConnection(m_transcript, this);
    m_connection->setTimeouts(m_options.timeouts);
    m_connection->setParserLimits(m_options.parserLimits);
    if (m_options.tlsMode != TlsMode::None) {
        // Touching the TLS configuration loads OpenSSL (about 15 ms): only when TLS may be used.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        if (!m_options.caCertificates.isEmpty()) {
            // Only these are trusted. This also keeps OpenSSL from loading the system store.
            configuration.setCaCertificates(m_options.caCertificates);
        }
        m_connection->setSslConfiguration(configuration);
    }
    m_connection->setAcceptedCertificateErrors(m_options.acceptAllCertificateErrors,
                                               m_options.acceptedCertificateErrors);
    connect(m_connection, &SmtpConnection::connected, this, &Probe::onConnected);
    connect(m_connection, &SmtpConnection::encrypted, this, &Probe::onEncrypted);
    connect(m_connection, &SmtpConnection::replyReceived, this, &Probe::onReply);
    connect(m_connection, &SmtpConnection::failed, this, &Probe::onConnectionFailed);
    connect(m_connection, &SmtpConnection::closed, this, &Probe::finish);
    setStage(ProbeStage::Connect);
    m_connection->connectToHost(m_options.host, m_options.port, m_options.implicitTls());
}

void Probe::cancel()
{
    if (!m_running || m_finished)
        return;
    m_connection->fail(ClientErrorKind::Cancelled, tr("Cancelled by the user."));
}

void Probe::onConnected()
{
    mark(m_options.implicitTls() ? QStringLiteral("connect_tls") : QStringLiteral("connect"));
    setStage(ProbeStage::Greeting);
    m_awaiting = Awaiting::Greeting;
}

void Probe::onEncrypted()
{
    m_report.tls = TlsReport::fromSocket(*m_connection->socket(), m_options.host,
                                         m_connection->certificateErrors(),
                                         m_connection->certificateErrorsAccepted());
    if (m_options.implicitTls()) {
        m_report.tlsUsed = TlsUsed::Implicit;
        return; // onConnected follows, then the greeting
    }
    m_report.tlsUsed = TlsUsed::StartTls;
    mark(QStringLiteral("tls"));
    // RFC 3207 s.4.2: forget what the server said in clear and ask again inside TLS.
    setStage(ProbeStage::Ehlo);
    sendEhlo(Awaiting::EhloAfterTls);
}

void Probe::send(Awaiting awaiting, const QByteArray &line, Secrecy secrecy)
{
    m_awaiting = awaiting;
    const SmtpConnection::SendResult result = awaiting == Awaiting::StartTls
        ? m_connection->sendStartTls()
        : m_connection->sendCommand(line, secrecy);
    if (result == SmtpConnection::SendResult::RefusedUnsafeLine) {
        // ProbeOptions::validate() refuses such values before anything connects; reaching this
        // means a caller skipped it. The connection wrote nothing.
        failNow(ClientErrorKind::UnsafeCommand,
                tr("A command was not sent because it contains a line break or NUL, which would "
                   "smuggle a second command onto the wire."));
    }
}

void Probe::sendEhlo(Awaiting awaiting)
{
    send(awaiting, "EHLO " + ehloName().toUtf8());
}

// One handler per step, as KSMTP has one job per step: the reply is read by the step that
// asked for it.
void Probe::onReply(const Reply &reply)
{
    switch (m_awaiting) {
    case Awaiting::Nothing:
        failNow(ClientErrorKind::ProtocolViolation, tr("The server sent a reply nobody asked for."), reply);
        return;
    case Awaiting::Greeting:
        return onGreeting(reply);
    case Awaiting::Ehlo:
    case Awaiting::EhloAfterTls:
        return onEhloReply(reply);
    case Awaiting::Helo:
        return onHeloReply(reply);
    case Awaiting::StartTls:
        return onStartTlsReply(reply);
    case Awaiting::Auth:
        return onAuthReply(reply);
    case Awaiting::Mail:
        return onMailReply(reply);
    case Awaiting::Rcpt:
        m_report.recipients.append({m_options.to.at(m_nextRecipient - 1), reply});
        sendNextRecipient();
        return;
    case Awaiting::Data:
        return onDataReply(reply);
    case Awaiting::Message:
        return onMessageReply(reply);
    case Awaiting::Rset:
        quit();
        return;
    case Awaiting::Quit:
        m_awaiting = Awaiting::Nothing;
        mark(QStringLiteral("quit"));
        m_connection->close();
        return;
    }
}

void Probe::onGreeting(const Reply &reply)
{
    mark(QStringLiteral("greeting"));
    m_report.greeting = reply;
    if (reply.code() != 220) {
        // RFC 5321 s.3.1: a 554 greeting means "no service"; the client should QUIT.
        failRejected(ProbeStage::Greeting, ClientErrorKind::Rejected,
                     tr("The server greeted with %1 instead of 220.").arg(reply.code()), reply);
        return;
    }
    if (m_options.quitAfter == QuitAfter::Connect) {
        quit();
        return;
    }
    setStage(ProbeStage::Ehlo);
    sendEhlo(Awaiting::Ehlo);
}

void Probe::onEhloReply(const Reply &reply)
{
    if (reply.code() == 250) {
        afterEhlo(reply, m_awaiting == Awaiting::EhloAfterTls);
        return;
    }
    if (m_awaiting == Awaiting::Ehlo && (reply.code() == 500 || reply.code() == 502)) {
        // RFC 5321 s.3.2 / s.4.1.1.1: an old server that does not know EHLO gets HELO.
        m_report.usedHelo = true;
        send(Awaiting::Helo, "HELO " + ehloName().toUtf8());
        return;
    }
    failRejected(ProbeStage::Ehlo, ClientErrorKind::Rejected,
                 tr("EHLO was refused with %1.").arg(reply.code()), reply);
}

void Probe::onHeloReply(const Reply &reply)
{
    if (reply.code() != 250) {
        failRejected(ProbeStage::Ehlo, ClientErrorKind::Rejected, tr("HELO was refused with %1.").arg(reply.code()), reply);
        return;
    }
    afterEhlo(Reply(), false);
}

void Probe::onStartTlsReply(const Reply &reply)
{
    if (reply.code() != 220) {
        failRejected(ProbeStage::StartTls, ClientErrorKind::StartTlsRefused,
                     tr("The server answered STARTTLS with %1 instead of 220.").arg(reply.code()), reply);
        return;
    }
    mark(QStringLiteral("starttls"));
    setStage(ProbeStage::Tls);
    m_awaiting = Awaiting::Nothing;
    m_usedStartTls = true;
    m_connection->startTls(); // false: failed() has fired (bytes after the 220, RFC 3207 s.5)
}

void Probe::onAuthReply(const Reply &reply)
{
    if (reply.code() == 334) {
        ++m_challenges;
        const QByteArray challenge = reply.lines().value(0).toLatin1();
        const std::optional<QByteArray> answer = m_challenges <= m_options.maxAuthChallenges
            ? m_sasl->respond(challenge) : std::nullopt;
        if (!answer) {
            failNow(ClientErrorKind::AuthChallengeLoop,
                    tr("The server sent challenge number %1 to %2, which has no such step.")
                        .arg(m_challenges).arg(m_sasl->mechanism()), reply);
            return;
        }
        send(Awaiting::Auth, *answer, Secrecy::AuthResponse);
        return;
    }
    if (reply.code() != 235) {
        failRejected(ProbeStage::Auth, ClientErrorKind::Rejected,
                     tr("The login was refused with %1.").arg(reply.code()), reply);
        return;
    }
    mark(QStringLiteral("auth"));
    m_report.authenticated = true;
    if (m_options.quitAfter == QuitAfter::Auth)
        quit();
    else
        startEnvelope();
}

void Probe::onMailReply(const Reply &reply)
{
    if (!reply.isPositiveCompletion()) {
        failRejected(ProbeStage::Mail, ClientErrorKind::Rejected, tr("MAIL FROM was refused with %1.").arg(reply.code()), reply);
        return;
    }
    mark(QStringLiteral("mail"));
    if (m_options.quitAfter == QuitAfter::Mail) {
        quit();
        return;
    }
    setStage(ProbeStage::Rcpt);
    sendNextRecipient();
}

void Probe::onDataReply(const Reply &reply)
{
    if (reply.code() != 354) {
        m_report.dataReply = reply;
        failRejected(ProbeStage::Data, ClientErrorKind::Rejected, tr("DATA was refused with %1.").arg(reply.code()), reply);
        return;
    }
    TestMessage message;
    message.from = m_options.from;
    message.to = m_options.to;
    message.heloName = ehloName();
    m_awaiting = Awaiting::Message;
    m_connection->sendMessage(dotStuff(message.compose()));
}

void Probe::onMessageReply(const Reply &reply)
{
    m_report.dataReply = reply;
    if (!reply.isPositiveCompletion()) {
        failRejected(ProbeStage::Data, ClientErrorKind::Rejected, tr("The message was refused with %1.").arg(reply.code()), reply);
        return;
    }
    mark(QStringLiteral("data"));
    quit();
}

void Probe::afterEhlo(const Reply &reply, bool afterTls)
{
    const Capabilities capabilities = Capabilities::fromEhloReply(reply);
    if (afterTls || m_options.implicitTls()) {
        m_report.capabilitiesAfterTls = capabilities;
        mark(afterTls ? QStringLiteral("ehlo_tls") : QStringLiteral("ehlo"));
        if (m_options.quitAfter == QuitAfter::Ehlo || m_options.quitAfter == QuitAfter::Tls) {
            quit();
            return;
        }
        startAuthOrEnvelope();
        return;
    }
    mark(QStringLiteral("ehlo"));
    m_report.capabilitiesBeforeTls = capabilities;
    m_report.startTlsOffered = capabilities.offersStartTls();
    if (m_options.quitAfter == QuitAfter::Ehlo) {
        quit();
        return;
    }
    const bool wantTls = m_options.tlsMode == TlsMode::StartTls
        || (m_options.tlsMode == TlsMode::Auto && capabilities.offersStartTls());
    if (wantTls) {
        if (!capabilities.offersStartTls()) {
            failRejected(ProbeStage::StartTls, ClientErrorKind::StartTlsNotOffered,
                         tr("STARTTLS was asked for, but the server does not offer it."));
            return;
        }
        setStage(ProbeStage::StartTls);
        send(Awaiting::StartTls, "STARTTLS");
        return;
    }
    if (m_options.quitAfter == QuitAfter::Tls) {
        quit();
        return;
    }
    startAuthOrEnvelope();
}

void Probe::startAuthOrEnvelope()
{
    if (m_options.wantsAuth()) {
        startAuth();
        return;
    }
    startEnvelope();
}

void Probe::startAuth()
{
    setStage(ProbeStage::Auth);
    if (!m_connection->isEncrypted() && !m_options.allowPlaintextAuth) {
        // Never hand a password to a session anyone can read (RFC 8314 s.3, RFC 4954 s.4).
        failRejected(ProbeStage::StartTls, ClientErrorKind::CredentialsWithheld,
                     tr("Credentials were not sent because the session is not encrypted."));
        return;
    }
    const Capabilities &capabilities = m_connection->isEncrypted() ? m_report.capabilitiesAfterTls
                                                                   : m_report.capabilitiesBeforeTls;
    const QStringList offered = capabilities.authMechanisms();
    QString mechanism = m_options.authMechanism.toUpper();
    if (offered.isEmpty()) {
        failRejected(ProbeStage::Auth, ClientErrorKind::AuthMechanismUnavailable,
                     tr("The server offers no AUTH in this session."));
        return;
    }
    if (mechanism.isEmpty()) {
        mechanism = SaslClient::choose(offered, m_connection->isEncrypted()).value_or(QString());
        if (mechanism.isEmpty()) {
            failRejected(ProbeStage::Auth, ClientErrorKind::AuthMechanismUnavailable,
                         tr("The server offers %1; none of them is supported here.").arg(offered.join(QLatin1Char(' '))));
            return;
        }
    } else if (!offered.contains(mechanism)) {
        failRejected(ProbeStage::Auth, ClientErrorKind::AuthMechanismUnavailable,
                     tr("%1 was asked for, but the server offers only %2.").arg(mechanism, offered.join(QLatin1Char(' '))));
        return;
    }
    m_report.authMechanism = mechanism;
    m_sasl = std::make_unique<SaslClient>(mechanism, m_options.user, m_options.secret);
    m_challenges = 0;
    bool hasSecret = false;
    const QByteArray command = m_sasl->initialCommand(&hasSecret);
    send(Awaiting::Auth, command, hasSecret ? Secrecy::AuthCommand : Secrecy::None);
}

void Probe::startEnvelope()
{
    if (!m_options.wantsEnvelope() || m_options.quitAfter == QuitAfter::Auth) {
        quit();
        return;
    }
    setStage(ProbeStage::Mail);
    m_nextRecipient = 0;
    send(Awaiting::Mail, "MAIL FROM:<" + m_options.from.toUtf8() + '>');
}

void Probe::sendNextRecipient()
{
    if (m_nextRecipient >= m_options.to.size()) {
        afterRecipients();
        return;
    }
    const QString address = m_options.to.at(m_nextRecipient++);
    send(Awaiting::Rcpt, "RCPT TO:<" + address.toUtf8() + '>');
}

void Probe::afterRecipients()
{
    mark(QStringLiteral("rcpt"));
    for (const RecipientResult &recipient : std::as_const(m_report.recipients)) {
        if (!recipient.accepted()) {
            failRejected(ProbeStage::Rcpt, ClientErrorKind::Rejected,
                         tr("RCPT TO:<%1> was refused with %2.").arg(recipient.address).arg(recipient.reply.code()),
                         recipient.reply);
            return;
        }
    }
    if (m_options.quitAfter == QuitAfter::Rcpt || m_options.to.isEmpty()) {
        send(Awaiting::Rset, "RSET");
        return;
    }
    if (m_options.send) {
        setStage(ProbeStage::Data);
        send(Awaiting::Data, "DATA");
        return;
    }
    // An envelope test only: RSET forgets the transaction, nothing is delivered (RFC 5321 s.4.1.1.5).
    send(Awaiting::Rset, "RSET");
}

void Probe::quit()
{
    if (!m_pendingError)
        setStage(ProbeStage::Quit);
    m_stepStart = m_clock.elapsed();
    send(Awaiting::Quit, "QUIT");
}

} // namespace SmtpTutor
