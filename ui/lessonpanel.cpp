#include "lessonpanel.h"

#include "diagram/mailflowmap.h"
#include "server/scenario.h"
#include "lesson/lessonprogress.h"
#include "lesson/simulatorsession.h"
#include "lessonbrowser.h"
#include "uihelpers.h"

#include <QMessageBox>
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

LessonPanel::LessonPanel(LessonRunner *runner, QWidget *parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_lessonTitle(new QLabel(this))
    , m_browse(new QPushButton(tr("&Lessons and Drills..."), this))
    , m_next(new QPushButton(Ui::themeIcon(QStringLiteral("media-skip-forward")), tr("Next lesson"), this))
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
    nameWidgets();
    styleWidgets();
    buildLayout();
    connectSignals();
    showStep();
}

// Object and accessible names, and status tips: every control can be found and read out.
void LessonPanel::nameWidgets()
{
    Ui::name(this, QStringLiteral("lessonPanel"), tr("Lesson"));
    Ui::name(m_lessonTitle, QStringLiteral("lessonTitle"), tr("The lesson running"));
    Ui::name(m_browse, QStringLiteral("browseLessonsButton"), tr("Choose a lesson or a drill"));
    Ui::name(m_next, QStringLiteral("nextLessonButton"), tr("Go on to the next lesson"));
    m_browse->setStatusTip(tr("All lessons and drills, with what each teaches and how far you got"));
    m_next->setStatusTip(tr("Open the next lesson in the list"));
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
}

// Fonts, wrapping and frames: the step title stands out, the command reads as code.
void LessonPanel::styleWidgets()
{
    m_map->setCaptionVisible(false); // a click or Enter shows a hop's explanation
    m_lessonTitle->setWordWrap(true);
    QFont lessonFont = m_lessonTitle->font();
    lessonFont.setBold(true);
    m_lessonTitle->setFont(lessonFont);
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
}

void LessonPanel::buildLayout()
{
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
    commandRow->addWidget(m_next);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restart);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_lessonTitle, 1);
    top->addWidget(m_browse, 0, Qt::AlignTop);
    layout->addLayout(top);
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
}

void LessonPanel::connectSignals()
{
    connect(m_browse, &QPushButton::clicked, this, &LessonPanel::showLessonBrowser);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::openNextLesson);
    connect(m_fill, &QPushButton::clicked, this, [this] {
        const QString line = m_runner->suggestedLine();
        if (!line.isNull())
            Q_EMIT fillRequested(line);
    });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (m_runner->isActive())
            startLesson(m_runner->lesson().id);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_runner->isActive())
            startLesson(m_runner->lesson().id, true);
    });
    connect(m_runner, &LessonRunner::stepChanged, this, [this] {
        saveProgress();
        showStep();
    });
    connect(m_runner, &LessonRunner::feedbackChanged, this, &LessonPanel::showFeedback);
    // After the last step the panel says whether the server still listens or has hung up.
    connect(m_runner->session(), &SimulatorSession::stateChanged, this, [this] {
        if (m_runner->isFinished())
            showStep();
    });
}

QString LessonPanel::savedLessonId()
{
    return LessonProgress::currentId();
}

int LessonPanel::savedStep()
{
    return LessonProgress::step(savedLessonId());
}

