#pragma once

#include "exercise.h"

#include <optional>

namespace SmtpTutor {

// A round of exercises: a fixed list of questions asked one after the other, each answered
// once, with a score at the end and the missed ones kept for a retry. No widgets: the exercise
// panel shows it and forwards the learner's answers.
class ExerciseRound
{
public:
    static constexpr int DefaultLength = 10;

    ExerciseRound() = default;
    explicit ExerciseRound(QList<ExerciseQuestion> questions);

    int size() const { return int(m_questions.size()); }
    int position() const { return m_position; } // index of the current question
    bool isEmpty() const { return m_questions.isEmpty(); }
    // Past the last question: time for the score.
    bool isFinished() const { return m_position >= size(); }

    // nullptr once the round is finished.
    const ExerciseQuestion *current() const;
    // The verdict on the current question, once it has been answered.
    const std::optional<ExerciseVerdict> &currentVerdict() const;
    bool isCurrentAnswered() const { return currentVerdict().has_value(); }

    // Checks and records the answer to the current question. A question is answered once: a
    // second answer is ignored and the first verdict returned. Nothing happens when finished.
    std::optional<ExerciseVerdict> submit(const ExerciseAnswer &answer);
    // Moves on to the next question, or to the end; only after the current one is answered.
    bool advance();

    const ExerciseScore &score() const { return m_score; }
    // The questions answered wrongly, in the order they were asked.
    QList<ExerciseQuestion> missed() const;
    // A new round made of exactly the missed questions.
    ExerciseRound retryMissed() const { return ExerciseRound(missed()); }

private:
    QList<ExerciseQuestion> m_questions;
    QList<std::optional<ExerciseVerdict>> m_verdicts; // one per question
    int m_position = 0;
    ExerciseScore m_score;
};

} // namespace SmtpTutor
