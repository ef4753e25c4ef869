#include "probedialog.h"

#include "client/mxlookup.h"
#include "client/portcheck.h"
#include "client/probe.h"
#include "diagram/sequencediagramview.h"
#include "audit/auditrunner.h"
#include "portmatrixview.h"
#include "report/auditreportview.h"
#include "probedetailpages.h"
#include "probesummarypage.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {
struct PortPreset
{
    quint16 port;
    TlsMode mode;
    const char *label;
};
const PortPreset kPresets[] = {
    { 587, TlsMode::StartTls, QT_TRANSLATE_NOOP("SmtpTutor::ProbeDialog", "587 submission (STARTTLS)") },
    { 465, TlsMode::Implicit, QT_TRANSLATE_NOOP("SmtpTutor::ProbeDialog", "465 submission (implicit TLS)") },
    { 25, TlsMode::Auto, QT_TRANSLATE_NOOP("SmtpTutor::ProbeDialog", "25 server to server") },
    { 2525, TlsMode::Auto, QT_TRANSLATE_NOOP("SmtpTutor::ProbeDialog", "2525 alternative") },
};

template<typename W>
W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

QPlainTextEdit *reportView(const QString &objectName, const QString &accessibleName)
{
    auto *view = named(new QPlainTextEdit, objectName, accessibleName);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}
} // namespace

ProbeDialog::ProbeDialog(QWidget *parent) : QDialog(parent), m_portCheckPorts(PortCheck::defaultPorts())
{
    setObjectName(QStringLiteral("probeDialog"));
    setWindowTitle(tr("Probe a real mail server"));
    buildForm();
    resize(860, 680);
}

ProbeDialog::~ProbeDialog()
{
    // Nothing of the form is saved; the password field is wiped with the dialog.
    if (m_probe)
        m_probe->disconnect(this);
    if (m_portCheck)
        m_portCheck->disconnect(this);
    if (m_auditRunner)
        m_auditRunner->disconnect(this);
}

