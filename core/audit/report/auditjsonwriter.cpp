#include "auditjsonwriter.h"

#include "auditgrader.h"

#include <QJsonArray>

namespace SmtpTutor {

namespace {

using Key = QLatin1String;

template <typename T>
QJsonValue optional(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject checkJson(const AuditCheck &check)
{
    return {{Key("id"), check.id},
            {Key("status"), checkStatusName(check.status)},
            {Key("title"), check.title},
            {Key("detail"), check.detail},
            {Key("rule"), check.rule},
            {Key("source"), check.source},
            {Key("explanation"), check.explanation},
            {Key("todo"), check.todo},
            {Key("cap"), check.cap ? QJsonValue(gradeName(*check.cap)) : QJsonValue(QJsonValue::Null)}};
}

QJsonArray checksJson(const QList<AuditCheck> &checks)
{
    QJsonArray array;
    for (const AuditCheck &check : checks)
        array.append(checkJson(check));
    return array;
}

void addGrade(QJsonObject &object, const AuditGradeResult &grade, bool graded)
{
    object.insert(Key("grade"), graded ? QJsonValue(gradeName(grade.grade)) : QJsonValue(QJsonValue::Null));
    object.insert(Key("complete"), grade.complete);
    object.insert(Key("capped_by"), strings(grade.cappedBy));
}

QJsonObject tlsJson(const TlsFindings &tls)
{
    // Every version is named; null when it could not be tried (not the same as refused).
    QJsonObject protocols;
    for (const char *version : {"TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"}) {
        const auto found = tls.protocols.constFind(QLatin1String(version));
        protocols.insert(Key(version), found == tls.protocols.constEnd() ? QJsonValue(QJsonValue::Null) : QJsonValue(*found));
    }
    QJsonObject ciphers;
    for (auto it = tls.ciphers.cbegin(); it != tls.ciphers.cend(); ++it)
        ciphers.insert(it.key(), strings(it.value()));
    return {{Key("protocols"), protocols}, {Key("ciphers"), ciphers}, {Key("server_order"), optional(tls.serverOrder)}};
}

QJsonObject certificateJson(const CertificateFindings &certificate)
{
    QJsonObject object{{Key("seen"), certificate.seen}};
    if (!certificate.seen)
        return object;
    object.insert(Key("key_algorithm"), certificate.keyAlgorithm);
    object.insert(Key("key_bits"), certificate.keyBits);
    object.insert(Key("curve"), certificate.curve);
    object.insert(Key("signature_algorithm"), certificate.signatureAlgorithm);
    object.insert(Key("days_left"), certificate.daysLeft);
    object.insert(Key("chain_complete"), certificate.chainComplete);
    object.insert(Key("chain_in_order"), certificate.chainInOrder);
    object.insert(Key("name_matches"), certificate.nameMatches);
    object.insert(Key("verification"), certificate.tls.toJson());
    return object;
}

QJsonObject hostDnsJson(const HostDnsFindings &dns)
{
    return {{Key("address"), dns.address},
            {Key("ptr"), strings(dns.ptrNames)},
            {Key("forward_confirmed"), optional(dns.forwardConfirmed)},
            {Key("banner_name"), dns.bannerName},
            {Key("banner_matches"), optional(dns.bannerMatches)}};
}

QJsonArray timingsJson(const QList<AuditTiming> &timings)
{
    QJsonArray array;
    for (const AuditTiming &timing : timings)
        array.append(QJsonObject{{Key("step"), timing.step}, {Key("start_ms"), timing.startMs}, {Key("ms"), timing.ms}});
    return array;
}

QJsonObject domainDnsJson(const DomainDnsFindings &dns)
{
    QJsonArray mx;
    for (const MxHost &host : dns.mx)
        mx.append(QJsonObject{{Key("preference"), host.preference}, {Key("host"), host.name}});
    QJsonObject tlsa;
    for (auto it = dns.tlsa.cbegin(); it != dns.tlsa.cend(); ++it)
        tlsa.insert(it.key(), strings(it.value()));
    return {{Key("mx"), mx},
            {Key("null_mx"), dns.nullMx},
            {Key("spf"), strings(dns.spf)},
            {Key("spf_lookups"), dns.spfLookups < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(dns.spfLookups)},
            {Key("dmarc"), strings(dns.dmarc)},
            {Key("dmarc_policy"), dns.dmarcPolicy},
            {Key("mta_sts"), QJsonObject{{Key("record"), dns.mtaStsRecord}, {Key("policy"), dns.mtaStsPolicy},
                                         {Key("mode"), dns.mtaStsMode}, {Key("mx"), strings(dns.mtaStsMx)}}},
            {Key("tls_rpt"), dns.tlsRpt},
            {Key("tlsa"), tlsa},
            {Key("dnssec_validated"), optional(dns.dnssecValidated)}};
}

} // namespace

QJsonObject AuditJsonWriter::write(const HostAuditReport &report)
{
    QJsonObject object{{Key("host"), report.host},
                       {Key("port"), report.port},
                       {Key("reached"), report.reached()},
                       {Key("tls_used"), tlsUsedName(report.tlsUsed)},
                       {Key("checks"), checksJson(report.checks)},
                       {Key("tls"), tlsJson(report.tls)},
                       {Key("certificate"), certificateJson(report.certificate)},
                       {Key("starttls_injection"), injectionResultName(report.starttlsInjection)},
                       {Key("open_relay"), optional(report.openRelay)},
                       {Key("dns"), hostDnsJson(report.dns)},
                       {Key("timings"), timingsJson(report.waterfall)},
                       {Key("total_ms"), report.totalMs}};
    addGrade(object, report.grade, AuditGrader::isGraded(report));
    if (!report.reached())
        object.insert(Key("error"), QJsonObject{{Key("kind"), errorKindName(report.error.kind)},
                                                {Key("stage"), stageName(report.failedStage)},
                                                {Key("message"), report.error.message}});
    return object;
}

QJsonObject AuditJsonWriter::write(const DomainAuditReport &report)
{
    QJsonArray hosts;
    for (const HostAuditReport &host : report.hosts)
        hosts.append(write(host));
    QJsonObject object{{Key("domain"), report.domain},
                       {Key("dns"), domainDnsJson(report.dns)},
                       {Key("checks"), checksJson(report.checks)},
                       {Key("hosts"), hosts},
                       {Key("total_ms"), report.totalMs}};
    addGrade(object, report.grade, AuditGrader::isGraded(report));
    return object;
}

} // namespace SmtpTutor
