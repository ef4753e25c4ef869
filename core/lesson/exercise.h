#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

class ReferenceCatalog;

// One multiple-choice question.
struct ExerciseQuestion
{
    enum class Kind { ReplyCodeMeaning, PortUse, CommandOrder, TemporaryOrPermanent };

    Kind kind = Kind::ReplyCodeMeaning;
    QString prompt;
    QStringList choices;
    int answer = -1;     // index into choices
    QString explanation; // shown after answering

    bool isCorrect(int choice) const { return choice == answer; }
    static QString kindTitle(Kind kind);
};

// Draws questions from the reference catalog: reply codes to meanings, ports to uses, commands
// in order, replies temporary or permanent. Random, but a seed makes the sequence repeatable.
class ExerciseGenerator
{
public:
    explicit ExerciseGenerator(const ReferenceCatalog &catalog, quint32 seed = QRandomGenerator::global()->generate());

    ExerciseQuestion next(ExerciseQuestion::Kind kind);
    ExerciseQuestion next(); // a random kind

private:
    ExerciseQuestion replyCodeMeaning();
    ExerciseQuestion portUse();
    ExerciseQuestion commandOrder();
    ExerciseQuestion temporaryOrPermanent();
    // Puts the right answer among the distractors at a random place; sets answer.
    void shuffleIn(ExerciseQuestion &question, const QString &right, QStringList wrong);

    const ReferenceCatalog &m_catalog;
    QRandomGenerator m_random;
};

// The running score of an exercise round.
struct ExerciseScore
{
    int answered = 0;
    int correct = 0;
    void record(bool right) { ++answered; correct += right ? 1 : 0; }
};

} // namespace SmtpTutor
