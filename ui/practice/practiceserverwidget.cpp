#include "practiceserverwidget.h"

#include "exampicker.h"
#include "examreportcards.h"
#include "practiceportnote.h"
#include "wrappinglabel.h"

#include "exam/examproctor.h"
#include "exam/examresponder.h"

#include "practice/practicecertificate.h"
#include "practice/practiceconnection.h"
#include "practice/practiceserver.h"
#include "referencedock.h"
#include "session/transcript.h"
#include "transcriptpanel.h"
#include "uihelpers.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SmtpTutor {

PracticeServerWidget::PracticeServerWidget(QWidget *parent)
    : QWidget(parent)
    , m_scenarioBox(new QComboBox(this))
    , m_examPicker(new ExamPicker(this))
    , m_replayButton(new QPushButton(tr("Replay a recording…"), this))
    , m_portBox(new QSpinBox(this))
    , m_implicitBox(new QCheckBox(tr("Also TLS from the first byte on port"), this))
    , m_implicitPortBox(new QSpinBox(this))
    , m_startStopButton(new QPushButton(tr("Start"), this))
    , m_statusLabel(new QLabel(this))
    , m_settingsEdit(new QPlainTextEdit(this))
    , m_copySettingsButton(new QPushButton(tr("Copy settings"), this))
    , m_connectionsTree(new QTreeWidget(this))
    , m_reportCards(new ExamReportCards(this))
    , m_detailTabs(new QTabWidget(this))
    , m_transcriptPanel(new TranscriptPanel(this))
    , m_messagesTree(new QTreeWidget(this))
    , m_messageTabs(new QTabWidget(this))
    , m_headersEdit(new QPlainTextEdit(this))
    , m_bodyEdit(new QPlainTextEdit(this))
    , m_rawEdit(new QPlainTextEdit(this))
    , m_portNote(new WrappingLabel(this))
    , m_certificateMaker(new PracticeCertificate(this))
    , m_certificateDirectory(PracticeCertificate::defaultDirectory())
{
    setUpWidgets();
    setUpTrees();
    buildLayout();
    connectSignals();
    m_statusLabel->setText(
        tr("Stopped. The server listens on 127.0.0.1 only, so only programs on this computer "
           "can reach it."));
    updateControls();
    updateClientSettings();
}

void PracticeServerWidget::setUpWidgets()
{
    Ui::name(
        m_scenarioBox, QStringLiteral("practiceScenarioComboBox"), tr("Scenario the practice server plays"));
    Ui::name(m_replayButton, QStringLiteral("practiceReplayButton"), tr("Replay a recorded session"));
    Ui::name(m_portBox, QStringLiteral("practicePortSpinBox"), tr("Port for plain and STARTTLS sessions"));
    Ui::name(
        m_implicitBox, QStringLiteral("practiceImplicitTlsCheckBox"), tr("Also listen with implicit TLS"));
    Ui::name(m_implicitPortBox, QStringLiteral("practiceImplicitPortSpinBox"), tr("Port for implicit TLS"));
    Ui::name(m_startStopButton, QStringLiteral("practiceStartStopButton"),
        tr("Start or stop the practice server"));
    Ui::name(m_statusLabel, QStringLiteral("practiceStatusLabel"), tr("Practice server status"));
    Ui::name(m_settingsEdit, QStringLiteral("practiceClientSettingsEdit"), tr("Settings for a mail client"));
    Ui::name(
        m_copySettingsButton, QStringLiteral("practiceCopySettingsButton"), tr("Copy the client settings"));
    Ui::name(m_connectionsTree, QStringLiteral("practiceConnectionsTree"), tr("Sessions"));
    Ui::name(m_transcriptPanel, QStringLiteral("practiceTranscriptPanel"),
        tr("Transcript of the selected session"));
    Ui::name(m_messagesTree, QStringLiteral("practiceMessagesTree"), tr("Received messages"));
    Ui::name(m_headersEdit, QStringLiteral("practiceHeadersEdit"), tr("Message headers"));
    Ui::name(m_bodyEdit, QStringLiteral("practiceBodyEdit"), tr("Message body"));
    Ui::name(m_rawEdit, QStringLiteral("practiceRawEdit"), tr("Raw message"));
    Ui::name(m_portNote, QStringLiteral("practicePortNote"), tr("Why this port"));
    m_portNote->setWordWrap(true);
    m_portNote->setForegroundRole(QPalette::PlaceholderText);

    for (const QString &name : Scenario::builtInNames()) {
        const std::optional<Scenario> scenario = Scenario::load(name);
        m_scenarioBox->addItem(scenario && !scenario->title.isEmpty() ? scenario->title : name, name);
    }
    m_portBox->setRange(0, 65535);
    m_portBox->setSpecialValueText(tr("any free port"));
    m_portBox->setValue(2525);
    m_implicitPortBox->setRange(0, 65535);
    m_implicitPortBox->setSpecialValueText(tr("any free port"));
    m_implicitPortBox->setValue(4650);
    m_settingsEdit->setReadOnly(true);
    m_settingsEdit->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_startStopButton->setStatusTip(tr("Listen on 127.0.0.1 so mail programs on this computer can connect"));
    m_transcriptPanel->setLookups(&ReferenceDock::enhancedMeaning, &ReferenceDock::replyMeaning);
    m_transcriptPanel->setSettingsKey(QStringLiteral("practiceTranscriptPanel"));
}

