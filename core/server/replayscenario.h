#pragma once

#include "protocol/reply.h"
#include "scenario.h"
#include "serverengine.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace SmtpTutor {

// A session recorded from a real server, opened as a scenario: the simulator then answers as
// that server did, so a learner can replay the conversation offline and vary it.
// Accepted input: a probe's JSON report ({"transcript": [{"t_ms", "dir", "text"}, ...], ...}) or
// an exported transcript (a JSON array, Transcript::toJson). "dir" is "client"/"server" or a
// swaks-style mark ("->", "<-", "~>", "<~"); "===" and "***" lines are notes and are skipped.
struct ReplayScenario
{
    // One client command of the recording and the reply the server gave to it.
    struct Exchange
    {
        QString key; // "EHLO", "MAIL", ..., or "<end-of-data>", "<auth-response>"
        QString clientLine; // as recorded (secrets were masked by the recorder)
        Reply reply;
        bool tls = false;
    };

    Scenario scenario; // what could be read from the recording (host name, STARTTLS, SIZE, AUTH)
    Reply greeting;
    QList<Exchange> exchanges; // in the order of the recording
    QString source; // the file it came from

    // True when the JSON looks like a recording rather than a scenario file.
    static bool looksLikeRecording(const QJsonDocument &document);
    static bool looksLikeRecording(const QString &file);
    static std::optional<ReplayScenario> load(const QString &file, QString *error = nullptr);
    static std::optional<ReplayScenario> fromJson(const QJsonDocument &document, QString *error = nullptr);
};

// Plays a ReplayScenario back. It is an SmtpResponder like ServerEngine, so whatever drives the
// engine (the practice server, the console, the CLI) can drive a replay the same way.
// A client command that is in the recording word for word gets the reply recorded for it.
// Any other command is matched by its verb to the recorded replies for that verb, in order
// (the second RCPT gets the reply the second recorded RCPT got); when the recording has run
// out for a verb its last reply is given again. A verb the recording never used is answered by
// the simulator itself (a ServerEngine playing the scenario read from the recording), and the
// explanation says so.
class ReplayEngine final : public SmtpResponder
{
public:
    explicit ReplayEngine(ReplayScenario replay, std::shared_ptr<SharedServerState> shared = {});
    ~ReplayEngine() override;
    ReplayEngine(ReplayEngine &&) noexcept;
    ReplayEngine &operator=(ReplayEngine &&) noexcept;

    QList<ServerResponse> connect() override;
    QList<ServerResponse> receiveLine(QByteArrayView line) override;
    // What only the transport notices gets the simulator's words (the recording has none for it).
    QList<ServerResponse> transportFault(TransportFault fault) override;
    void setClientAddress(const QString &address) override { m_clientAddress = address; }
    bool isTlsRequested() const override { return m_tlsRequested; }
    void tlsStarted() override;
    void setTlsFromStart() override;

    SessionPhase phase() const override { return m_phase; }
    bool isClosed() const override { return m_phase == SessionPhase::Closed; }
    bool isInData() const override { return m_phase == SessionPhase::InData; }
    bool isAwaitingAuthResponse() const override { return m_phase == SessionPhase::AuthExchange; }
    bool isTlsActive() const override { return m_tls; }
    bool isAuthenticated() const override { return m_authenticated; }
    QString authenticatedUser() const override { return m_user; }
    QString clientName() const override { return m_clientName; }
    MailPath sender() const override { return m_sender; }
    QList<MailPath> recipients() const override { return m_recipients; }
    const Scenario &scenario() const override { return m_replay.scenario; }
    const SharedServerState &sharedState() const override { return *m_shared; }
    const ReplayScenario &replay() const { return m_replay; }

private:
    std::optional<ReplayScenario::Exchange> recorded(const QString &key, const QString &line, int *ordinal, bool *repeated);
    QList<ServerResponse> fallback(QByteArrayView line);
    void resetFallback();
    void afterReply(const QString &key, const Reply &reply, QByteArrayView line);
    void afterSessionReply(const QString &key, const Reply &reply, QByteArrayView line);
    void afterAuthReply(const QString &key, int code, QByteArrayView line);
    void storeMessage(const Reply &reply);

    ReplayScenario m_replay;
    std::shared_ptr<SharedServerState> m_shared;
    std::unique_ptr<ServerEngine> m_fallback;
    QHash<QString, int> m_used; // key + TLS state -> how many recorded replies were consumed
    SessionPhase m_phase = SessionPhase::NotConnected;
    SessionPhase m_phaseBeforeAuth = SessionPhase::Greeted;
    bool m_tls = false;
    bool m_tlsRequested = false;
    bool m_authenticated = false;
    QString m_user;
    QString m_pendingAuthMechanism;
    int m_authStep = 0;
    QString m_clientName;
    QString m_clientAddress;
    QByteArray m_ehloLine; // replayed into a fresh fallback engine
    MailPath m_sender;
    QList<MailPath> m_recipients;
    QByteArray m_message;
    bool m_messageTooLarge = false;
};

} // namespace SmtpTutor
