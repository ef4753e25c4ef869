#pragma once

#include "injectionsession.h"
#include "singleconnectioncheck.h"

#include <QPointer>

namespace SmtpTutor {

class Transcript;

// Row starttls.injection and HostAuditReport::starttlsInjection: does the server carry a
// command sent before the TLS handshake over into the encrypted session (CVE-2011-0411 and
// its relatives)? One connection through InjectionSession; with implicit TLS (465) there is no
// plaintext phase and the row says "not applicable".
class StartTlsInjectionCheck : public SingleConnectionCheck
{
    Q_OBJECT
public:
    explicit StartTlsInjectionCheck(const HostCheckContext &context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("starttls-injection"); }
    void contribute(HostAuditReport &report) const override;

    // For tests: the wait after the handshake (InjectionSession::setListenMs).
    void setListenMs(int ms) { m_listenMs = ms; }
    const InjectionObservation &observation() const { return m_observation; }
    Transcript *transcript() const { return m_transcript; }

    // The row for an observation (public so that the wording can be tested on its own).
    static AuditCheck rowFor(const InjectionObservation &observation, bool implicitTls);
    static InjectionResult resultFor(const InjectionObservation &observation, bool implicitTls);

protected:
    bool needsConnection() const override;
    void openConnection() override;
    void abortConnection() override;

private:
    void onSessionFinished();

    Transcript *m_transcript;
    QPointer<InjectionSession> m_session;
    InjectionObservation m_observation;
    int m_listenMs = 2000;
};

} // namespace SmtpTutor
