#include "exercise.h"

#include "exercisecommandcheck.h"

#include <QCoreApplication>

namespace SmtpTutor {

namespace {
// This file's translation context. Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the
// same name, so ExerciseText::tr() finds what the .ts file holds.
class ExerciseText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::ExerciseQuestion)
};

ExerciseVerdict checkOrder(const QStringList &given, const QStringList &right)
{
    if (given.size() != right.size())
        return { false, ExerciseText::tr("The order must hold every command exactly once.") };
    int inPlace = 0;
    for (qsizetype i = 0; i < right.size(); ++i)
        inPlace += given.at(i) == right.at(i) ? 1 : 0;
    if (inPlace == right.size())
        return {true, {}};
    return { false, ExerciseText::tr("%n of the commands are in their right place.", nullptr, inPlace) };
}
} // namespace

ExerciseAnswer ExerciseAnswer::choosing(int choice)
{
    ExerciseAnswer answer;
    answer.choice = choice;
    return answer;
}

ExerciseAnswer ExerciseAnswer::ordering(const QStringList &order)
{
    ExerciseAnswer answer;
    answer.order = order;
    return answer;
}

ExerciseAnswer ExerciseAnswer::typing(const QString &line)
{
    ExerciseAnswer answer;
    answer.typed = line;
    return answer;
}

bool ExerciseQuestion::isMultipleChoice() const
{
    return kind != Kind::CommandOrder && kind != Kind::TypeCommand;
}

ExerciseVerdict ExerciseQuestion::check(const ExerciseAnswer &given) const
{
    switch (kind) {
    case Kind::CommandOrder: return checkOrder(given.order, correctOrder);
    case Kind::TypeCommand: return ExerciseCommandCheck::check(given.typed, expectedCommand);
    default: return {isCorrect(given.choice), {}};
    }
}

QString ExerciseQuestion::rightAnswerText() const
{
    switch (kind) {
    case Kind::CommandOrder: return correctOrder.join(QStringLiteral(" → "));
    case Kind::TypeCommand: return expectedCommand;
    default: return choices.value(answer);
    }
}

QString ExerciseQuestion::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::ReplyCodeMeaning:
        return ExerciseText::tr("Reply codes");
    case Kind::PortUse:
        return ExerciseText::tr("Ports");
    case Kind::CommandOrder:
        return ExerciseText::tr("Command order");
    case Kind::TemporaryOrPermanent:
        return ExerciseText::tr("Temporary or permanent?");
    case Kind::TypeCommand:
        return ExerciseText::tr("Type the command");
    }
    return {};
}

QList<ExerciseQuestion::Kind> ExerciseQuestion::allKinds()
{
    return {Kind::ReplyCodeMeaning, Kind::TemporaryOrPermanent, Kind::CommandOrder, Kind::PortUse, Kind::TypeCommand};
}

} // namespace SmtpTutor
