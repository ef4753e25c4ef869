#include "lessonpanel.h"

#include "diagram/mailflowmap.h"
#include "server/scenario.h"
#include "uihelpers.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QFrame>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {
const QString IdKey = QStringLiteral("lesson/id");
const QString StepKey = QStringLiteral("lesson/step");
} // namespace

LessonPanel::LessonPanel(LessonRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_lessonCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stepTitle(new QLabel(this))
    , m_stepBody(new QLabel(this))
    , m_command(new QLabel(this))
    , m_fill(new QPushButton(Ui::themeIcon(QStringLiteral("tools-wizard")), tr("Fill it in for me"), this))
    , m_feedback(new QLabel(this))
    , m_stepList(new QListWidget(this))
    , m_restart(new QPushButton(Ui::themeIcon(QStringLiteral("view-refresh")), tr("Restart"), this))
    , m_resume(new QPushButton(Ui::themeIcon(QStringLiteral("media-skip-forward")), tr("Resume"), this))
    , m_map(new MailFlowMap(this))
{
    m_map->setCaptionVisible(false); // a click or Enter shows a hop's explanation
    Ui::name(this, QStringLiteral("lessonPanel"), tr("Lesson"));
    Ui::name(m_lessonCombo, QStringLiteral("lessonComboBox"), tr("Choose a lesson"));
    Ui::name(m_summary, QStringLiteral("lessonSummary"), tr("What this lesson is about"));
    Ui::name(m_progress, QStringLiteral("lessonProgressBar"), tr("Lesson progress"));
    Ui::name(m_stepTitle, QStringLiteral("lessonStepTitle"), tr("Current step"));
    Ui::name(m_stepBody, QStringLiteral("lessonStepBody"), tr("What this step does"));
    Ui::name(m_command, QStringLiteral("lessonCommand"), tr("The line to type"));
    Ui::name(m_fill, QStringLiteral("fillButton"), tr("Fill it in for me"));
    Ui::name(m_feedback, QStringLiteral("lessonFeedback"), tr("What the server's answer meant"));
    Ui::name(m_stepList, QStringLiteral("lessonStepList"), tr("All steps of the lesson"));
    m_stepList->setSelectionMode(QAbstractItemView::NoSelection);
    m_stepList->setFocusPolicy(Qt::NoFocus);
    m_stepList->setFrameShape(QFrame::NoFrame);
    m_stepList->viewport()->setAutoFillBackground(false);
    Ui::name(m_restart, QStringLiteral("restartLessonButton"), tr("Restart the lesson"));
    Ui::name(m_resume, QStringLiteral("resumeLessonButton"), tr("Resume where you left off"));
    m_fill->setStatusTip(tr("Put the step's command into the command line; press Enter to send it"));
    m_restart->setStatusTip(tr("Start this lesson again from the first step"));
    m_resume->setStatusTip(tr("Replay the steps you already finished and continue"));

    for (const Lesson::Summary &lesson : Lesson::builtInSummaries())
        m_lessonCombo->addItem(lesson.kind == QLatin1String("drill") ? tr("Drill: %1").arg(lesson.title) : lesson.title, lesson.id);
    m_summary->setWordWrap(true);
    m_stepTitle->setWordWrap(true);
    QFont titleFont = m_stepTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_stepTitle->setFont(titleFont);
    m_stepBody->setWordWrap(true);
    m_stepBody->setTextFormat(Qt::RichText);
    m_stepBody->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_stepBody->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.05);
    m_command->setFont(mono);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);
    m_command->setTextFormat(Qt::PlainText);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() / 2 + 4);
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::RichText);
    m_feedback->setFrameShape(QFrame::StyledPanel);
    m_feedback->setMargin(6);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height() * 4);
    m_feedback->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The line to type sits in a framed box of its own, with the helper button under it.
    auto *commandBox = new QFrame(this);
    m_commandBox = commandBox;
    commandBox->setObjectName(QStringLiteral("lessonCommandBox"));
    commandBox->setFrameShape(QFrame::StyledPanel);
    commandBox->setBackgroundRole(QPalette::Base);
    commandBox->setAutoFillBackground(true);
    auto *typeLabel = new QLabel(tr("Type this, then press Enter:"), commandBox);
    typeLabel->setObjectName(QStringLiteral("lessonTypeLabel"));
    typeLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *boxLayout = new QVBoxLayout(commandBox);
    boxLayout->addWidget(typeLabel);
    boxLayout->addWidget(m_command);
    auto *commandRow = new QHBoxLayout;
    commandRow->addStretch(1);
    commandRow->addWidget(m_fill);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restart);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_lessonCombo);
    layout->addWidget(m_summary);
    layout->addWidget(m_map);
    layout->addWidget(m_progress);
    layout->addSpacing(8);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_stepBody);
    layout->addWidget(commandBox);
    layout->addLayout(commandRow);
    layout->addWidget(m_feedback);
    auto *overview = new QLabel(tr("All steps"), this);
    m_overview = overview;
    overview->setObjectName(QStringLiteral("lessonOverviewLabel"));
    QFont overviewFont = overview->font();
    overviewFont.setBold(true);
    overview->setFont(overviewFont);
    layout->addSpacing(6);
    layout->addWidget(overview);
    layout->addWidget(m_stepList, 100);
    layout->addStretch(1); // keeps the text at the top when the step list is hidden
    layout->addLayout(buttons);

    connect(m_lessonCombo, &QComboBox::activated, this, &LessonPanel::chooseLesson);
    connect(m_fill, &QPushButton::clicked, this, [this] {
        const QString line = m_runner->suggestedLine();
        if (!line.isNull())
            Q_EMIT fillRequested(line);
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (m_runner->isActive())
            startLesson(m_runner->lesson().id);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] { startLesson(savedLessonId(), true); });
    connect(m_runner, &LessonRunner::stepChanged, this, [this] {
        saveProgress();
        showStep();
    });
    connect(m_runner, &LessonRunner::feedbackChanged, this, &LessonPanel::showFeedback);
    showStep();
}

