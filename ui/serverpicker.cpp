#include "serverpicker.h"

#include "lesson/simulatorsession.h"
#include "server/replayscenario.h"
#include "uihelpers.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QToolBar>

namespace SmtpTutor {

namespace {
const QString ScenarioKey = QStringLiteral("simulator/scenario");
const QString PersonalityKey = QStringLiteral("simulator/personality");

QLabel *addLabel(QToolBar *bar, const QString &text, const char *objectName, int leftMargin)
{
    auto *label = new QLabel(text, bar);
    label->setObjectName(QLatin1String(objectName));
    label->setContentsMargins(leftMargin, 0, 4, 0);
    bar->addWidget(label);
    return label;
}
} // namespace

ServerPicker::ServerPicker(SimulatorSession *session, QToolBar *bar, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    addScenarioPicker(bar);
    addPersonalityPicker(bar);
}

void ServerPicker::addScenarioPicker(QToolBar *bar)
{
    QLabel *label = addLabel(bar, tr("Server:"), "scenarioLabel", 6);
    m_scenarioCombo = new QComboBox(bar);
    Ui::name(m_scenarioCombo, QStringLiteral("scenarioComboBox"), tr("Simulated server"));
    m_scenarioCombo->setStatusTip(tr("Choose which kind of server the simulator plays, or replay a recorded one"));
    // Long titles are elided (the full one is in the list and the tooltip), so that the toolbar,
    // with the personality picker beside it, fits a 1024-pixel-wide window.
    m_scenarioCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scenarioCombo->setMinimumContentsLength(28);
    for (const QString &name : Scenario::builtInNames()) {
        auto scenario = Scenario::load(name);
        const QString title = scenario && !scenario->title.isEmpty() ? scenario->title : name;
        const int port = scenario ? scenario->port : 25;
        // "Port 587: submission ..." names its port already; the others get it in brackets.
        const bool namesPort = title.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(port)));
        m_scenarioCombo->addItem(namesPort ? title : tr("%1 (port %2)").arg(title).arg(port), name);
        if (scenario)
            m_scenarioCombo->setItemData(m_scenarioCombo->count() - 1, scenario->description, Qt::ToolTipRole);
    }
    m_scenarioCombo->insertSeparator(m_scenarioCombo->count());
    m_scenarioCombo->addItem(tr("Open scenario or recording..."), QString());
    label->setBuddy(m_scenarioCombo);
    bar->addWidget(m_scenarioCombo);
    connect(m_scenarioCombo, &QComboBox::activated, this, &ServerPicker::onScenarioActivated);
}

// RFC 5321 fixes the codes, not the words: the same scenario can speak as Postfix or as Exim.
void ServerPicker::addPersonalityPicker(QToolBar *bar)
{
    QLabel *label = addLabel(bar, tr("Speaks as:"), "personalityLabel", 8);
    m_personalityCombo = new QComboBox(bar);
    Ui::name(m_personalityCombo, QStringLiteral("personalityComboBox"), tr("Server personality"));
    m_personalityCombo->setStatusTip(tr("Choose whose words the simulated server uses: Postfix or Exim"));
    for (const PersonaId id : { PersonaId::Postfix, PersonaId::Exim }) {
        m_personalityCombo->addItem(Persona::byId(id).displayName(), Persona::name(id));
        m_personalityCombo->setItemData(m_personalityCombo->count() - 1,
            id == PersonaId::Postfix
                ? tr("Postfix's replies, with enhanced status codes such as 5.7.1")
                : tr("Exim's replies, as its example configuration sends them: no enhanced status codes"),
            Qt::ToolTipRole);
    }
    const auto saved = Persona::idFromName(QSettings().value(PersonalityKey).toString());
    m_personalityCombo->setCurrentIndex(m_personalityCombo->findData(Persona::name(saved.value_or(PersonaId::Postfix))));
    m_session->setPersonality(saved.value_or(PersonaId::Postfix));
    label->setBuddy(m_personalityCombo);
    bar->addWidget(m_personalityCombo);
    connect(m_personalityCombo, &QComboBox::activated, this, &ServerPicker::onPersonalityActivated);
}

bool ServerPicker::select(const QString &nameOrFile)
{
    if (ReplayScenario::looksLikeRecording(nameOrFile))
        return playRecording(nameOrFile);
    QString error;
    auto scenario = Scenario::load(nameOrFile, &error);
    if (!scenario) {
        QMessageBox::warning(m_dialogParent, tr("Scenario"), tr("This scenario cannot be loaded:\n%1").arg(error));
        return false;
    }
    Q_EMIT aboutToChangeServer();
    m_session->setScenario(*scenario);
    showChoice(nameOrFile);
    QSettings().setValue(ScenarioKey, nameOrFile);
    Q_EMIT serverChanged(scenario->title.isEmpty() ? scenario->name : scenario->title);
    return true;
}

// A recording answers with the words its real server used, so the personality picker rests.
bool ServerPicker::playRecording(const QString &file)
{
    QString error;
    auto replay = ReplayScenario::load(file, &error);
    if (!replay) {
        QMessageBox::warning(m_dialogParent, tr("Recorded Session"),
            tr("This recorded session cannot be replayed:\n%1").arg(error));
        return false;
    }
    Q_EMIT aboutToChangeServer();
    m_session->setReplay(*replay);
    showChoice(file);
    QSettings().setValue(ScenarioKey, file);
    Q_EMIT serverChanged(tr("the recording %1 (%2)").arg(QFileInfo(file).fileName(), replay->scenario.hostname));
    return true;
}

void ServerPicker::updatePersonalityPicker()
{
    const bool replaying = m_session->isReplaying();
    m_personalityCombo->setEnabled(!replaying);
    m_personalityCombo->setToolTip(replaying
            ? tr("A recorded session answers in the words of the server it was recorded from")
            : QString());
}

void ServerPicker::openFile()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Scenario or Recording"), QString(),
        tr("Scenarios and recorded sessions (*.json);;All files (*)"));
    if (path.isEmpty() || !select(path))
        showChoice(currentChoice());
}

void ServerPicker::showChoice(const QString &nameOrFile)
{
    int index = m_scenarioCombo->findData(nameOrFile);
    if (index < 0 && !nameOrFile.isEmpty()) {
        // A file: listed above the separator so it can be picked again.
        index = m_scenarioCombo->count() - 2;
        m_scenarioCombo->insertItem(index, QFileInfo(nameOrFile).fileName(), nameOrFile);
        m_scenarioCombo->setItemData(index, nameOrFile, Qt::ToolTipRole);
    }
    if (index >= 0)
        m_scenarioCombo->setCurrentIndex(index);
    updatePersonalityPicker(); // a lesson may have ended a replay
}

QString ServerPicker::currentChoice() const
{
    if (m_session->isReplaying())
        return m_session->replaySource();
    const QString shown = m_scenarioCombo->currentData().toString();
    return shown.isEmpty() ? m_session->scenario().name : shown;
}

void ServerPicker::onScenarioActivated(int index)
{
    const QString name = m_scenarioCombo->itemData(index).toString();
    if (name.isEmpty())
        openFile();
    else
        select(name);
}

void ServerPicker::onPersonalityActivated(int index)
{
    const auto personality = Persona::idFromName(m_personalityCombo->itemData(index).toString());
    if (!personality || *personality == m_session->personality())
        return;
    QSettings().setValue(PersonalityKey, Persona::name(*personality));
    m_session->setPersonality(*personality);
    Q_EMIT personalityChanged(Persona::byId(*personality).displayName());
}

} // namespace SmtpTutor
