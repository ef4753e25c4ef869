#pragma once

// Reports built by hand for the grader and writer tests: rows as the checks would give them.

#include "audit/auditreport.h"
#include "audit/report/auditgrader.h"

namespace SmtpTutor::Test {

inline AuditCheck row(const QString &id, CheckStatus status, std::optional<Grade> cap = std::nullopt,
                      const QString &detail = QStringLiteral("seen"))
{
    AuditCheck check;
    check.id = id;
    check.status = status;
    check.title = QStringLiteral("Title of ") + id;
    check.detail = detail;
    check.rule = QStringLiteral("Rule of ") + id;
    check.source = QStringLiteral("RFC 5321");
    check.explanation = QStringLiteral("Why ") + id + QStringLiteral(" matters");
    check.todo = QStringLiteral("Fix ") + id;
    check.cap = cap;
    return check;
}

// A reached server with TLS 1.0 accepted (cap B), a weak suite (cap C) and a closed relay.
inline HostAuditReport sampleHost(const QString &host = QStringLiteral("mx1.example.net"))
{
    HostAuditReport report;
    report.host = host;
    report.port = 25;
    report.tlsUsed = TlsUsed::StartTls;
    report.greeting = Reply(220, {QStringLiteral("mx1.example.net ESMTP")});
    report.checks = {row(QStringLiteral("smtp.reachable"), CheckStatus::Pass),
                     row(QStringLiteral("tls.available"), CheckStatus::Pass),
                     row(QStringLiteral("tls.version.tls1_0"), CheckStatus::Fail, Grade::B),
                     row(QStringLiteral("tls.ciphers.TLSv1.2"), CheckStatus::Fail, Grade::C),
                     row(QStringLiteral("relay.open"), CheckStatus::Pass)};
    report.tls.protocols = {{QStringLiteral("TLSv1.0"), true}, {QStringLiteral("TLSv1.2"), true},
                            {QStringLiteral("TLSv1.3"), true}};
    report.tls.ciphers = {{QStringLiteral("TLSv1.2"), {QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256")}}};
    report.starttlsInjection = InjectionResult::NotVulnerable;
    report.openRelay = false;
    report.waterfall = {{QStringLiteral("connect"), 0, 3}, {QStringLiteral("tls-versions"), 10, 120}};
    report.totalMs = 130;
    report.grade = AuditGrader::grade(report);
    return report;
}

inline HostAuditReport unreachedHost(const QString &host)
{
    HostAuditReport report;
    report.host = host;
    report.port = 25;
    report.error = {ClientErrorKind::ConnectionRefused, ProbeStage::Connect, QStringLiteral("Connection refused."), {}};
    report.failedStage = ProbeStage::Connect;
    report.checks = {row(QStringLiteral("smtp.reachable"), CheckStatus::Error)};
    report.grade = AuditGrader::grade(report);
    return report;
}

} // namespace SmtpTutor::Test