void PracticeServerWidget::setUpTrees()
{
    m_connectionsTree->setHeaderLabels({ tr("#"), tr("Client"), tr("State"), tr("Security"), tr("User") });
    m_connectionsTree->setRootIsDecorated(false);
    m_connectionsTree->setUniformRowHeights(true);
    m_connectionsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_messagesTree->setHeaderLabels({ tr("Received"), tr("From"), tr("To"), tr("Bytes") });
    m_messagesTree->setRootIsDecorated(false);
    m_messagesTree->setUniformRowHeights(true);
    for (QPlainTextEdit *edit : { m_headersEdit, m_bodyEdit, m_rawEdit }) {
        edit->setReadOnly(true);
        edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_messageTabs->addTab(m_headersEdit, tr("Headers"));
    m_messageTabs->addTab(m_bodyEdit, tr("Body"));
    m_messageTabs->addTab(m_rawEdit, tr("Raw"));
}

void PracticeServerWidget::buildLayout()
{
    auto *form = new QFormLayout;
    auto *scenarioRow = new QHBoxLayout;
    scenarioRow->addWidget(m_scenarioBox, 1);
    scenarioRow->addWidget(m_replayButton);
    // Labels with buddies: QFormLayout::addRow(text, layout) makes a label without one, and its
    // "&" then shows as a literal ampersand.
    auto *scenarioLabel = new QLabel(tr("&Scenario:"), this);
    scenarioLabel->setBuddy(m_scenarioBox);
    form->addRow(scenarioLabel, scenarioRow);
    auto *examLabel = new QLabel(tr("E&xam:"), this);
    examLabel->setBuddy(m_examPicker->comboBox());
    form->addRow(examLabel, m_examPicker);
    form->addRow(QString(), m_examPicker->descriptionLabel());
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_portBox);
    portRow->addWidget(m_implicitBox);
    portRow->addWidget(m_implicitPortBox);
    portRow->addStretch();
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_portBox);
    form->addRow(portLabel, portRow);
    form->addRow(QString(), m_portNote);
    auto *controlRow = new QHBoxLayout;
    controlRow->addWidget(m_startStopButton);
    controlRow->addWidget(m_statusLabel, 1);

    auto *settingsRow = new QHBoxLayout;
    settingsRow->addWidget(m_settingsEdit, 1);
    settingsRow->addWidget(m_copySettingsButton, 0, Qt::AlignTop);

    auto *messageSplitter = new QSplitter(Qt::Vertical, this);
    messageSplitter->addWidget(m_messagesTree);
    messageSplitter->addWidget(m_messageTabs);
    m_detailTabs->setObjectName(QStringLiteral("practiceDetailTabs"));
    m_detailTabs->addTab(m_transcriptPanel, tr("Transcript"));
    m_detailTabs->addTab(messageSplitter, tr("Messages"));
    // The report cards between the sessions and the transcript a chosen card selects: a column
    // of their own, so that they have the full height (rows are what the panel lacks).
    m_reportCards->placeInTabOrderAfter(m_connectionsTree);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("practiceSplitter"));
    m_splitter->addWidget(m_connectionsTree);
    m_splitter->addWidget(m_reportCards);
    m_splitter->addWidget(m_detailTabs);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setStretchFactor(2, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(controlRow);
    layout->addLayout(settingsRow);
    layout->addWidget(m_splitter, 1);
}

