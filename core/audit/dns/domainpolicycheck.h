#pragma once

#include "audit/domaincheck.h"
#include "domainpolicyrows.h"

#include <QTimer>

namespace SmtpTutor {

class MtaStsFetcher;
class SpfLookupCounter;
class TlsaResolver;

// The domain's mail policy in DNS (check 7 of the audit): MX and Null MX (RFC 7505), SPF with its
// lookup count (RFC 7208), DMARC (RFC 7489), MTA-STS with its policy fetched over HTTPS
// (RFC 8461), TLS-RPT (RFC 8460) and DANE TLSA records with their DNSSEC status (RFC 7672).
// All lookups run at once, on the event loop; an overall deadline ends whatever is still open.
// `mx`: the MX hosts the runner already found; empty: this check looks them up itself.
class DomainPolicyCheck : public DomainCheck
{
    Q_OBJECT
public:
    DomainPolicyCheck(const AuditOptions &options, const QList<MxHost> &mx, QObject *parent = nullptr);
    ~DomainPolicyCheck() override;

    void start() override;
    void cancel() override;
    void contribute(DomainAuditReport &report) const override;

    const DomainPolicyEvidence &evidence() const { return m_evidence; }

private:
    void lookUpMx();
    void lookUpTxt(
        const QString &name, const std::function<void(const QStringList &, const QString &)> &take);
    void onMtaStsRecords(const QStringList &records);
    void checkDane();
    void begin() { ++m_pending; }
    void end();
    void finish(const QString &why);

    DomainPolicyEvidence m_evidence;
    bool m_mxGiven = false;
    bool m_spfAnswered = false;
    SpfLookupCounter *m_spf = nullptr;
    MtaStsFetcher *m_fetcher = nullptr;
    TlsaResolver *m_tlsa = nullptr;
    int m_pending = 0;
    bool m_done = false;
    QTimer m_deadline;
};

} // namespace SmtpTutor
