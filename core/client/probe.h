#pragma once

#include "probeoptions.h"
#include "probereport.h"
#include "saslclient.h"
#include "session/transcript.h"
#include "smtpconnection.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <optional>

namespace SmtpTutor {

// Runs one probe of a real server: connect, greeting, EHLO (HELO fallback), STARTTLS or implicit
// TLS, EHLO again, AUTH, MAIL/RCPT then RSET (or DATA with --send), QUIT. Asynchronous; it ends
// with finished() exactly once, carrying the report. A certificate problem is not asked about
// here: the run stops and the report says why; whoever drives the probe (the dialog) may ask the
// user and start a new run with the errors accepted (ProbeOptions::acceptedCertificateErrors).
class Probe : public QObject
{
    Q_OBJECT
public:
    explicit Probe(const ProbeOptions &options, QObject *parent = nullptr);
    ~Probe() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    ProbeStage stage() const { return m_stage; }
    Transcript *transcript() const { return m_transcript; }
    const ProbeReport &report() const { return m_report; }
    const ProbeOptions &options() const { return m_options; }

Q_SIGNALS:
    void stageChanged(SmtpTutor::ProbeStage stage);
    // TLS verification failed and the run stopped before sending anything over TLS; the
    // receiver may offer the user to run again with these errors accepted.
    void certificateProblem(const QList<QSslError> &errors);
    void finished(const SmtpTutor::ProbeReport &report);

private:
    enum class Awaiting { Nothing, Greeting, Ehlo, Helo, StartTls, EhloAfterTls, Auth, Mail, Rcpt, Data, Message, Rset, Quit };

    void setStage(ProbeStage stage);
    void onConnected();
    void onEncrypted();
    void onReply(const Reply &reply);
    void onGreeting(const Reply &reply);
    void onEhloReply(const Reply &reply);
    void onHeloReply(const Reply &reply);
    void onStartTlsReply(const Reply &reply);
    void onAuthReply(const Reply &reply);
    void onMailReply(const Reply &reply);
    void onDataReply(const Reply &reply);
    void onMessageReply(const Reply &reply);
    void onConnectionFailed(const ClientError &error);
    void send(Awaiting awaiting, const QByteArray &line, Secrecy secrecy = Secrecy::None);
    void sendEhlo(Awaiting awaiting);
    void afterEhlo(const Reply &reply, bool afterTls);
    void startAuthOrEnvelope();
    void startAuth();
    void startEnvelope();
    void sendNextRecipient();
    void afterRecipients();
    void quit(); // polite end: QUIT, wait briefly for 221, close
    void failRejected(ProbeStage stage, ClientErrorKind kind, const QString &message, const Reply &reply = {});
    void failNow(ClientErrorKind kind, const QString &message, const Reply &reply = {});
    void finish();
    void mark(const QString &step); // the time since the step started
    void computeVerdicts();
    QString ehloName() const;

    ProbeOptions m_options;
    Transcript *m_transcript = nullptr;
    SmtpConnection *m_connection = nullptr;
    ProbeReport m_report;
    ProbeStage m_stage = ProbeStage::Connect;
    Awaiting m_awaiting = Awaiting::Nothing;
    std::optional<ClientError> m_pendingError; // a refusal: said after a polite QUIT
    std::unique_ptr<SaslClient> m_sasl;
    int m_challenges = 0;
    qsizetype m_nextRecipient = 0;
    bool m_usedStartTls = false;
    bool m_running = false;
    bool m_finished = false;
    QElapsedTimer m_clock;
    qint64 m_stepStart = 0;
};

} // namespace SmtpTutor
