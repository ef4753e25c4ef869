// What the probe suites against the real servers (tst_probe_postfix, tst_probe_exim) share:
// options for a probe of a loopback server that trusts the test certificate only, and a run
// that waits for the report.
#pragma once

#include "client/probe.h"

#include <QSignalSpy>
#include <QSslCertificate>

namespace SmtpTutor::Testing {

inline ProbeOptions loopbackProbeOptions(quint16 port, TlsMode mode, const QString &caFile)
{
    ProbeOptions options;
    options.host = QStringLiteral("localhost");
    options.port = port;
    options.tlsMode = mode;
    options.ehloName = QStringLiteral("client.example.org");
    options.caCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
    options.timeouts.connectMs = 5000;
    options.timeouts.replyMs = 10000;
    options.timeouts.overallMs = 30000;
    return options;
}

// The report, and the transcript as text when asked; an empty report if the probe never finished.
inline ProbeReport runProbe(const ProbeOptions &options, QString *transcript = nullptr)
{
    Probe probe(options);
    QSignalSpy finished(&probe, &Probe::finished);
    probe.start();
    if (finished.isEmpty() && !finished.wait(40000))
        return {};
    if (transcript)
        *transcript = probe.transcript()->toText();
    return finished.first().first().value<ProbeReport>();
}

} // namespace SmtpTutor::Testing