void PracticeServerWidget::connectSignals()
{
    connect(m_startStopButton, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });
    connect(m_replayButton, &QPushButton::clicked, this, &PracticeServerWidget::chooseRecording);
    connect(m_copySettingsButton, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(clientSettingsText()); });
    connect(
        m_scenarioBox, &QComboBox::currentIndexChanged, this, &PracticeServerWidget::updateClientSettings);
    connect(m_examPicker, &ExamPicker::examChanged, this, [this] {
        updateControls();
        updateClientSettings();
    });
    connect(m_reportCards, &ExamReportCards::sessionChosen, this, &PracticeServerWidget::showSession);
    connect(m_implicitBox, &QCheckBox::toggled, this, &PracticeServerWidget::updateControls);
    connect(m_portBox, &QSpinBox::valueChanged, this, &PracticeServerWidget::updatePortNote);
    connect(m_connectionsTree, &QTreeWidget::itemSelectionChanged, this,
        &PracticeServerWidget::showSelectedConnection);
    connect(
        m_messagesTree, &QTreeWidget::itemSelectionChanged, this, &PracticeServerWidget::showSelectedMessage);
    connect(m_certificateMaker, &PracticeCertificate::ready, this,
        [this](const QString &certificate, const QString &key) { onCertificateReady(certificate, key); });
    connect(m_certificateMaker, &PracticeCertificate::failed, this,
        [this](const QString &error) { fail(tr("No certificate for TLS: %1").arg(error)); });
}

PracticeServerWidget::~PracticeServerWidget()
{
    m_transcriptPanel->setTranscript(nullptr);
    delete m_proctor;
    delete m_server;
}

void PracticeServerWidget::setCertificateDirectory(const QString &directory)
{
    m_certificateDirectory = directory;
}

void PracticeServerWidget::setPorts(quint16 port, quint16 implicitTlsPort)
{
    m_portBox->setValue(port);
    m_implicitPortBox->setValue(implicitTlsPort);
}

bool PracticeServerWidget::setRecording(const QString &file, QString *error)
{
    std::optional<ReplayScenario> replay = ReplayScenario::load(file, error);
    if (!replay)
        return false;
    m_replay = std::move(replay);
    const int existing
        = m_scenarioBox->findData(QStringLiteral("replay:"), Qt::UserRole, Qt::MatchStartsWith);
    if (existing >= 0)
        m_scenarioBox->removeItem(existing);
    m_scenarioBox->addItem(m_replay->scenario.title, QStringLiteral("replay:") + file);
    m_scenarioBox->setCurrentIndex(m_scenarioBox->count() - 1);
    return true;
}

void PracticeServerWidget::chooseRecording()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Replay a recorded session"), QString(),
        tr("Recorded sessions (probe --json output, exported transcripts) (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!setRecording(file, &error))
        m_statusLabel->setText(tr("Cannot replay %1: %2").arg(file, error));
}

bool PracticeServerWidget::isRunning() const
{
    return m_server && m_server->isListening();
}

