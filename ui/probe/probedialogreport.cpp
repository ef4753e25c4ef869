// ProbeDialog, the finished probe's report on its tabs: summary with the diagnosis and what to
// change in the dialog's own terms, capabilities, TLS and certificate, timings. (The form and
// the running probe are in probedialog.cpp.)
#include "probedialog.h"

#include "proberemedytext.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace SmtpTutor {

void ProbeDialog::showReport(const ProbeReport &report)
{
    m_statusLabel->setText(report.ok ? tr("Done: %1 port %2 did what was asked.").arg(report.host).arg(report.port)
                                     : tr("Failed at step %1: %2").arg(stageName(report.stage), report.error.message));
    QString summary = report.ok ? tr("Result: OK\n") : tr("Result: FAILED at step %1\n\nWhat it means:\n%2\n").arg(stageName(report.stage), report.diagnosis);
    if (!report.remedies.isEmpty()) {
        summary += tr("\nWhat to change:\n");
        for (ProbeRemedy remedy : report.remedies)
            summary += QStringLiteral("- ") + ProbeRemedyText::forDialog(remedy) + QLatin1Char('\n');
    }
    summary += QLatin1Char('\n');
    for (const Verdict &verdict : report.verdicts)
        summary += QLatin1Char('[') + Verdict::levelName(verdict.level) + QStringLiteral("] ") + verdict.text + QLatin1Char('\n');
    m_summaryView->setPlainText(summary);

    QString capabilities = tr("Greeting: %1\n\n").arg(report.greeting.isValid() ? report.greeting.lines().value(0) : tr("(none)"));
    if (report.tlsUsed != TlsUsed::Implicit)
        capabilities += tr("Before TLS:\n  %1\n\n").arg(report.capabilitiesBeforeTls.lines().join(QStringLiteral("\n  ")));
    if (!report.capabilitiesAfterTls.isEmpty())
        capabilities += tr("After TLS:\n  %1\n\n").arg(report.capabilitiesAfterTls.lines().join(QStringLiteral("\n  ")));
    if (report.tlsUsed == TlsUsed::StartTls) {
        capabilities += tr("Added by TLS: %1\n").arg(Capabilities::added(report.capabilitiesBeforeTls, report.capabilitiesAfterTls).join(QStringLiteral(", ")));
        capabilities += tr("Gone after TLS: %1\n").arg(Capabilities::removed(report.capabilitiesBeforeTls, report.capabilitiesAfterTls).join(QStringLiteral(", ")));
    }
    m_capabilitiesView->setPlainText(capabilities);

    QString tls;
    if (report.tls.used)
        tls += tr("Protocol: %1\nCipher: %2\n").arg(report.tls.protocol, report.tls.cipher);
    if (report.tls.used || !report.tls.errors.isEmpty()) {
        tls += tr("Verdict: %1\n\n").arg(report.tls.verdict());
        for (qsizetype i = 0; i < report.tls.chain.size(); ++i) {
            const CertificateInfo &info = report.tls.chain.at(i);
            tls += tr("[%1] Subject: %2\n    Issuer: %3\n    Names: %4\n    Valid from %5 to %6\n    SHA-256: %7\n\n")
                       .arg(i).arg(info.subject, info.issuer, info.subjectAlternativeNames.join(QStringLiteral(", ")),
                                   info.notBefore.toUTC().toString(Qt::ISODate), info.notAfter.toUTC().toString(Qt::ISODate), info.sha256);
        }
    } else {
        tls = tr("No TLS in this session.");
    }
    m_certificateView->setPlainText(tls);

    QString timings;
    for (const StepTiming &timing : report.timings)
        timings += timing.step.leftJustified(12) + QString::number(timing.ms).rightJustified(7) + QStringLiteral(" ms\n");
    timings += QStringLiteral("total").leftJustified(12) + QString::number(report.totalMs).rightJustified(7) + QStringLiteral(" ms\n");
    m_timingsView->setPlainText(timings);
    if (!report.ok)
        m_reportTabs->setCurrentWidget(m_summaryView);
}

} // namespace SmtpTutor
