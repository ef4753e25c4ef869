#pragma once

#include "client/capabilities.h"
#include "singleconnectioncheck.h"

#include <QPointer>

namespace SmtpTutor {

class SmtpConnection;
class Transcript;

// What the relay attempt saw: the envelope a stranger would use, and how far it got.
struct RelayObservation
{
    enum class Outcome {
        NotRun, // switched off (--no-relay-test)
        Failed, // the attempt could not be completed (see error)
        GreetingRefused, // the server turned the session down at once (554 greeting)
        SenderRefused, // MAIL FROM was refused: no recipient could be tried
        Refused, // RCPT TO got a 5xx: closed
        Deferred, // RCPT TO got a 4xx: refused for now (greylisting?)
        Accepted, // RCPT TO got a 2xx: an open relay
    };
    Outcome outcome = Outcome::NotRun;
    QString error;
    Reply greeting;
    Reply mailReply;
    Reply rcptReply;
    bool usedStartTls = false; // the server demanded STARTTLS (530) before MAIL
    bool sentRset = false; // RSET went out after the envelope, as always
};

// Row relay.open and HostAuditReport::openRelay: will the server take mail from an outside
// sender to an outside recipient without AUTH? EHLO, (STARTTLS when MAIL is answered with
// 530), MAIL FROM:<options.relayFrom>, RCPT TO:<options.relayTo>, then always RSET and QUIT.
// Never DATA: even an open relay receives no message. Uses SmtpConnection, so every reply is
// read by the bounded parser and every step has a deadline.
class OpenRelayCheck : public SingleConnectionCheck
{
    Q_OBJECT
public:
    explicit OpenRelayCheck(const HostCheckContext &context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("open-relay"); }
    void contribute(HostAuditReport &report) const override;

    const RelayObservation &observation() const { return m_observation; }
    Transcript *transcript() const { return m_transcript; }

    // The row and the report's value for an observation (public so that the wording can be
    // tested on its own).
    static AuditCheck rowFor(const RelayObservation &observation, const AuditOptions &options);
    static std::optional<bool> openRelayFor(const RelayObservation &observation);

protected:
    bool needsConnection() const override;
    void openConnection() override;
    void abortConnection() override;

private:
    enum class Step { Greeting, Ehlo, Mail, StartTls, Rcpt, Rset, Quit };

    void onReply(const Reply &reply);
    void onEhloReply(const Reply &reply);
    void onMailReply(const Reply &reply);
    void onEncrypted();
    void onFailed(const ClientError &error);
    void send(Step step, const QByteArray &line);
    void endEnvelope(RelayObservation::Outcome outcome);
    void quit();

    Transcript *m_transcript;
    QPointer<SmtpConnection> m_connection;
    RelayObservation m_observation;
    Capabilities m_capabilities;
    Step m_step = Step::Greeting;
    bool m_decided = false; // the outcome is known; what follows (RSET, QUIT) cannot change it
};

} // namespace SmtpTutor