QString LessonPanel::savedLessonId()
{
    return QSettings().value(IdKey).toString();
}

int LessonPanel::savedStep()
{
    return QSettings().value(StepKey, 0).toInt();
}

void LessonPanel::chooseLesson(int index)
{
    startLesson(m_lessonCombo->itemData(index).toString());
}

bool LessonPanel::startLesson(const QString &id, bool resume)
{
    QString error;
    auto lesson = Lesson::load(id, &error);
    if (!lesson) {
        m_feedback->setText(tr("This lesson cannot be loaded: %1").arg(error.toHtmlEscaped()));
        return false;
    }
    const int step = resume && id == savedLessonId() ? savedStep() : 0;
    const bool ok = resume ? m_runner->resume(*lesson, step, &error) : m_runner->start(*lesson, &error);
    if (!ok) {
        m_feedback->setText(tr("This lesson cannot start: %1").arg(error.toHtmlEscaped()));
        return false;
    }
    if (const auto scenario = Scenario::load(lesson->scenario))
        m_map->setSessionHop(MailFlowMap::hopForScenario(*scenario));
    const int comboIndex = m_lessonCombo->findData(id);
    if (comboIndex >= 0)
        m_lessonCombo->setCurrentIndex(comboIndex);
    m_feedback->clear();
    saveProgress();
    showStep();
    Q_EMIT lessonStarted(lesson->scenario);
    return true;
}

void LessonPanel::saveProgress()
{
    if (!m_runner->isActive())
        return;
    QSettings settings;
    // Writing only what changed keeps start-up (a resume) from rewriting the settings file.
    if (settings.value(IdKey).toString() != m_runner->lesson().id)
        settings.setValue(IdKey, m_runner->lesson().id);
    if (settings.value(StepKey, -1).toInt() != m_runner->currentStepIndex())
        settings.setValue(StepKey, m_runner->currentStepIndex());
}

