#pragma once

#include "audit/auditreport.h"
#include "mtastsfetcher.h"
#include "spflookupcounter.h"
#include "tlsaresolver.h"

#include <QCoreApplication>

namespace SmtpTutor {

// Everything DomainPolicyCheck learnt, including what DomainDnsFindings has no field for
// (lookup errors, the raw records, the fetch's outcome). Read by DomainPolicyRows alone.
struct DomainPolicyEvidence
{
    QString domain;
    QList<MxHost> mx;
    bool nullMx = false;
    bool implicitMx = false; // no MX records: the domain's own address receives mail (RFC 5321 s.5.1)
    QString mxError;
    SpfEvaluation spf;
    QStringList dmarcRecords; // TXT of _dmarc.<domain> that say v=DMARC1 somewhere
    QString dmarcError;
    QStringList mtaStsRecords; // TXT of _mta-sts.<domain> that start with v=STSv1
    QString mtaStsError;
    bool mtaStsFetched = false; // the policy fetch ran (a valid record was found)
    MtaStsFetchResult mtaStsFetch;
    QStringList tlsRptRecords; // TXT of _smtp._tls.<domain> that start with v=TLSRPTv1
    QString tlsRptError;
    QString daneNotChecked; // why DANE was not checked ("" when it was)
    bool daneTrustAnchor = false; // DNSSEC answers could be validated (a trust anchor was loaded)
    QList<TlsaAnswer> tlsa; // one per MX host asked
};

// Turns the evidence into the domain's AuditCheck rows (ids domain.*) and the report's
// DomainDnsFindings. Pure functions: the verdicts are tested without a network.
class DomainPolicyRows
{
    Q_DECLARE_TR_FUNCTIONS(DomainPolicyRows)
public:
    static QList<AuditCheck> rows(const DomainPolicyEvidence &evidence);
    static DomainDnsFindings findings(const DomainPolicyEvidence &evidence);

    static AuditCheck mx(const DomainPolicyEvidence &e);
    static AuditCheck spf(const DomainPolicyEvidence &e);
    static AuditCheck spfLookups(const DomainPolicyEvidence &e);
    static AuditCheck dmarc(const DomainPolicyEvidence &e);
    static AuditCheck mtaSts(const DomainPolicyEvidence &e);
    static std::optional<AuditCheck> mtaStsMx(const DomainPolicyEvidence &e); // only with a usable policy
    static AuditCheck tlsRpt(const DomainPolicyEvidence &e);
    static AuditCheck dane(const DomainPolicyEvidence &e);

private:
    // A row with its id, status, title and what was seen; the callers add rule, source,
    // explanation, what to do and the cap.
    static AuditCheck make(const QString &id, CheckStatus status, const QString &title, const QString &detail);
};

} // namespace SmtpTutor
