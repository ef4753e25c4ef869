// ProbeDialog, the finished probe's report on its tabs: the summary with the diagnosis and what
// to change in the dialog's own terms, capabilities, TLS and certificate, timings; and the
// certificate question with its remembered answers. (The form and the running probe are in
// probedialog.cpp.)
#include "probedialog.h"

#include "certificatepins.h"
#include "portmatrixview.h"
#include "probedetailpages.h"
#include "proberemedytext.h"
#include "probesummarypage.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>

namespace SmtpTutor {

void ProbeDialog::clearReport()
{
    m_transcriptView->clear();
    m_summaryView->clear();
    m_capabilitiesView->clear();
    m_certificateView->clear();
    m_timingsView->showTimings({}, 0);
}

void ProbeDialog::showReport(const ProbeReport &report)
{
    m_statusLabel->setText(report.ok ? tr("Done: %1 port %2 did what was asked.").arg(report.host).arg(report.port)
                                     : tr("Failed at step %1: %2").arg(stageName(report.stage), report.error.message));
    QStringList remedies;
    for (ProbeRemedy remedy : report.remedies)
        remedies.append(ProbeRemedyText::forDialog(remedy));
    m_summaryView->showReport(report, !m_lastOptions.user.isEmpty(), remedies);
    m_capabilitiesView->showReport(report);
    m_certificateView->showTls(report.tls);
    m_timingsView->showTimings(report.timings, report.totalMs);
    if (!report.ok)
        m_reportTabs->setCurrentWidget(m_summaryPage);
}

bool ProbeDialog::answerCertificateProblem(const ProbeReport &report)
{
    const CertificateInfo leaf = report.tls.chain.value(0);
    CertificateAnswer answer = CertificateAnswer::Cancel;
    if (CertificatePins::isPinned(report.host, report.port, leaf.sha256)) {
        // Trusted earlier for exactly this host, port and certificate: no question.
        answer = CertificateAnswer::ThisRunOnly;
    } else {
        m_summaryView->showWaitingForCertificateAnswer(report);
        m_certificateView->showTls(report.tls);
        m_capabilitiesView->showReport(report);
        m_timingsView->showTimings(report.timings, report.totalMs);
        m_reportTabs->setCurrentWidget(m_summaryPage);
        m_statusLabel->setText(tr("Waiting for your answer about the certificate of %1 port %2 ...").arg(report.host).arg(report.port));
        const CertificateQuestionInfo info{report.host, report.port, report.tls.explanations.join(QLatin1Char('\n')), leaf};
        answer = m_certificateQuestion ? m_certificateQuestion(info) : CertificateQuestionDialog::ask(info, this);
        if (answer == CertificateAnswer::TrustForThisHost)
            CertificatePins::add({report.host, report.port, leaf.sha256});
    }
    if (answer == CertificateAnswer::Cancel || !m_probe)
        return false;
    // Exactly the errors seen (type and certificate), nothing more: a different certificate on
    // the next connection fails again.
    ProbeOptions options = m_lastOptions;
    options.acceptedCertificateErrors = m_lastCertificateErrors;
    runProbe(options);
    return true;
}

void ProbeDialog::showTrustedCertificates()
{
    TrustedCertificatesDialog dialog(this);
    dialog.exec();
}

} // namespace SmtpTutor