void LessonPanel::showStep()
{
    const bool active = m_runner->isActive();
    const Lesson &lesson = m_runner->lesson();
    const int total = active ? int(lesson.steps.size()) : 1;
    m_progress->setRange(0, total);
    m_progress->setValue(active ? m_runner->completedSteps() : 0);
    m_progress->setFormat(tr("%v of %m steps"));
    m_summary->setText(active ? lesson.summary : QString());
    m_summary->setVisible(active);
    m_lessonCombo->setPlaceholderText(tr("Choose a lesson or a drill..."));
    if (!active)
        m_lessonCombo->setCurrentIndex(-1);
    m_restart->setEnabled(active);
    const QString saved = savedLessonId();
    m_resume->setEnabled(!saved.isEmpty() && savedStep() > 0
                         && !(active && lesson.id == saved && m_runner->currentStepIndex() >= savedStep()));

    m_stepList->clear();
    // Without a lesson the step widgets have nothing to say: show only the invitation.
    for (QWidget *w : {m_commandBox, static_cast<QWidget *>(m_fill), static_cast<QWidget *>(m_feedback), m_overview,
                       static_cast<QWidget *>(m_stepList), static_cast<QWidget *>(m_progress)})
        w->setVisible(active);
    if (active) {
        for (int i = 0; i < lesson.steps.size(); ++i) {
            const bool done = i < m_runner->completedSteps();
            const bool current = i == m_runner->currentStepIndex();
            auto *item = new QListWidgetItem(QStringLiteral("%1  %2. %3").arg(done ? QStringLiteral("✓") : current ? QStringLiteral("▸") : QStringLiteral("  "))
                                                 .arg(i + 1).arg(lesson.steps.at(i).title), m_stepList);
            QFont font = item->font();
            font.setBold(current);
            item->setFont(font);
            if (done)
                item->setForeground(Ui::replyClassColor(200, palette()));
            else if (!current)
                item->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }

    // The introduction: until the first line is typed, the map of where mail travels stands
    // where the feedback will come, so the panel is no taller than during the lesson.
    const bool introduction = active && m_runner->currentStepIndex() == 0 && m_feedback->text().isEmpty();
    m_map->setVisible(introduction);
    if (introduction)
        m_feedback->hide();

    const LessonStep *step = m_runner->currentStep();
    m_fill->setEnabled(step != nullptr);
    if (!step) {
        m_stepTitle->setText(active ? tr("Lesson complete") : tr("Free practice"));
        QString html;
        if (active && !lesson.takeaway.isEmpty())
            html = QStringLiteral("<p>%1</p>").arg(lesson.takeaway.toHtmlEscaped());
        if (active)
            html += tr("<p>Keep typing in the console to experiment, or choose another lesson.</p>");
        else
            html = tr("<p>You are in free mode: type any command in the console and the simulated server "
                      "answers. Click a line in the transcript to see why it came.</p>"
                      "<p>To be guided, choose an entry in the list above: the first lesson walks through a "
                      "whole mail delivery in nine steps; each <i>drill</i> lets you run into one server "
                      "error and learn what a correct client does about it.</p>");
        m_stepBody->setText(html);
        m_command->setText(active ? tr("Anything you like: the server is still listening.") : QString());
        return;
    }
    m_stepTitle->setText(tr("Step %1 of %2: %3").arg(m_runner->currentStepIndex() + 1).arg(total).arg(step->title));
    QString html = QStringLiteral("<p>%1</p>").arg(step->purpose.toHtmlEscaped());
    html += tr("<p><b>The server should answer:</b> <code>%1</code></p>").arg(step->expectText.toHtmlEscaped());
    if (!step->note.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(step->note.toHtmlEscaped());
    m_stepBody->setText(html);
    QStringList lines;
    for (const QString &line : step->fill)
        lines << (line.isEmpty() ? tr("(empty line)") : line);
    m_command->setText(lines.join(QLatin1Char('\n')));
}

void LessonPanel::showFeedback(const LessonRunner::Feedback &feedback)
{
    QString color;
    QString head;
    switch (feedback.verdict) {
    case LessonRunner::Verdict::StepDone:
        color = Ui::replyClassColor(200, palette()).name();
        head = tr("Well done.");
        break;
    case LessonRunner::Verdict::Progress:
        color = Ui::replyClassColor(300, palette()).name();
        head = tr("Keep going.");
        break;
    case LessonRunner::Verdict::WrongLine:
        color = Ui::replyClassColor(400, palette()).name();
        head = tr("Not this step's command.");
        break;
    case LessonRunner::Verdict::Refused:
        color = Ui::replyClassColor(500, palette()).name();
        head = tr("The server said no.");
        break;
    }
    QString text = feedback.message.toHtmlEscaped();
    if (!feedback.enhancedStatus.isEmpty() && m_enhancedMeaning && feedback.verdict != LessonRunner::Verdict::StepDone) {
        const QString meaning = m_enhancedMeaning(feedback.enhancedStatus);
        if (!meaning.isEmpty())
            text += tr("<br><b>%1</b> means: %2").arg(feedback.enhancedStatus, meaning.toHtmlEscaped());
    }
    m_feedback->setText(QStringLiteral("<b style=\"color:%1\">%2</b> %3").arg(color, head.toHtmlEscaped(), text));
    m_map->hide(); // the introduction is over
    m_feedback->show();
}

} // namespace SmtpTutor