LessonPanel::ResumeChoice LessonPanel::askResume(const QString &title, int step, int stepCount)
{
    if (m_resumeQuestion)
        return m_resumeQuestion(title, step, stepCount);
    QMessageBox box(QMessageBox::Question, tr("Resume the lesson?"),
                    tr("You got to step %1 of %2 in \"%3\". Go on from there, or start again from the first step?")
                        .arg(step + 1).arg(stepCount).arg(title),
                    QMessageBox::NoButton, this);
    QPushButton *resume = box.addButton(tr("&Resume"), QMessageBox::AcceptRole);
    QPushButton *over = box.addButton(tr("&Start Over"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(resume);
    box.exec();
    if (box.clickedButton() == resume)
        return ResumeChoice::Resume;
    return box.clickedButton() == over ? ResumeChoice::StartOver : ResumeChoice::Cancel;
}

bool LessonPanel::openLesson(const QString &id)
{
    auto lesson = Lesson::load(id);
    if (!lesson)
        return startLesson(id); // says why it cannot load
    const int saved = LessonProgress::step(id);
    const int total = int(lesson->steps.size());
    // A lesson half done is never started over silently (a finished one may be: its done mark stays).
    if (saved <= 0 || saved >= total)
        return startLesson(id);
    switch (askResume(lesson->title, saved, total)) {
    case ResumeChoice::Resume:
        return startLesson(id, true);
    case ResumeChoice::StartOver:
        LessonProgress::forgetStep(id);
        return startLesson(id);
    case ResumeChoice::Cancel:
        break;
    }
    return false;
}

QString LessonPanel::nextLessonId() const
{
    if (!m_runner->isActive())
        return {};
    const QStringList ids = Lesson::builtInIds();
    const qsizetype index = ids.indexOf(m_runner->lesson().id);
    return index >= 0 && index + 1 < ids.size() ? ids.at(index + 1) : QString();
}

bool LessonPanel::openNextLesson()
{
    const QString next = nextLessonId();
    return !next.isEmpty() && openLesson(next);
}

void LessonPanel::showLessonBrowser()
{
    auto *browser = new LessonBrowser(m_runner->isActive() ? m_runner->lesson().id : savedLessonId(), this);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    connect(browser, &LessonBrowser::lessonChosen, this, &LessonPanel::openLesson);
    browser->open();
}

bool LessonPanel::startLesson(const QString &id, bool resume)
{
    QString error;
    auto lesson = Lesson::load(id, &error);
    if (!lesson) {
        m_feedback->setText(tr("This lesson cannot be loaded: %1").arg(error.toHtmlEscaped()));
        return false;
    }
    const int step = resume ? LessonProgress::step(id) : 0;
    const bool ok = resume ? m_runner->resume(*lesson, step, &error) : m_runner->start(*lesson, &error);
    if (!ok) {
        m_feedback->setText(tr("This lesson cannot start: %1").arg(error.toHtmlEscaped()));
        return false;
    }
    if (const auto scenario = Scenario::load(lesson->scenario))
        m_map->setSessionHop(MailFlowMap::hopForScenario(*scenario));
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
    const Lesson &lesson = m_runner->lesson();
    LessonProgress::setCurrentId(lesson.id);
    LessonProgress::record(lesson.id, m_runner->currentStepIndex(), int(lesson.steps.size()));
}

void LessonPanel::showStep()
{
    const bool active = m_runner->isActive();
    const Lesson &lesson = m_runner->lesson();
    const int total = active ? int(lesson.steps.size()) : 1;
    m_progress->setRange(0, total);
    m_progress->setValue(active ? m_runner->completedSteps() : 0);
    m_progress->setFormat(tr("%v of %m steps"));
    m_lessonTitle->setText(!active ? tr("No lesson running")
                           : lesson.kind == QLatin1String("drill") ? tr("Drill: %1").arg(lesson.title)
                                                                   : lesson.title);
    m_summary->setText(active ? lesson.summary : QString());
    m_summary->setVisible(active);
    m_restart->setEnabled(active);
    // Resume goes back to the furthest step reached, after a Restart or a switch.
    m_resume->setEnabled(active && LessonProgress::step(lesson.id) > m_runner->currentStepIndex());

    // Without a lesson the step widgets have nothing to say: show only the invitation.
    for (QWidget *w : {m_commandBox, static_cast<QWidget *>(m_fill), static_cast<QWidget *>(m_feedback), m_overview,
                       static_cast<QWidget *>(m_stepList), static_cast<QWidget *>(m_progress)})
        w->setVisible(active);
    fillStepList();

    // The introduction: until the first line is typed, the map of where mail travels stands
    // where the feedback will come, so the panel is no taller than during the lesson.
    const bool introduction = active && m_runner->currentStepIndex() == 0 && m_feedback->text().isEmpty();
    m_map->setVisible(introduction);
    if (introduction)
        m_feedback->hide();

    const LessonStep *step = m_runner->currentStep();
    m_fill->setEnabled(step != nullptr);
    const QString next = m_runner->isFinished() ? nextLessonId() : QString();
    m_next->setVisible(!next.isEmpty());
    if (!next.isEmpty()) {
        const auto nextLesson = Lesson::load(next);
        m_next->setText(tr("Next lesson: %1").arg(nextLesson ? nextLesson->title : next));
    }
    m_fill->setVisible(active && step != nullptr);
    if (!step) {
        m_stepTitle->setText(active ? tr("Lesson complete") : tr("Free practice"));
        m_stepBody->setText(completionText());
        m_command->setText(!active ? QString()
                           : m_runner->session()->isConnected()
                               ? tr("Anything you like: the server is still listening.")
                               : tr("Nothing more: the connection is closed. Type \"connect\" to open a new one and "
                                    "experiment, or go on to the next lesson."));
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

void LessonPanel::fillStepList()
{
    m_stepList->clear();
    if (!m_runner->isActive())
        return;
    const Lesson &lesson = m_runner->lesson();
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

// The body of the panel when no step is left: the lesson's takeaway, or the free-mode invitation.
QString LessonPanel::completionText() const
{
    if (!m_runner->isActive()) {
        return tr("<p>You are in free mode: type any command in the console and the simulated server "
                  "answers. Click a line in the transcript to see why it came.</p>"
                  "<p>To be guided, press <i>Lessons and Drills</i> above: the first lesson walks through a "
                  "whole mail delivery in nine steps; each <i>drill</i> lets you run into one server "
                  "error and learn what a correct client does about it.</p>");
    }
    const Lesson &lesson = m_runner->lesson();
    QString html = tr("<p>You finished every step of \"%1\".</p>").arg(lesson.title.toHtmlEscaped());
    if (!lesson.takeaway.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(lesson.takeaway.toHtmlEscaped());
    html += nextLessonId().isEmpty() ? tr("<p>That was the last one in the list. Choose any lesson again, or keep "
                                          "typing in the console to experiment.</p>")
                                     : tr("<p>Go on with the next lesson, or keep typing in the console to experiment.</p>");
    return html;
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
