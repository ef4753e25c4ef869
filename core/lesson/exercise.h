#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

// What the learner gave as an answer: a choice, an order, or a typed command line, depending on
// the kind of question.
struct ExerciseAnswer
{
    int choice = -1;   // multiple choice: index into ExerciseQuestion::choices
    QStringList order; // command order: the items in the order the learner put them
    QString typed;     // type the command: the line as typed

    static ExerciseAnswer choosing(int choice);
    static ExerciseAnswer ordering(const QStringList &order);
    static ExerciseAnswer typing(const QString &line);
};

// The outcome of checking one answer.
struct ExerciseVerdict
{
    bool correct = false;
    // Why it is right or wrong beyond the question's explanation: the parser's complaint about a
    // typed command, how many commands were in place, the parser's remarks on a right answer.
    QString feedback;
};

// One question. Multiple-choice kinds fill choices and answer; CommandOrder fills items (in the
// order first shown) and correctOrder; TypeCommand fills expectedCommand.
struct ExerciseQuestion
{
    enum class Kind { ReplyCodeMeaning, PortUse, CommandOrder, TemporaryOrPermanent, TypeCommand };

    Kind kind = Kind::ReplyCodeMeaning;
    QString prompt;
    QStringList choices;
    int answer = -1;
    QStringList items;
    QStringList correctOrder;
    QString expectedCommand;
    QString explanation; // shown after answering

    bool isMultipleChoice() const;
    bool isCorrect(int choice) const { return isMultipleChoice() && choice == answer; }
    ExerciseVerdict check(const ExerciseAnswer &given) const;
    // The right answer in words, for the score page's list of misses.
    QString rightAnswerText() const;

    static QString kindTitle(Kind kind);
    // Every kind, in the order a mixed round interleaves them.
    static QList<Kind> allKinds();
};

// The running score of an exercise round.
struct ExerciseScore
{
    int answered = 0;
    int correct = 0;
    void record(bool right) { ++answered; correct += right ? 1 : 0; }
};

} // namespace SmtpTutor
