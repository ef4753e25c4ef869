// Runs one HostCheck of the audit to its end against a loopback server and returns the rows
// and findings it contributes; and asks `openssl s_client` the same questions, for comparison.
#pragma once

#include "audit/connectionlimiter.h"
#include "audit/hostcheck.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>

namespace SmtpTutor::Testing {

inline HostCheckContext loopbackContext(quint16 port, bool implicitTls, ConnectionLimiter *limiter,
                                        const QString &caFile = {})
{
    HostCheckContext context;
    context.host = QStringLiteral("localhost");
    context.port = port;
    context.implicitTls = implicitTls;
    context.limiter = limiter;
    context.options.target = context.host;
    context.options.port = port;
    context.options.ehloName = QStringLiteral("audit.example.org");
    context.options.timeouts = {5000, 10000, 30000};
    if (!caFile.isEmpty())
        context.options.caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    return context;
}

// The check's contribution, or an empty report (no checks) if it never finished.
inline HostAuditReport runHostCheck(HostCheck &check, int timeoutMs = 60000)
{
    QSignalSpy finished(&check, &HostCheck::finished);
    check.start();
    HostAuditReport report;
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return report;
    check.contribute(report);
    return report;
}

inline const AuditCheck *findRow(const HostAuditReport &report, const QString &id)
{
    for (const AuditCheck &row : report.checks) {
        if (row.id == id)
            return &row;
    }
    return nullptr;
}

// openssl s_client's verdict on one version: true (handshake completed), false (it did not).
// The security level is lowered so that the old versions are offered at all on OpenSSL 3.
inline std::optional<bool> opensslAccepts(quint16 port, bool implicitTls, const QString &versionFlag)
{
    QProcess process;
    QStringList arguments{QStringLiteral("s_client"), QStringLiteral("-brief"), QStringLiteral("-connect"),
                          QStringLiteral("127.0.0.1:%1").arg(port), versionFlag,
                          QStringLiteral("-cipher"), QStringLiteral("ALL:@SECLEVEL=0")};
    if (!implicitTls)
        arguments << QStringLiteral("-starttls") << QStringLiteral("smtp");
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted(5000))
        return std::nullopt;
    process.closeWriteChannel(); // EOF on stdin: s_client ends the session after the handshake
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(2000);
        return std::nullopt;
    }
    const QByteArray output = process.readAllStandardError() + process.readAllStandardOutput();
    return output.contains("Protocol version:") && output.contains("CONNECTION ESTABLISHED");
}

} // namespace SmtpTutor::Testing
