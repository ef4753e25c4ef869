#pragma once

#include "exam.h"
#include "server/serverengine.h"

#include <QDateTime>
#include <QHash>

#include <functional>

#include <memory>

namespace SmtpTutor {

// What the exam server remembers between sessions: who was greylisted when, whether the
// 421 and the refused login have been served.
struct ExamServerState
{
    // At most this many greylisted triplets are remembered (each read bounded, DESIGN.md); when
    // full, the ones whose delay is long over are forgotten first.
    static constexpr qsizetype MaxGreylistEntries = 10000;
    // The greylist's clock; tests play hours in microseconds by replacing it.
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
    QHash<QString, QDateTime> greylistFirstSeen; // "client|sender|recipient"
    bool disconnectServed = false;
    bool loginRefused = false;
};

// The scenario an exam plays on top of: a submission-like server for example.com (alice /
// wonderland, bob / builder) that takes mail for its own mailboxes without a login, with the
// exam's changes to what EHLO offers, speaking with `personality`'s words.
Scenario examScenario(const ExamOptions &options, PersonaId personality = PersonaId::Postfix);

// The simulated server misbehaving on purpose. Wraps a ServerEngine and steps in only where
// the exam says (STARTTLS, RCPT, the end of DATA, AUTH); everything else is the engine's.
class ExamResponder final : public SmtpResponder
{
public:
    ExamResponder(const ExamOptions &options, const Scenario &scenario,
        std::shared_ptr<SharedServerState> shared, std::shared_ptr<ExamServerState> examState);
    ~ExamResponder() override;

    QList<ServerResponse> connect() override;
    QList<ServerResponse> receiveLine(QByteArrayView line) override;
    QList<ServerResponse> transportFault(TransportFault fault) override;

    bool isTlsRequested() const override { return m_engine.isTlsRequested(); }
    std::optional<ServerResponse> injectedBeforeTls() const override;
    void tlsStarted() override { m_engine.tlsStarted(); }
    void setTlsFromStart() override { m_engine.setTlsFromStart(); }
    void setClientAddress(const QString &address) override;

    SessionPhase phase() const override { return m_closed ? SessionPhase::Closed : m_engine.phase(); }
    bool isClosed() const override { return m_closed || m_engine.isClosed(); }
    bool isInData() const override { return !m_closed && m_engine.isInData(); }
    bool isAwaitingAuthResponse() const override { return m_engine.isAwaitingAuthResponse(); }
    bool isTlsActive() const override { return m_engine.isTlsActive(); }
    bool isAuthenticated() const override { return m_engine.isAuthenticated(); }
    QString authenticatedUser() const override { return m_engine.authenticatedUser(); }
    QString clientName() const override { return m_engine.clientName(); }
    MailPath sender() const override { return m_engine.sender(); }
    QList<MailPath> recipients() const override { return m_engine.recipients(); }
    const Scenario &scenario() const override { return m_engine.scenario(); }
    const SharedServerState &sharedState() const override { return m_engine.sharedState(); }

private:
    std::optional<QList<ServerResponse>> stepIn(QByteArrayView line);
    std::optional<QList<ServerResponse>> greylist(const Command &command);
    void forgetOldGreylistEntries(const QDateTime &now);
    void noteLoginRefusals(const QList<ServerResponse> &responses);

    ExamOptions m_options;
    std::shared_ptr<ExamServerState> m_exam;
    ServerEngine m_engine;
    QString m_clientAddress;
    bool m_closed = false;
};

} // namespace SmtpTutor
