#pragma once

#include "scenario.h"
#include "smtpresponder.h"

#include <memory>

namespace SmtpTutor {

// A pure RFC 5321 server state machine: lines in, replies out. No I/O and no timers, so the
// console, the lesson, the practice server and the tests all drive the very same logic.
// It answers as Postfix 3.7 does with smtpd_helo_required=yes and strict_rfc821_envelopes=yes
// (same code and enhanced code; the text is ours).
class ServerEngine final : public SmtpResponder
{
public:
    explicit ServerEngine(Scenario scenario, std::shared_ptr<SharedServerState> shared = {});
    ~ServerEngine() override;
    ServerEngine(ServerEngine &&) noexcept;
    ServerEngine &operator=(ServerEngine &&) noexcept;

    QList<ServerResponse> connect() override;
    QList<ServerResponse> receiveLine(QByteArrayView line) override;
    // Every fault but LineTooLong ends the session (isClosed() afterwards).
    QList<ServerResponse> transportFault(TransportFault fault) override;

    bool isTlsRequested() const override;
    void tlsStarted() override; // back to Greeted: a new EHLO is required (RFC 3207 s.4.2)
    void setTlsFromStart() override;
    // Greylisting keys on the address; without it the HELO name is used.
    void setClientAddress(const QString &address) override;

    SessionPhase phase() const override;
    bool isClosed() const override;
    bool isInData() const override;
    bool isAwaitingAuthResponse() const override;
    bool isTlsActive() const override;
    bool isAuthenticated() const override;
    QString authenticatedUser() const override;
    QString clientName() const override;
    MailPath sender() const override;
    QList<MailPath> recipients() const override;
    const Scenario &scenario() const override;
    const SharedServerState &sharedState() const override;

private:
    struct State;
    std::unique_ptr<State> d; // plain ownership, not a d-pointer for ABI reasons
};

} // namespace SmtpTutor
