#include "exercisegenerator.h"

#include "exercisedata.h"
#include "reference/referencecatalog.h"

#include <QCoreApplication>

#include <algorithm>

namespace SmtpTutor {

namespace {
// This file's translation context. Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the
// same name, so GeneratorText::tr() finds what the .ts file holds.
class GeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::ExerciseGenerator)
};

// RFC 5321 s.4.2.1: a first digit of 4 or 5 is a failure.
bool isFailure(const ReplyCodeInfo &info)
{
    return info.code >= 400 && info.code < 600;
}
} // namespace

ExerciseGenerator::ExerciseGenerator(const ReferenceCatalog &catalog, quint32 seed)
    : ExerciseGenerator(catalog, ExerciseData::instance(), seed)
{
}

ExerciseGenerator::ExerciseGenerator(const ReferenceCatalog &catalog, const ExerciseData &data, quint32 seed)
    : m_catalog(catalog)
    , m_data(data)
    , m_random(seed)
{
}

template<typename T> void ExerciseGenerator::shuffle(QList<T> &list)
{
    // Fisher-Yates with our own generator, so a seed gives the same order every time.
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, m_random.bounded(int(i + 1)));
}

int ExerciseGenerator::available(ExerciseQuestion::Kind kind) const
{
    switch (kind) {
    case ExerciseQuestion::Kind::ReplyCodeMeaning: return m_catalog.allReplyCodes().size() < 4 ? 0 : int(m_catalog.allReplyCodes().size());
    case ExerciseQuestion::Kind::PortUse: return m_catalog.allPorts().size() < 2 ? 0 : int(m_catalog.allPorts().size());
    case ExerciseQuestion::Kind::TemporaryOrPermanent: {
        const QList<ReplyCodeInfo> codes = m_catalog.allReplyCodes();
        return int(std::count_if(codes.cbegin(), codes.cend(), isFailure));
    }
    case ExerciseQuestion::Kind::CommandOrder: return int(m_data.orderings().size());
    case ExerciseQuestion::Kind::TypeCommand: return int(m_data.typedCommands().size());
    }
    return 0;
}

QList<ExerciseQuestion> ExerciseGenerator::draw(std::optional<ExerciseQuestion::Kind> kind, int count)
{
    if (kind)
        return pool(*kind).mid(0, count);
    QList<QList<ExerciseQuestion>> pools;
    for (ExerciseQuestion::Kind each : ExerciseQuestion::allKinds())
        pools << pool(each);
    QList<ExerciseQuestion> round;
    for (qsizetype taken = 0; round.size() < count; ++taken) {
        const qsizetype before = round.size();
        for (const QList<ExerciseQuestion> &questions : std::as_const(pools))
            if (taken < questions.size() && round.size() < count)
                round << questions.at(taken);
        if (round.size() == before)
            break; // every pool is used up
    }
    return round;
}

QList<ExerciseQuestion> ExerciseGenerator::pool(ExerciseQuestion::Kind kind)
{
    QList<ExerciseQuestion> questions;
    const QList<ReplyCodeInfo> codes = m_catalog.allReplyCodes();
    switch (kind) {
    case ExerciseQuestion::Kind::ReplyCodeMeaning:
        if (codes.size() >= 4)
            for (const ReplyCodeInfo &info : codes)
                questions << replyCodeMeaning(info, codes);
        break;
    case ExerciseQuestion::Kind::TemporaryOrPermanent:
        for (const ReplyCodeInfo &info : codes)
            if (isFailure(info))
                questions << temporaryOrPermanent(info);
        break;
    case ExerciseQuestion::Kind::PortUse: questions = portUses(); break;
    case ExerciseQuestion::Kind::CommandOrder:
        for (const OrderingItem &item : m_data.orderings())
            questions << commandOrder(item);
        break;
    case ExerciseQuestion::Kind::TypeCommand:
        for (const TypedCommandTask &task : m_data.typedCommands())
            questions << typeCommand(task);
        break;
    }
    shuffle(questions);
    return questions;
}

