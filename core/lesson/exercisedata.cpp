#include "exercisedata.h"

#include "protocol/commandparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace SmtpTutor {

namespace {

// The array under key in the JSON object in path, or an error in errors.
QJsonArray readArray(const QString &path, const QString &key, QStringList &errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors << QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        errors << QStringLiteral("%1: %2").arg(path, error.errorString());
        return {};
    }
    const QJsonValue value = document.object().value(key);
    if (!value.isArray())
        errors << QStringLiteral("%1: no \"%2\" array").arg(path, key);
    return value.toArray();
}

} // namespace

const ExerciseData &ExerciseData::instance()
{
    static const ExerciseData data = loadFromDirectory(QStringLiteral(":/exercises"));
    return data;
}

ExerciseData ExerciseData::loadFromDirectory(const QString &directory)
{
    ExerciseData data;
    data.loadOrderings(directory + QStringLiteral("/orderings.json"));
    data.loadTypedCommands(directory + QStringLiteral("/typed-commands.json"));
    return data;
}

void ExerciseData::loadOrderings(const QString &path)
{
    const QJsonArray array = readArray(path, QStringLiteral("orderings"), m_errors);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        OrderingItem item;
        item.situation = object.value(QStringLiteral("situation")).toString();
        for (const QJsonValue &command : object.value(QStringLiteral("commands")).toArray())
            item.commands << command.toString();
        item.explanation = object.value(QStringLiteral("explanation")).toString();
        item.reference = object.value(QStringLiteral("reference")).toString();
        // Fewer than three commands make no puzzle; an empty line would be an invisible row.
        if (item.situation.isEmpty() || item.commands.size() < 3 || item.commands.contains(QString())) {
            m_errors << QStringLiteral("%1: ordering %2 needs a situation and at least three commands").arg(path).arg(i);
            continue;
        }
        m_orderings << item;
    }
}

void ExerciseData::loadTypedCommands(const QString &path)
{
    const QJsonArray array = readArray(path, QStringLiteral("tasks"), m_errors);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        TypedCommandTask task;
        task.does = object.value(QStringLiteral("does")).toString();
        task.answer = object.value(QStringLiteral("answer")).toString();
        task.explanation = object.value(QStringLiteral("explanation")).toString();
        task.reference = object.value(QStringLiteral("reference")).toString();
        // The answer is checked by the same parser as the learner's line: it must pass it.
        const Command parsed = CommandParser::parse(task.answer.toUtf8());
        if (task.does.isEmpty() || parsed.fault) {
            m_errors << QStringLiteral("%1: task %2 needs a description and an answer the parser accepts (\"%3\")")
                            .arg(path).arg(i).arg(task.answer);
            continue;
        }
        m_typedCommands << task;
    }
}

} // namespace SmtpTutor