void ProbeDialog::buildForm()
{
    m_hostLineEdit = named(new QLineEdit, QStringLiteral("hostLineEdit"), tr("Host or domain"));
    m_hostLineEdit->setPlaceholderText(tr("smtp.example.com"));
    m_mxCheckBox = named(new QCheckBox(tr("It is a mail domain: probe its first MX host")), QStringLiteral("mxCheckBox"), tr("Resolve MX"));
    m_portComboBox = named(new QComboBox, QStringLiteral("portComboBox"), tr("Port"));
    m_portComboBox->setEditable(true);
    for (const PortPreset &preset : kPresets)
        m_portComboBox->addItem(tr(preset.label), preset.port);
    m_tlsComboBox = named(new QComboBox, QStringLiteral("tlsComboBox"), tr("Encryption"));
    m_tlsComboBox->addItem(tr("Automatic (STARTTLS when offered, implicit on 465)"), int(TlsMode::Auto));
    m_tlsComboBox->addItem(tr("STARTTLS (required)"), int(TlsMode::StartTls));
    m_tlsComboBox->addItem(tr("Implicit TLS"), int(TlsMode::Implicit));
    m_tlsComboBox->addItem(tr("None (plain text)"), int(TlsMode::None));
    connect(m_portComboBox, &QComboBox::currentIndexChanged, this, &ProbeDialog::onPresetChanged);
    m_ehloLineEdit = named(new QLineEdit, QStringLiteral("ehloLineEdit"), tr("EHLO name"));
    m_ehloLineEdit->setPlaceholderText(tr("this computer's name"));
    m_userLineEdit = named(new QLineEdit, QStringLiteral("userLineEdit"), tr("User name"));
    m_userLineEdit->setPlaceholderText(tr("leave empty to skip AUTH"));
    m_passwordLineEdit = named(new QLineEdit, QStringLiteral("passwordLineEdit"), tr("Password"));
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLineEdit->setToolTip(tr("Used for this probe only; never saved, never shown in the transcript."));
    m_authComboBox = named(new QComboBox, QStringLiteral("authComboBox"), tr("AUTH mechanism"));
    m_authComboBox->addItem(tr("Automatic"), QString());
    for (const QString &mechanism : SaslClient::supportedMechanisms())
        m_authComboBox->addItem(mechanism, mechanism);
    m_allowPlaintextCheckBox = named(new QCheckBox(tr("Allow the password without TLS (test servers only)")),
                                     QStringLiteral("allowPlaintextCheckBox"), tr("Allow plaintext AUTH"));
    m_fromLineEdit = named(new QLineEdit, QStringLiteral("fromLineEdit"), tr("Envelope sender"));
    m_fromLineEdit->setPlaceholderText(tr("you@example.com (empty: no envelope test)"));
    m_toLineEdit = named(new QLineEdit, QStringLiteral("toLineEdit"), tr("Envelope recipients"));
    m_toLineEdit->setPlaceholderText(tr("someone@example.com, other@example.com"));
    m_sendCheckBox = named(new QCheckBox(tr("Really send a short test message (otherwise RSET, nothing is delivered)")),
                           QStringLiteral("sendCheckBox"), tr("Send a test message"));
    m_timeoutSpinBox = named(new QSpinBox, QStringLiteral("timeoutSpinBox"), tr("Timeout"));
    m_timeoutSpinBox->setRange(1, 300);
    m_timeoutSpinBox->setValue(30);
    m_timeoutSpinBox->setSuffix(tr(" s per step"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(groupFields());
    layout->addLayout(createButtons());
    layout->addWidget(m_statusLabel);
    layout->addWidget(createReportTabs(), 1);
}

QLayout *ProbeDialog::groupFields()
{
    auto *server = new QGroupBox(tr("Server"));
    auto *serverForm = new QFormLayout(server);
    serverForm->addRow(tr("&Host:"), m_hostLineEdit);
    serverForm->addRow(QString(), m_mxCheckBox);
    serverForm->addRow(tr("&Port:"), m_portComboBox);
    serverForm->addRow(tr("&Encryption:"), m_tlsComboBox);
    serverForm->addRow(tr("EHLO &name:"), m_ehloLineEdit);
    serverForm->addRow(tr("&Timeout:"), m_timeoutSpinBox);
    auto *login = new QGroupBox(tr("Login and envelope (optional)"));
    auto *loginForm = new QFormLayout(login);
    loginForm->addRow(tr("&User:"), m_userLineEdit);
    loginForm->addRow(tr("Pass&word:"), m_passwordLineEdit);
    loginForm->addRow(tr("&Mechanism:"), m_authComboBox);
    loginForm->addRow(QString(), m_allowPlaintextCheckBox);
    loginForm->addRow(tr("&From:"), m_fromLineEdit);
    loginForm->addRow(tr("&To:"), m_toLineEdit);
    loginForm->addRow(QString(), m_sendCheckBox);
    auto *forms = new QHBoxLayout;
    forms->addWidget(server);
    forms->addWidget(login);
    return forms;
}

QLayout *ProbeDialog::createButtons()
{
    m_probeButton = named(new QPushButton(tr("&Probe")), QStringLiteral("probeButton"), tr("Probe"));
    m_probeButton->setDefault(true);
    m_portsButton = named(new QPushButton(tr("Check &all ports")), QStringLiteral("portsButton"), tr("Check all ports"));
    m_auditButton = named(new QPushButton(tr("Au&dit")), QStringLiteral("auditButton"), tr("Audit"));
    m_auditButton->setToolTip(tr("Grade the server: TLS versions and ciphers, certificate, STARTTLS injection, open relay, DNS."));
    connect(m_auditButton, &QPushButton::clicked, this, &ProbeDialog::startAudit);
    m_cancelButton = named(new QPushButton(tr("&Cancel")), QStringLiteral("cancelButton"), tr("Cancel"));
    m_cancelButton->setEnabled(false);
    m_trustedButton = named(new QPushButton(tr("T&rusted certificates...")), QStringLiteral("trustedCertificatesButton"),
                            tr("Trusted certificates"));
    connect(m_trustedButton, &QPushButton::clicked, this, &ProbeDialog::showTrustedCertificates);
    auto *closeButton = named(new QPushButton(tr("Close")), QStringLiteral("closeButton"), tr("Close"));
    connect(m_probeButton, &QPushButton::clicked, this, &ProbeDialog::startProbe);
    connect(m_portsButton, &QPushButton::clicked, this, &ProbeDialog::startPortCheck);
    connect(m_cancelButton, &QPushButton::clicked, this, &ProbeDialog::cancel);
    connect(closeButton, &QPushButton::clicked, this, &ProbeDialog::close);
    m_statusLabel = named(new QLabel(tr("Ready.")), QStringLiteral("statusLabel"), tr("Status"));
    m_statusLabel->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_probeButton);
    buttons->addWidget(m_portsButton);
    buttons->addWidget(m_auditButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(m_trustedButton);
    buttons->addWidget(closeButton);
    return buttons;
}

QTabWidget *ProbeDialog::createReportTabs()
{
    m_reportTabs = named(new QTabWidget, QStringLiteral("reportTabs"), tr("Report"));
    m_transcriptView = reportView(QStringLiteral("transcriptView"), tr("Transcript"));
    m_summaryView = new ProbeSummaryPage;
    auto *summaryScroll = new QScrollArea;
    summaryScroll->setObjectName(QStringLiteral("summaryScrollArea"));
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setWidget(m_summaryView);
    m_summaryPage = summaryScroll;
    m_capabilitiesView = new CapabilitiesTable;
    m_certificateView = new ProbeTlsPage;
    m_timingsView = new ProbeTimingsPage;
    m_portsView = new PortMatrixView;
    m_auditView = new AuditReportView;
    m_reportTabs->addTab(m_transcriptView, tr("Transcript"));
    // The transcript as a live sequence diagram, each arrow with the time since the previous one.
    m_diagramView = new SequenceDiagramView;
    m_diagramView->setObjectName(QStringLiteral("probeDiagramView"));
    m_diagramView->setShowTimes(true);
    m_reportTabs->addTab(m_diagramView, tr("Diagram"));
    m_reportTabs->addTab(m_summaryPage, tr("Summary"));
    m_reportTabs->addTab(m_capabilitiesView, tr("Capabilities"));
    m_reportTabs->addTab(m_certificateView, tr("TLS / certificate"));
    m_reportTabs->addTab(m_timingsView, tr("Timings"));
    m_reportTabs->addTab(m_portsView, tr("Ports"));
    m_reportTabs->addTab(m_auditView, tr("Audit"));
    return m_reportTabs;
}

void ProbeDialog::onPresetChanged(int index)
{
    if (index >= 0 && index < int(std::size(kPresets)))
        m_tlsComboBox->setCurrentIndex(m_tlsComboBox->findData(int(kPresets[index].mode)));
}

bool ProbeDialog::isBusy() const
{
    return (m_probe && m_probe->isRunning()) || m_portCheck || m_mxLookup || m_auditRunner;
}

void ProbeDialog::setBusy(bool busy)
{
    m_probeButton->setEnabled(!busy);
    m_portsButton->setEnabled(!busy);
    m_auditButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
}

ProbeOptions ProbeDialog::optionsFromForm() const
{
    ProbeOptions options;
    options.host = m_hostLineEdit->text().trimmed();
    // An edited port is a number typed over the preset text; an untouched preset keeps its
    // number as data (its label may be translated). Anything else typed is no port.
    const int index = m_portComboBox->currentIndex();
    const QString text = m_portComboBox->currentText();
    std::optional<quint16> port = parsePort(text.section(QLatin1Char(' '), 0, 0));
    if (!port && index >= 0 && text == m_portComboBox->itemText(index))
        port = parsePort(m_portComboBox->itemData(index).toString());
    options.port = port.value_or(0); // 0: validate() says what is wrong
    options.tlsMode = TlsMode(m_tlsComboBox->currentData().toInt());
    options.ehloName = m_ehloLineEdit->text().trimmed();
    options.user = m_userLineEdit->text().trimmed();
    options.secret = m_passwordLineEdit->text();
    options.authMechanism = m_authComboBox->currentData().toString();
    options.allowPlaintextAuth = m_allowPlaintextCheckBox->isChecked();
    options.from = m_fromLineEdit->text().trimmed();
    for (const QString &address : m_toLineEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.to.append(address.trimmed());
    options.send = m_sendCheckBox->isChecked();
    options.setTimeoutSeconds(m_timeoutSpinBox->value());
    options.caCertificates = m_caCertificates;
    return options;
}

void ProbeDialog::showProblem(const ProbeOptionProblem &problem)
{
    // What a missing companion needs is filled in over there (a mechanism without a user: the
    // User field), so that field is named and gets the cursor.
    const ProbeOptionProblem::Field field =
        problem.kind == ProbeOptionProblem::Kind::Requires && problem.other ? *problem.other : problem.field;
    const QString label = fieldLabel(field);
    m_statusLabel->setText(label.isEmpty() ? problem.message : tr("%1: %2").arg(label, problem.message));
    if (QWidget *widget = fieldWidget(field))
        widget->setFocus(Qt::OtherFocusReason);
}

QWidget *ProbeDialog::fieldWidget(ProbeOptionProblem::Field field) const
{
    switch (field) {
    case ProbeOptionProblem::Field::Host: return m_hostLineEdit;
    case ProbeOptionProblem::Field::Port: return m_portComboBox;
    case ProbeOptionProblem::Field::TlsMode: return m_tlsComboBox;
    case ProbeOptionProblem::Field::EhloName: return m_ehloLineEdit;
    case ProbeOptionProblem::Field::Timeout: return m_timeoutSpinBox;
    case ProbeOptionProblem::Field::User: return m_userLineEdit;
    case ProbeOptionProblem::Field::Secret: return m_passwordLineEdit;
    case ProbeOptionProblem::Field::AuthMechanism: return m_authComboBox;
    case ProbeOptionProblem::Field::From: return m_fromLineEdit;
    case ProbeOptionProblem::Field::To: return m_toLineEdit;
    case ProbeOptionProblem::Field::Send: return m_sendCheckBox;
    case ProbeOptionProblem::Field::QuitAfter: return nullptr; // the dialog always runs every step asked for
    }
    return nullptr;
}

QString ProbeDialog::fieldLabel(ProbeOptionProblem::Field field) const
{
    // The field's own label, so the user knows where to look.
    switch (field) {
    case ProbeOptionProblem::Field::Host: return tr("Host");
    case ProbeOptionProblem::Field::Port: return tr("Port");
    case ProbeOptionProblem::Field::TlsMode: return tr("Encryption");
    case ProbeOptionProblem::Field::EhloName: return tr("EHLO name");
    case ProbeOptionProblem::Field::Timeout: return tr("Timeout");
    case ProbeOptionProblem::Field::User: return tr("User");
    case ProbeOptionProblem::Field::Secret: return tr("Password");
    case ProbeOptionProblem::Field::AuthMechanism: return tr("Mechanism");
    case ProbeOptionProblem::Field::From: return tr("From");
    case ProbeOptionProblem::Field::To: return tr("To");
    case ProbeOptionProblem::Field::Send: return tr("Send a test message");
    case ProbeOptionProblem::Field::QuitAfter: return {};
    }
    return {};
}

void ProbeDialog::startProbe()
{
    if (isBusy())
        return;
    ProbeOptions options = optionsFromForm();
    // The same rules as the command line, before anything connects (no CR/LF injection,
    // addresses by the RFC 5321 parser, no password in clear unless allowed, ...).
    if (const QList<ProbeOptionProblem> problems = options.validate(); !problems.isEmpty()) {
        showProblem(problems.first());
        return;
    }
    m_askedAboutCertificate = false;
    if (!m_mxCheckBox->isChecked()) {
        runProbe(options);
        return;
    }
    // A domain: find its mail host first (MX, or the domain itself, RFC 5321 s.5.1).
    setBusy(true);
    m_statusLabel->setText(tr("Looking up the mail servers of %1 ...").arg(options.host));
    m_mxLookup = new MxLookup(options.host, this);
    connect(m_mxLookup, &MxLookup::finished, this, [this, options](const MxResult &result) mutable {
        m_mxLookup->deleteLater();
        m_mxLookup = nullptr;
        m_portsView->clear();
        m_portsView->setNote(result.toText().trimmed());
        if (!result.error.isEmpty() || result.hosts.isEmpty() || result.nullMx) {
            setBusy(false);
            m_statusLabel->setText(result.error.isEmpty() ? tr("%1 accepts no mail.").arg(result.domain) : result.error);
            return;
        }
        QString host = result.hosts.first().name;
        if (host.endsWith(QLatin1Char('.')))
            host.chop(1);
        options.host = host;
        runProbe(options);
    });
    m_mxLookup->start();
}

void ProbeDialog::runProbe(const ProbeOptions &options)
{
    m_lastOptions = options;
    m_lastCertificateErrors.clear();
    if (m_probe)
        m_probe->deleteLater();
    clearReport();
    if (m_reportTabs->currentWidget() != m_diagramView) // a learner watching the diagram stays there
        m_reportTabs->setCurrentWidget(m_transcriptView);
    m_probe = new Probe(options, this);
    connect(m_probe->transcript(), &Transcript::entriesAppended, this, &ProbeDialog::appendTranscript);
    m_diagramView->setLanes(tr("SMTP Tutor"), options.host);
    m_diagramView->setTranscript(m_probe->transcript());
    connect(m_probe, &Probe::finished, this, &ProbeDialog::onProbeFinished);
    connect(m_probe, &Probe::certificateProblem, this, [this](const QList<QSslError> &errors) { m_lastCertificateErrors = errors; });
    connect(m_probe, &Probe::stageChanged, this, [this](ProbeStage stage) {
        m_statusLabel->setText(tr("Probing %1 port %2: %3 ...").arg(m_lastOptions.host).arg(m_lastOptions.port).arg(stageName(stage)));
    });
    setBusy(true);
    m_statusLabel->setText(tr("Connecting to %1 port %2 ...").arg(options.host).arg(options.port));
    m_probe->start();
}

void ProbeDialog::appendTranscript(qsizetype first, qsizetype last)
{
    auto *transcript = qobject_cast<Transcript *>(sender());
    if (!transcript)
        return;
    for (qsizetype i = first; i <= last && i < transcript->entries().size(); ++i) {
        const TranscriptEntry &entry = transcript->entries().at(i);
        m_transcriptView->appendPlainText(Transcript::mark(entry.direction, entry.tls) + QLatin1Char(' ') + entry.text);
    }
}

void ProbeDialog::onProbeFinished(const ProbeReport &report)
{
    // A certificate problem: ask once (or go on at once for a pinned certificate); "yes" runs
    // again accepting exactly those errors. Until then the report says it waits, not FAILED.
    if (report.error.kind == ClientErrorKind::CertificateRejected && !m_askedAboutCertificate && m_probe) {
        m_askedAboutCertificate = true;
        if (answerCertificateProblem(report))
            return;
    }
    showReport(report);
    setBusy(false);
    Q_EMIT probeFinished(report.ok);
}

void ProbeDialog::startPortCheck()
{
    if (isBusy())
        return;
    // The port check greets with EHLO too: the host and the EHLO name obey the probe's rules.
    ProbeOptions target;
    target.host = m_hostLineEdit->text().trimmed();
    target.ehloName = m_ehloLineEdit->text().trimmed();
    if (const QList<ProbeOptionProblem> problems = target.validate(); !problems.isEmpty()) {
        showProblem(problems.first());
        return;
    }
    const QString host = target.host;
    // The standard ports and the one typed in the form (a port validate() would refuse is left out).
    const QList<quint16> ports = portsToCheck(m_portCheckPorts, optionsFromForm().port);
    m_portsView->setPorts(host, ports);
    m_reportTabs->setCurrentWidget(m_portsView);
    m_portCheck = new PortCheck(host, ports, this);
    const int seconds = m_timeoutSpinBox->value();
    m_portCheck->setTimeouts({seconds * 1000, seconds * 1000, seconds * 3000});
    m_portCheck->setCaCertificates(m_caCertificates);
    m_portCheck->setEhloName(target.ehloName);
    connect(m_portCheck, &PortCheck::portFinished, m_portsView, &PortMatrixView::setResult);
    connect(m_portCheck, &PortCheck::finished, this, [this, host] {
        m_portsView->setNote(tr("Ports of %1, checked at once in %2 ms:").arg(host).arg(m_portCheck->totalMs()));
        m_statusLabel->setText(tr("Port check finished in %1 ms.").arg(m_portCheck->totalMs()));
        m_portCheck->deleteLater();
        m_portCheck = nullptr;
        setBusy(false);
        Q_EMIT portCheckFinished();
    });
    setBusy(true);
    m_statusLabel->setText(tr("Checking %1 ports of %2 at once ...").arg(ports.size()).arg(host));
    m_portCheck->start();
}

void ProbeDialog::cancel()
{
    if (m_mxLookup) {
        m_mxLookup->deleteLater();
        m_mxLookup = nullptr;
        setBusy(false);
        m_statusLabel->setText(tr("Cancelled."));
    }
    if (m_probe && m_probe->isRunning())
        m_probe->cancel();
    if (m_portCheck)
        m_portCheck->cancel();
    if (m_auditRunner)
        m_auditRunner->cancel(); // finished() still comes, with what was learnt so far
}

void ProbeDialog::closeEvent(QCloseEvent *event)
{
    cancel();
    m_passwordLineEdit->clear();
    QDialog::closeEvent(event);
}

} // namespace SmtpTutor
