#pragma once

#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace SmtpTutor {

class MailFlowMap;

// The guided lesson: the step's purpose, the command to type, the reply to expect, and after each
// line what the server's answer meant. Progress is saved (QSettings) so a lesson can be resumed.
class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LessonPanel(LessonRunner *runner, QWidget *parent = nullptr);

    // Starts a lesson by id at step 0, or at the saved step when resume is true.
    bool startLesson(const QString &id, bool resume = false);
    // The saved lesson, if one was left unfinished.
    static QString savedLessonId();
    static int savedStep();

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
    void chooseLesson(int index);

    LessonRunner *m_runner;
    QComboBox *m_lessonCombo;
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
    MailFlowMap *m_map; // where the lesson's hop sits on the mail's way (the introduction)
    QPushButton *m_restart;
    QPushButton *m_resume;
    std::function<QString(const QString &)> m_enhancedMeaning;
};

} // namespace SmtpTutor
