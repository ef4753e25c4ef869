#pragma once

#include "client/mxlookup.h"
#include "client/portcheck.h"
#include "client/probe.h"
#include "client/probeoptions.h"
#include "certificatedialogs.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QSslError>

#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace SmtpTutor {

class SequenceDiagramView;
class ProbeSummaryPage;
class CapabilitiesTable;
class ProbeTlsPage;
class ProbeTimingsPage;
class PortMatrixView;
class AuditReportView;
class AuditRunner;

// "Probe real server": the form for one probe (host or a domain through its MX, port, TLS mode,
// EHLO name, credentials, envelope test, send, timeout), the live transcript and the report on
// tabs, and "Check all ports". Everything runs on the event loop and can be cancelled. The
// password lives only in its masked field and the running probe; nothing here is ever saved.
class ProbeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProbeDialog(QWidget *parent = nullptr);
    ~ProbeDialog() override;

    // Asks whether to go on despite certificate errors: for this run only, or trusting that
    // certificate for this host and port from now on. The default shows CertificateQuestionDialog;
    // tests replace it.
    using CertificateQuestion = std::function<CertificateAnswer(const CertificateQuestionInfo &info)>;
    void setCertificateQuestion(CertificateQuestion question) { m_certificateQuestion = std::move(question); }
    // The ports "Check all ports" looks at (25, 465, 587, 2525 unless a test says otherwise), and
    // the port typed in the form as well.
    void setPortCheckPorts(const QList<quint16> &ports) { m_portCheckPorts = ports; }
    // Extra trusted certificates (tests; the user relies on the system store).
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }

    bool isBusy() const;
    Probe *currentProbe() const { return m_probe; }
    AuditReportView *auditView() const { return m_auditView; }

public Q_SLOTS:
    void startProbe();
    void startPortCheck();
    void cancel();
    void showTrustedCertificates();
    void startAudit();

Q_SIGNALS:
    void probeFinished(bool ok);
    void portCheckFinished();
    void auditFinished();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The fields; then, in the order they appear: the two groups of fields, the buttons with
    // the status line, and the report tabs.
    void buildForm();
    QLayout *groupFields();
    QLayout *createButtons();
    QTabWidget *createReportTabs();
    void onPresetChanged(int index);
    // The form as options, as typed; ProbeOptions::validate() judges them.
    ProbeOptions optionsFromForm() const;
    // Names the field a problem is about, shows the problem and puts the cursor there.
    void showProblem(const ProbeOptionProblem &problem);
    QWidget *fieldWidget(ProbeOptionProblem::Field field) const;
    QString fieldLabel(ProbeOptionProblem::Field field) const;
    void runProbe(const ProbeOptions &options);
    void onProbeFinished(const ProbeReport &report);
    void showReport(const ProbeReport &report);
    void clearReport();
    // A certificate the user has not said yes to: a pinned one goes on at once, else the question.
    // True when a new run started.
    bool answerCertificateProblem(const ProbeReport &report);
    void setBusy(bool busy);
    void appendTranscript(qsizetype first, qsizetype last);

    QLineEdit *m_hostLineEdit = nullptr;
    QCheckBox *m_mxCheckBox = nullptr;
    QComboBox *m_portComboBox = nullptr;
    QComboBox *m_tlsComboBox = nullptr;
    QLineEdit *m_ehloLineEdit = nullptr;
    QLineEdit *m_userLineEdit = nullptr;
    QLineEdit *m_passwordLineEdit = nullptr;
    QComboBox *m_authComboBox = nullptr;
    QCheckBox *m_allowPlaintextCheckBox = nullptr;
    QLineEdit *m_fromLineEdit = nullptr;
    QLineEdit *m_toLineEdit = nullptr;
    QCheckBox *m_sendCheckBox = nullptr;
    QSpinBox *m_timeoutSpinBox = nullptr;
    QPushButton *m_probeButton = nullptr;
    QPushButton *m_portsButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_trustedButton = nullptr;
    QPushButton *m_auditButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTabWidget *m_reportTabs = nullptr;
    QPlainTextEdit *m_transcriptView = nullptr;
    SequenceDiagramView *m_diagramView = nullptr; // the same transcript as a live diagram
    ProbeSummaryPage *m_summaryView = nullptr;
    QWidget *m_summaryPage = nullptr; // the summary in its scroll area
    CapabilitiesTable *m_capabilitiesView = nullptr;
    ProbeTlsPage *m_certificateView = nullptr;
    ProbeTimingsPage *m_timingsView = nullptr;
    PortMatrixView *m_portsView = nullptr;
    AuditReportView *m_auditView = nullptr;

    QPointer<Probe> m_probe;
    QPointer<PortCheck> m_portCheck;
    QPointer<MxLookup> m_mxLookup;
    QPointer<AuditRunner> m_auditRunner;
    ProbeOptions m_lastOptions;
    QList<QSslError> m_lastCertificateErrors;
    bool m_askedAboutCertificate = false;
    CertificateQuestion m_certificateQuestion;
    QList<quint16> m_portCheckPorts;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace SmtpTutor