std::optional<Scenario> PracticeServerWidget::currentScenario(QString *error) const
{
    if (const std::optional<ExamOptions> exam = m_examPicker->exam())
        return examScenario(*exam);
    const QString key = m_scenarioBox->currentData().toString();
    if (key.startsWith(QLatin1String("replay:")))
        return m_replay ? std::optional<Scenario>(m_replay->scenario) : std::nullopt;
    return Scenario::load(key, error);
}

PracticeServerOptions PracticeServerWidget::options() const
{
    PracticeServerOptions options;
    const QString key = m_scenarioBox->currentData().toString();
    // An exam plays its own server: the scenario choice is left out (ExamWithScenario).
    options.exam = m_examPicker->exam();
    if (!options.exam && key.startsWith(QLatin1String("replay:")))
        options.recording = m_replay;
    else if (!options.exam)
        options.scenario = key;
    options.plain = { QHostAddress(QHostAddress::LocalHost), quint16(m_portBox->value()) };
    // With an implicit-TLS scenario the one port already speaks TLS; the second one is not opened.
    const std::optional<Scenario> scenario = currentScenario(nullptr);
    if (m_implicitBox->isChecked() && !(scenario && scenario->implicitTls))
        options.implicitTls = PracticeListenAddress { QHostAddress(QHostAddress::LocalHost),
            quint16(m_implicitPortBox->value()) };
    options.certificateDirectory = m_certificateDirectory;
    return options;
}

// The set-up's error in the form's terms. The form cannot set limits, a certificate of the
// user's own or a personality for a recording, so those kinds share one sentence.
QString PracticeServerWidget::describe(const PracticeSetupError &error) const
{
    using Kind = PracticeSetupError::Kind;
    switch (error.kind) {
    case Kind::ListenFailed:
        return tr("Cannot listen on 127.0.0.1 port %1: %2").arg(error.port).arg(error.detail);
    case Kind::CertificateNotMade:
        return tr("No certificate for TLS: %1").arg(error.detail);
    case Kind::ScenarioNotLoaded:
    case Kind::RecordingNotLoaded:
    case Kind::CertificateNotLoaded:
        return error.detail;
    case Kind::MaxConnectionsOutOfRange:
    case Kind::IdleTimeoutOutOfRange:
    case Kind::CertificateWithoutKey:
    case Kind::PersonalityForRecording:
    case Kind::ExamWithScenario:
    case Kind::None:
        break;
    }
    return tr("These settings cannot start the practice server.");
}

void PracticeServerWidget::start()
{
    if (isRunning() || m_starting)
        return;
    PracticeSetupError error;
    m_setup = PracticeServerSetup::prepare(options(), &error);
    if (!m_setup)
        return fail(describe(error));
    m_starting = true;
    updateControls();
    m_statusLabel->setText(tr("Preparing the TLS certificate…"));
    m_certificateMaker->ensure(m_certificateDirectory); // openssl runs in the background
}

void PracticeServerWidget::onCertificateReady(const QString &certificate, const QString &key)
{
    if (!m_starting || !m_setup)
        return;
    PracticeSetupError error;
    if (!m_setup->useCertificate(certificate, key, &error))
        return fail(describe(error));
    clearLastRun();
    std::unique_ptr<PracticeServer> server = m_setup->listen(&error, this);
    if (!server)
        return fail(describe(error));
    m_server = server.release(); // the widget is its parent
    m_runningScenario = m_setup->scenario();
    m_certificateFile = certificate;
    startExam(m_setup->options().exam);
    m_setup.reset();
    followServer();

    m_starting = false;
    m_statusLabel->setText(
        tr("Listening on 127.0.0.1 (%1). Point a mail program at it with the settings below.")
            .arg(m_runningScenario.title.isEmpty() ? m_runningScenario.name : m_runningScenario.title));
    updateControls();
    updateClientSettings();
    Q_EMIT runningChanged(true);
}

