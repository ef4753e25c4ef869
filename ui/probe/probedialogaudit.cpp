// ProbeDialog, the Audit button: the form's host, port, encryption, EHLO name and timeout as
// AuditOptions, the runner's progress in the status line, Cancel, and the report on the Audit
// tab. (The form is in probedialog.cpp, the probe's report in probedialogreport.cpp.)
#include "probedialog.h"

#include "audit/auditrunner.h"
#include "report/auditreportview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>

namespace SmtpTutor {

void ProbeDialog::startAudit()
{
    if (isBusy())
        return;
    // The audit connects and greets as the probe does: the probe's rules judge host, port and
    // EHLO name before anything connects. No credentials: the audit never logs in.
    ProbeOptions target = optionsFromForm();
    target.user.clear();
    target.secret.clear();
    target.authMechanism.clear();
    target.from.clear();
    target.to.clear();
    target.send = false;
    if (const QList<ProbeOptionProblem> problems = target.validate(); !problems.isEmpty()) {
        showProblem(problems.first());
        return;
    }
    AuditOptions options;
    options.target = target.host;
    options.port = target.port;
    options.tlsMode = target.tlsMode == TlsMode::None ? TlsMode::Auto : target.tlsMode; // the audit always tries TLS
    options.ehloName = target.ehloName;
    options.caCertificates = m_caCertificates;
    const int ms = m_timeoutSpinBox->value() * 1000;
    options.timeouts = {ms, ms, ms * 3};
    m_auditView->clear();
    m_reportTabs->setCurrentWidget(m_auditView);
    m_auditRunner = new AuditRunner(options, this);
    connect(m_auditRunner, &AuditRunner::progress, this, [this](const QString &host, const QString &step) {
        m_statusLabel->setText(tr("Auditing %1: %2 ...").arg(host, step));
    });
    connect(m_auditRunner, &AuditRunner::finished, this, [this] {
        AuditRunner *runner = m_auditRunner;
        m_auditRunner = nullptr;
        if (runner->isDomainAudit())
            m_auditView->setDomainReport(runner->domainReport());
        else
            m_auditView->setHostReport(runner->hostReport());
        m_statusLabel->setText(tr("Audit finished: grade %1.").arg(m_auditView->gradeText()));
        runner->deleteLater();
        setBusy(false);
        Q_EMIT auditFinished();
    });
    setBusy(true);
    m_statusLabel->setText(tr("Auditing %1 port %2 ...").arg(options.target).arg(options.port));
    m_auditRunner->start();
}

} // namespace SmtpTutor
