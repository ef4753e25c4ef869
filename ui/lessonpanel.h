#pragma once

#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace SmtpTutor {

class MailFlowMap;

// The guided lesson: the step's purpose, the command to type, the reply to expect, and after each
// line what the server's answer meant. Progress is kept per lesson (LessonProgress), so a lesson
// can be resumed, and opening one with progress asks before starting it over. The lesson browser
// lists every lesson and drill; a finished lesson offers the next one.
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LessonPanel(LessonRunner *runner, QWidget *parent = nullptr);

    // Starts a lesson by id at step 0, or at its saved step when resume is true. No questions.
    bool startLesson(const QString &id, bool resume = false);
    // Opens a lesson the learner chose (browser, Next lesson): when it has progress, asks first
    // whether to resume it or start over. False when the learner cancelled or it cannot load.
    bool openLesson(const QString &id);
    // Opens the lesson after the current one (tutorials, then drills); false at the end.
    bool openNextLesson();
    QString nextLessonId() const;
    // Shows the lesson browser (non-modal to the event loop: it answers through lessonChosen).
    void showLessonBrowser();

    // The lesson open last, and how far it got.
    static QString savedLessonId();
    static int savedStep();

    enum class ResumeChoice { Resume, StartOver, Cancel };
    // Asks whether to resume a lesson at `step` of its steps; tests answer without a dialog.
    using ResumeQuestion = std::function<ResumeChoice(const QString &title, int step, int stepCount)>;
    void setResumeQuestion(ResumeQuestion question) { m_resumeQuestion = std::move(question); }

    // Explains an enhanced code ("5.1.1") from the reference catalog, for the feedback text.
    void setEnhancedLookup(std::function<QString(const QString &)> lookup) { m_enhancedMeaning = std::move(lookup); }

Q_SIGNALS:
    void fillRequested(const QString &line);
    void lessonStarted(const QString &scenarioName);

private:
    void showStep();
public:
    void refresh() { showStep(); }
private:
    void showFeedback(const LessonRunner::Feedback &feedback);
    void saveProgress();
    void nameWidgets();
    void styleWidgets();
    void buildLayout();
    void connectSignals();
    void fillStepList();
    ResumeChoice askResume(const QString &title, int step, int stepCount);
    QString completionText() const;

    LessonRunner *m_runner;
    QLabel *m_lessonTitle;
    QPushButton *m_browse;
    QPushButton *m_next;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_stepTitle;
    QLabel *m_stepBody;
    QLabel *m_command;
    QPushButton *m_fill;
    QLabel *m_feedback;
    QListWidget *m_stepList;
    QWidget *m_commandBox = nullptr;
    QWidget *m_overview = nullptr;
    QPushButton *m_restart;
    QPushButton *m_resume;
    MailFlowMap *m_map; // where the lesson's hop sits on the mail's way (the introduction)
    std::function<QString(const QString &)> m_enhancedMeaning;
    ResumeQuestion m_resumeQuestion;
};

} // namespace SmtpTutor