// A new run starts with empty lists; the previous server's transcripts go with it.
void PracticeServerWidget::clearLastRun()
{
    m_transcriptPanel->setTranscript(nullptr);
    m_connectionsTree->clear();
    m_reportCards->begin(std::nullopt);
    m_messagesTree->clear();
    for (QPlainTextEdit *edit : { m_headersEdit, m_bodyEdit, m_rawEdit })
        edit->clear();
    delete m_proctor; // it follows the server: it goes first
    m_proctor = nullptr;
    delete m_server;
}

// The proctor grades every session of the new server; each verdict becomes a report card.
void PracticeServerWidget::startExam(const std::optional<ExamOptions> &exam)
{
    m_reportCards->begin(exam ? std::optional<ExamId>(exam->exam) : std::nullopt);
    if (!exam)
        return;
    m_proctor = new ExamProctor(*exam, m_server, this);
    connect(m_proctor, &ExamProctor::verdictReached, m_reportCards, &ExamReportCards::addVerdict);
}

// A card names its session: select it, so its whole transcript shows beside the card.
void PracticeServerWidget::showSession(int id)
{
    if (QTreeWidgetItem *item = connectionItem(id)) {
        m_connectionsTree->setCurrentItem(item);
        m_connectionsTree->scrollToItem(item);
        m_detailTabs->setCurrentWidget(m_transcriptPanel);
    }
}

void PracticeServerWidget::followServer()
{
    connect(m_server, &PracticeServer::connectionAdded, this, &PracticeServerWidget::addConnection);
    connect(m_server, &PracticeServer::connectionStateChanged, this,
        [this](int id, SessionPhase) { updateConnection(id); });
    connect(m_server, &PracticeServer::connectionClosed, this, &PracticeServerWidget::updateConnection);
    connect(m_server, &PracticeServer::connectionForgotten, this, &PracticeServerWidget::removeConnection);
    connect(m_server, &PracticeServer::messageReceived, this, &PracticeServerWidget::addMessage);
    connect(m_server, &PracticeServer::messagesDropped, this, &PracticeServerWidget::dropMessages);
}

void PracticeServerWidget::fail(const QString &error)
{
    m_starting = false;
    m_setup.reset();
    // m_server is only ever a server that listened: a failed start leaves the last run readable
    // (or, when the failure came after clearLastRun(), nothing).
    m_statusLabel->setText(tr("Not started: %1").arg(error));
    updateControls();
    Q_EMIT startFailed(error);
}

void PracticeServerWidget::stop()
{
    if (!m_server)
        return;
    m_server->stop(); // open sessions get 421 and close; their transcripts stay readable
    // As `serve --exam` does on Ctrl+C: whatever still waits for the client is INCOMPLETE.
    if (m_proctor)
        m_proctor->finish();
    m_statusLabel->setText(
        tr("Stopped. The sessions and messages of the last run stay here until the next start."));
    updateControls();
    updateClientSettings();
    Q_EMIT runningChanged(false);
}

void PracticeServerWidget::updateControls()
{
    const bool running = isRunning();
    m_startStopButton->setText(running ? tr("Stop") : tr("Start"));
    m_startStopButton->setEnabled(!m_starting);
    for (QWidget *widget :
        std::initializer_list<QWidget *> { m_examPicker, m_portBox, m_implicitBox })
        widget->setEnabled(!running && !m_starting);
    // An exam plays its own server, so the scenario choice does not apply while one is chosen.
    const bool exam = m_examPicker->exam().has_value();
    for (QWidget *widget : std::initializer_list<QWidget *> { m_scenarioBox, m_replayButton })
        widget->setEnabled(!running && !m_starting && !exam);
    const bool showCards = exam || !m_reportCards->cards().isEmpty();
    if (showCards && m_reportCards->isHidden()) {
        // A column that was hidden comes back at its minimum width: give the cards the most.
        m_reportCards->show();
        const int width = qMax(m_splitter->width(), 600);
        m_splitter->setSizes({ width * 2 / 9, width * 4 / 9, width / 3 });
    }
    m_reportCards->setVisible(showCards);
    m_implicitPortBox->setEnabled(!running && !m_starting && m_implicitBox->isChecked());
}

} // namespace SmtpTutor