void ExerciseGenerator::shuffleIn(ExerciseQuestion &question, const QString &right, QStringList wrong)
{
    shuffle(wrong);
    question.choices = wrong.mid(0, 3);
    question.answer = m_random.bounded(int(question.choices.size() + 1));
    question.choices.insert(question.answer, right);
}

ExerciseQuestion ExerciseGenerator::replyCodeMeaning(const ReplyCodeInfo &pick, const QList<ReplyCodeInfo> &codes)
{
    ExerciseQuestion q;
    q.kind = ExerciseQuestion::Kind::ReplyCodeMeaning;
    QStringList wrong;
    for (const ReplyCodeInfo &info : codes)
        if (info.code != pick.code && info.meaning != pick.meaning && !wrong.contains(info.meaning))
            wrong << info.meaning;
    q.prompt = GeneratorText::tr("What does reply code %1 mean?").arg(pick.code);
    shuffleIn(q, pick.meaning, wrong);
    q.explanation
        = GeneratorText::tr("%1 means \"%2\". %3").arg(pick.code).arg(pick.meaning, pick.description);
    return q;
}

QList<ExerciseQuestion> ExerciseGenerator::portUses()
{
    QList<ExerciseQuestion> questions;
    const QList<PortInfo> ports = m_catalog.allPorts();
    if (ports.size() < 2)
        return questions;
    for (const PortInfo &pick : ports) {
        ExerciseQuestion q;
        q.kind = ExerciseQuestion::Kind::PortUse;
        QStringList wrong;
        for (const PortInfo &port : ports)
            if (port.port != pick.port)
                wrong << port.use;
        q.prompt = GeneratorText::tr("What is port %1 for?").arg(pick.port);
        shuffleIn(q, pick.use, wrong);
        q.explanation = GeneratorText::tr("Port %1 (%2, %3): %4")
                            .arg(pick.port)
                            .arg(pick.name, pick.encryption, pick.use);
        questions << q;
    }
    return questions;
}

ExerciseQuestion ExerciseGenerator::commandOrder(const OrderingItem &item)
{
    ExerciseQuestion q;
    q.kind = ExerciseQuestion::Kind::CommandOrder;
    q.prompt
        = GeneratorText::tr("%1\nPut the client's commands in the order it sends them.").arg(item.situation);
    q.correctOrder = item.commands;
    q.items = item.commands;
    // A puzzle that starts solved is no puzzle (the data has at least three different lines).
    for (int guard = 0; q.items == q.correctOrder && guard < 20; ++guard)
        shuffle(q.items);
    // The reference goes after the explanation unless the text already names it.
    q.explanation = item.reference.isEmpty() || item.explanation.contains(item.reference)
        ? item.explanation
        : QStringLiteral("%1 (%2)").arg(item.explanation, item.reference);
    return q;
}

ExerciseQuestion ExerciseGenerator::typeCommand(const TypedCommandTask &task)
{
    ExerciseQuestion q;
    q.kind = ExerciseQuestion::Kind::TypeCommand;
    q.prompt = GeneratorText::tr("Type the command that %1.").arg(task.does);
    q.expectedCommand = task.answer;
    q.explanation = GeneratorText::tr("A right answer is %1. %2 (%3)")
                        .arg(task.answer, task.explanation, task.reference);
    return q;
}

ExerciseQuestion ExerciseGenerator::temporaryOrPermanent(const ReplyCodeInfo &pick)
{
    ExerciseQuestion q;
    q.kind = ExerciseQuestion::Kind::TemporaryOrPermanent;
    const QString line = pick.example.isEmpty() ? QStringLiteral("%1 %2").arg(pick.code).arg(pick.meaning) : pick.example;
    q.prompt = GeneratorText::tr("A server answers:\n%1\nIs this failure temporary or permanent?").arg(line);
    q.choices = { GeneratorText::tr("Temporary: try the same again later"),
        GeneratorText::tr("Permanent: change something before trying again") };
    q.answer = pick.code < 500 ? 0 : 1;
    q.explanation = pick.code < 500
        ? GeneratorText::tr("The first digit is 4: a temporary failure. %1").arg(pick.action)
        : GeneratorText::tr("The first digit is 5: a permanent failure. %1").arg(pick.action);
    return q;
}

} // namespace SmtpTutor
