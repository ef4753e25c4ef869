#pragma once

#include "exercise.h"

#include <QRandomGenerator>

#include <optional>

namespace SmtpTutor {

class ExerciseData;
class ReferenceCatalog;
struct OrderingItem;
struct ReplyCodeInfo;
struct TypedCommandTask;

// Builds the questions of a round from data: reply codes to meanings, ports to uses and
// temporary-or-permanent from the reference catalog; command orders and "type the command"
// tasks from resources/exercises. Random, but a seed makes every round repeatable.
class ExerciseGenerator
{
public:
    explicit ExerciseGenerator(const ReferenceCatalog &catalog, quint32 seed = QRandomGenerator::global()->generate());
    ExerciseGenerator(const ReferenceCatalog &catalog, const ExerciseData &data,
                      quint32 seed = QRandomGenerator::global()->generate());

    // How many different questions of this kind the data can make.
    int available(ExerciseQuestion::Kind kind) const;
    // Up to count different questions: of one kind, or with no kind of every kind in turn
    // (ExerciseQuestion::allKinds() order), so a mixed round is really mixed.
    QList<ExerciseQuestion> draw(std::optional<ExerciseQuestion::Kind> kind, int count);

private:
    QList<ExerciseQuestion> pool(ExerciseQuestion::Kind kind); // every question of the kind, shuffled
    ExerciseQuestion replyCodeMeaning(const ReplyCodeInfo &pick, const QList<ReplyCodeInfo> &codes);
    ExerciseQuestion temporaryOrPermanent(const ReplyCodeInfo &pick);
    QList<ExerciseQuestion> portUses();
    ExerciseQuestion commandOrder(const OrderingItem &item);
    static ExerciseQuestion typeCommand(const TypedCommandTask &task);
    // Puts the right answer among up to three distractors at a random place; sets answer.
    void shuffleIn(ExerciseQuestion &question, const QString &right, QStringList wrong);
    template<typename T> void shuffle(QList<T> &list);

    const ReferenceCatalog &m_catalog;
    const ExerciseData &m_data;
    QRandomGenerator m_random;
};

} // namespace SmtpTutor
