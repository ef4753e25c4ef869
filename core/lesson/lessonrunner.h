#pragma once

#include "lesson.h"
#include "server/serverengine.h"

#include <QObject>

namespace SmtpTutor {

class SimulatorSession;

// Walks a learner through a Lesson on a SimulatorSession. Every line the learner types still
// goes to the server (a wrong command gets the real reply); the runner compares it with what the
// current step wants and says why the reply came.
class LessonRunner : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        Progress,  // the line belongs to the step, which is not finished yet (AUTH, message lines)
        StepDone,  // the step got its reply: the runner moved on
        WrongLine, // not what the step wants: the server answered anyway, see feedback
        Refused,   // the right command, but the server did not give the reply the step needs
    };
    Q_ENUM(Verdict)

    struct Feedback
    {
        Verdict verdict = Verdict::Progress;
        QString message; // plain words for the learner
        int replyCode = 0;
        QString enhancedStatus;
        QString suggestion; // the line as it was probably meant ("EHLO x" for "EHOL x"), or null
    };

    explicit LessonRunner(SimulatorSession *session, QObject *parent = nullptr);

    // Loads the lesson's scenario into the session and starts at step 0 (not connected yet).
    bool start(const Lesson &lesson, QString *error = nullptr);
    // Starts again, then replays the fill lines of the first `step` steps (resume after restart).
    bool resume(const Lesson &lesson, int step, QString *error = nullptr);
    void stop();

    bool isActive() const { return m_active; }
    SimulatorSession *session() const { return m_session; }
    const Lesson &lesson() const { return m_lesson; }
    int currentStepIndex() const { return m_step; } // == steps().size() when finished
    int completedSteps() const { return m_step; }
    bool isFinished() const { return m_active && m_step >= m_lesson.steps.size(); }
    const LessonStep *currentStep() const;

    // The next line "Fill it in for me" would type for the current step ("" when finished).
    QString suggestedLine() const;

    // The learner's line: sent to the session, then judged.
    Feedback submit(const QByteArray &line);
    const Feedback &lastFeedback() const { return m_feedback; }

Q_SIGNALS:
    void stepChanged(int index);
    void feedbackChanged(const SmtpTutor::LessonRunner::Feedback &feedback);
    void finished();

private:
    static QString verbOf(const QByteArray &line);
    bool lineOpensStep(const LessonStep &step, const QByteArray &line) const;
    QString describeReply(const ServerResponse &response, const LessonStep &step) const;
    ServerResponse lastAnswer(const QList<ServerResponse> &responses, const LessonStep &step) const;
    void judgeWrongLine(Feedback &fb, const LessonStep &step, const QByteArray &line, const ServerResponse &last,
        bool wasInData) const;
    void judgeStepLine(Feedback &fb, const LessonStep &step, const QByteArray &line, const ServerResponse &last,
        bool wasInAuth);
    void advance();

    SimulatorSession *m_session;
    Lesson m_lesson;
    int m_step = 0;
    int m_linesInStep = 0; // lines of the current step already sent (drives suggestedLine)
    bool m_stepOpen = false; // the step's command went out; AUTH/message lines may follow
    bool m_active = false;
    Feedback m_feedback;
};

} // namespace SmtpTutor
