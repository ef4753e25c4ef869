// The transport-security rows of DomainPolicyRows: MTA-STS, its mx: coverage, TLS-RPT, DANE.
#include "domainpolicyrows.h"

#include "mtastspolicy.h"
#include "tagrecords.h"

#include <QRegularExpression>

namespace SmtpTutor {

AuditCheck DomainPolicyRows::mtaSts(const DomainPolicyEvidence &e)
{
    AuditCheck row;
    const QString id = QStringLiteral("domain.mta_sts");
    const MtaStsPolicy policy = parseMtaStsPolicy(e.mtaStsFetch.text);
    if (!e.mtaStsError.isEmpty())
        row = make(id, CheckStatus::Error, tr("MTA-STS could not be looked up"), e.mtaStsError);
    else if (e.mtaStsRecords.isEmpty())
        row = make(id, CheckStatus::Info, tr("No MTA-STS policy"),
            tr("_mta-sts.%1 has no v=STSv1 record").arg(e.domain));
    else if (e.mtaStsRecords.size() > 1)
        row = make(id, CheckStatus::Fail, tr("More than one MTA-STS record"),
            e.mtaStsRecords.join(QStringLiteral(" | ")));
    else if (!e.mtaStsFetched)
        row = make(id, CheckStatus::Fail, tr("The MTA-STS record is malformed"),
            e.mtaStsRecords.first() + QStringLiteral(" — ")
                + parseMtaStsRecord(e.mtaStsRecords.first()).errors.join(QStringLiteral("; ")));
    else if (!e.mtaStsFetch.ok)
        row = make(id, CheckStatus::Fail, tr("The MTA-STS policy could not be fetched"),
            e.mtaStsFetch.url.toString() + QStringLiteral(": ") + e.mtaStsFetch.error);
    else if (!policy.errors.isEmpty())
        row = make(id, CheckStatus::Fail, tr("The MTA-STS policy is malformed"),
            policy.errors.join(QStringLiteral("; ")));
    else if (!e.mtaStsFetch.contentType.startsWith(QLatin1String("text/plain"), Qt::CaseInsensitive))
        row = make(id, CheckStatus::Warn, tr("The MTA-STS policy is not served as text/plain"),
            tr("Content-Type: %1").arg(e.mtaStsFetch.contentType));
    else if (policy.mode == QLatin1String("enforce"))
        row = make(id, CheckStatus::Pass, tr("MTA-STS is enforced"),
            tr("mode enforce, max_age %1 s").arg(policy.maxAge));
    else
        row = make(id, CheckStatus::Warn,
            tr("MTA-STS is published but not enforced (mode %1)").arg(policy.mode),
            tr("mode %1, max_age %2 s").arg(policy.mode).arg(policy.maxAge));
    row.rule
        = tr("A _mta-sts record (v=STSv1; id=) and a policy served over HTTPS with a valid certificate for "
             "mta-sts.%1, in mode enforce")
              .arg(e.domain);
    row.source = QStringLiteral("RFC 8461 s.3.1, s.3.2, s.3.3, s.5");
    row.explanation
        = tr("Without MTA-STS (or DANE) a sending server takes any certificate and falls back to "
             "plain text when STARTTLS fails, so an attacker on the path can read the mail. A policy in "
             "mode enforce makes senders insist on verified TLS to the listed MX hosts.");
    if (row.status != CheckStatus::Pass && row.status != CheckStatus::Error)
        row.todo = tr(
            "Publish the TXT record, serve the policy file at https://mta-sts.%1/.well-known/mta-sts.txt "
            "with a valid certificate, and switch to mode: enforce once TLS-RPT reports are clean.")
                       .arg(e.domain);
    return row;
}

std::optional<AuditCheck> DomainPolicyRows::mtaStsMx(const DomainPolicyEvidence &e)
{
    if (!e.mtaStsFetch.ok)
        return std::nullopt;
    const MtaStsPolicy policy = parseMtaStsPolicy(e.mtaStsFetch.text);
    if (!policy.errors.isEmpty() || policy.mode == QLatin1String("none") || e.nullMx)
        return std::nullopt;
    QStringList hosts;
    for (const MxHost &host : e.mx)
        hosts.append(host.name);
    const QStringList uncovered = mtaStsUncoveredMx(policy.mx, hosts);
    AuditCheck row = uncovered.isEmpty()
        ? make(QStringLiteral("domain.mta_sts.mx"), CheckStatus::Pass,
            tr("The MTA-STS policy covers every MX host"),
            tr("mx: %1").arg(policy.mx.join(QStringLiteral(", "))))
        : make(QStringLiteral("domain.mta_sts.mx"), CheckStatus::Fail,
            tr("The MTA-STS policy leaves out an MX host"),
            tr("not covered: %1; mx: %2")
                .arg(uncovered.join(QStringLiteral(", ")), policy.mx.join(QStringLiteral(", "))));
    if (!uncovered.isEmpty()) {
        row.cap = Grade::C;
        row.todo = tr("Add an mx: line for every MX host (a wildcard stands for one leftmost label only), "
                      "then change the id= in the TXT record so senders fetch the new policy.");
    }
    row.rule = tr("Every MX host matches an mx: pattern of the policy");
    row.source = QStringLiteral("RFC 8461 s.4.1");
    row.explanation
        = tr("A sender that follows the policy refuses to deliver to an MX host the policy does not "
             "name (in mode enforce), so mail to that host is delayed and then bounced.");
    return row;
}

AuditCheck DomainPolicyRows::tlsRpt(const DomainPolicyEvidence &e)
{
    AuditCheck row;
    const QString id = QStringLiteral("domain.tls_rpt");
    if (!e.tlsRptError.isEmpty())
        row = make(id, CheckStatus::Error, tr("TLS-RPT could not be looked up"), e.tlsRptError);
    else if (e.tlsRptRecords.isEmpty())
        row = make(id, CheckStatus::Info, tr("No TLS reporting address"),
            tr("_smtp._tls.%1 has no v=TLSRPTv1 record").arg(e.domain));
    else if (e.tlsRptRecords.size() > 1)
        row = make(id, CheckStatus::Warn, tr("More than one TLS-RPT record"),
            e.tlsRptRecords.join(QStringLiteral(" | ")));
    else if (const TlsRptRecord rpt = parseTlsRpt(e.tlsRptRecords.first()); !rpt.errors.isEmpty())
        row = make(id, CheckStatus::Warn, tr("The TLS-RPT record is malformed"),
            e.tlsRptRecords.first() + QStringLiteral(" — ") + rpt.errors.join(QStringLiteral("; ")));
    else
        row = make(id, CheckStatus::Pass, tr("TLS failures are reported"),
            tr("rua=%1").arg(rpt.rua.join(QStringLiteral(","))));
    row.rule = tr("A _smtp._tls record: v=TLSRPTv1; rua=mailto:... or https:...");
    row.source = QStringLiteral("RFC 8460 s.3");
    row.explanation = tr("With TLS-RPT, sending servers send daily reports of failed TLS connections to your "
                         "mail servers, so a broken certificate or an attack shows up before mail is lost.");
    if (row.status == CheckStatus::Info || row.status == CheckStatus::Warn)
        row.todo = tr("Publish \"v=TLSRPTv1; rua=mailto:tls-reports@%1\".").arg(e.domain);
    return row;
}

AuditCheck DomainPolicyRows::dane(const DomainPolicyEvidence &e)
{
    AuditCheck row;
    const QString id = QStringLiteral("domain.dane");
    QStringList withTlsa;
    QStringList errors;
    bool allSecure = true;
    bool anyBogus = false;
    for (const TlsaAnswer &answer : e.tlsa) {
        if (!answer.error.isEmpty())
            errors.append(answer.name + QStringLiteral(": ") + answer.error);
        if (answer.bogus)
            anyBogus = true;
        if (!answer.records.isEmpty()) {
            withTlsa.append(answer.name + QStringLiteral(" ") + answer.records.join(QStringLiteral(", ")));
            allSecure = allSecure && answer.secure;
        }
    }
    if (!e.daneNotChecked.isEmpty())
        row = make(id, CheckStatus::Info, tr("DANE not checked"), e.daneNotChecked);
    else if (anyBogus)
        row = make(id, CheckStatus::Fail, tr("DNSSEC validation of the TLSA lookup failed"),
            withTlsa.join(QStringLiteral("; ")));
    else if (withTlsa.isEmpty() && !errors.isEmpty())
        row = make(id, CheckStatus::Error, tr("The TLSA records could not be looked up"),
            errors.join(QStringLiteral("; ")));
    else if (withTlsa.isEmpty())
        row = make(id, CheckStatus::Info, tr("No TLSA records (no DANE)"),
            tr("No MX host has TLSA records for port 25."));
    else if (!allSecure && !e.daneTrustAnchor)
        // Without a trust anchor nothing can be validated here, whatever the zone does.
        row = make(id, CheckStatus::Info, tr("TLSA records found; DNSSEC not checked"),
            withTlsa.join(QStringLiteral("; "))
                + tr(" — no DNSSEC trust anchor was available here (Debian: the package dns-root-data)"));
    else if (!allSecure)
        row = make(id, CheckStatus::Warn, tr("TLSA records without DNSSEC validation"),
            withTlsa.join(QStringLiteral("; ")));
    else
        row = make(id, CheckStatus::Pass, tr("DANE: TLSA records validated by DNSSEC"),
            withTlsa.join(QStringLiteral("; ")));
    row.rule = tr("TLSA records for _25._tcp.<MX host>, in a DNSSEC-signed zone");
    row.source = QStringLiteral("RFC 7672 s.2.2; RFC 6698");
    row.explanation
        = tr("DANE lets a sending server check the MX host's certificate against records in DNS. "
             "Senders use TLSA records only when DNSSEC proves them genuine; unsigned ones are ignored.");
    if (row.status == CheckStatus::Warn)
        row.todo = tr("Sign the zone with DNSSEC, or the TLSA records have no effect.");
    else if (row.status == CheckStatus::Fail)
        row.todo = tr("Repair the zone's DNSSEC signatures: DANE senders defer mail while validation fails.");
    return row;
}

DomainDnsFindings DomainPolicyRows::findings(const DomainPolicyEvidence &e)
{
    DomainDnsFindings f;
    f.mx = e.mx;
    f.nullMx = e.nullMx;
    f.spf = e.spf.records;
    f.spfLookups = e.spf.lookups;
    f.dmarc = e.dmarcRecords;
    if (e.dmarcRecords.size() == 1)
        f.dmarcPolicy = parseDmarc(e.dmarcRecords.first()).policy;
    f.mtaStsRecord = e.mtaStsRecords.value(0);
    f.mtaStsPolicy = e.mtaStsFetch.text;
    const MtaStsPolicy policy = parseMtaStsPolicy(e.mtaStsFetch.text);
    if (e.mtaStsFetch.ok) {
        f.mtaStsMode = policy.mode;
        f.mtaStsMx = policy.mx;
    }
    f.tlsRpt = e.tlsRptRecords.value(0);
    bool anyRecords = false;
    bool allSecure = true;
    for (const TlsaAnswer &answer : e.tlsa) {
        QString host = answer.name;
        host.remove(QRegularExpression(QStringLiteral("^_25\\._tcp\\.")));
        f.tlsa.insert(host, answer.records);
        anyRecords = anyRecords || !answer.records.isEmpty();
        allSecure = allSecure && answer.secure;
    }
    // nullopt unless the answers could be validated at all (a trust anchor was loaded).
    if (e.daneNotChecked.isEmpty() && !e.tlsa.isEmpty() && e.daneTrustAnchor)
        f.dnssecValidated = anyRecords && allSecure;
    return f;
}

} // namespace SmtpTutor
