#pragma once

#include <QString>

namespace SmtpTutor {

// How far the learner got in each lesson, kept in QSettings per lesson id, so switching lessons
// never loses another lesson's progress and a restart of the program resumes where it stopped.
//   lessons/<id>/step  the furthest step reached (== the step count once finished)
//   lessons/<id>/done  finished at least once (stays set when the lesson is started again)
//   lesson/id          the lesson open last (started again on the next start)
class LessonProgress
{
public:
    static int step(const QString &id);
    static bool isDone(const QString &id);
    // The learner reached `step` of `stepCount`: kept if it is further than before; reaching
    // the end marks the lesson done.
    static void record(const QString &id, int step, int stepCount);
    // "Start over": the furthest step goes back to 0; the done mark stays.
    static void forgetStep(const QString &id);

    static QString currentId();
    static void setCurrentId(const QString &id);

private:
    static QString key(const QString &id, const char *field);
};

} // namespace SmtpTutor
