#include "exerciseround.h"

namespace SmtpTutor {

ExerciseRound::ExerciseRound(QList<ExerciseQuestion> questions)
    : m_questions(std::move(questions))
    , m_verdicts(m_questions.size())
{
}

const ExerciseQuestion *ExerciseRound::current() const
{
    return isFinished() ? nullptr : &m_questions.at(m_position);
}

const std::optional<ExerciseVerdict> &ExerciseRound::currentVerdict() const
{
    static const std::optional<ExerciseVerdict> none;
    return isFinished() ? none : m_verdicts.at(m_position);
}

std::optional<ExerciseVerdict> ExerciseRound::submit(const ExerciseAnswer &answer)
{
    if (isFinished())
        return std::nullopt;
    std::optional<ExerciseVerdict> &verdict = m_verdicts[m_position];
    if (!verdict) {
        verdict = m_questions.at(m_position).check(answer);
        m_score.record(verdict->correct);
    }
    return verdict;
}

bool ExerciseRound::advance()
{
    if (isFinished() || !isCurrentAnswered())
        return false;
    ++m_position;
    return true;
}

QList<ExerciseQuestion> ExerciseRound::missed() const
{
    QList<ExerciseQuestion> wrong;
    for (qsizetype i = 0; i < m_questions.size(); ++i)
        if (m_verdicts.at(i) && !m_verdicts.at(i)->correct)
            wrong << m_questions.at(i);
    return wrong;
}

} // namespace SmtpTutor
