#include "lesson.h"

#include "server/compiledindata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace SmtpTutor {

namespace {

const QString LessonDir = QStringLiteral(":/lessons");

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list << value.toString();
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

std::optional<LessonStep> stepFromJson(const QJsonObject &o, int index, QString *error)
{
    LessonStep step;
    step.id = o.value(QLatin1String("id")).toString(QString::number(index + 1));
    step.title = o.value(QLatin1String("title")).toString();
    step.purpose = o.value(QLatin1String("purpose")).toString();
    const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("command"));
    if (kind == QLatin1String("connect"))
        step.kind = LessonStep::Kind::Connect;
    else if (kind == QLatin1String("message"))
        step.kind = LessonStep::Kind::Message;
    else if (kind == QLatin1String("command"))
        step.kind = LessonStep::Kind::Command;
    else {
        if (error)
            *error = QStringLiteral("step %1: unknown kind \"%2\"").arg(index + 1).arg(kind);
        return std::nullopt;
    }
    for (const QString &verb : toStringList(o.value(QLatin1String("verbs"))))
        step.acceptedVerbs << verb.toUpper();
    step.fill = toStringList(o.value(QLatin1String("fill")));
    step.expectText = o.value(QLatin1String("expect")).toString();
    step.doneCode = o.value(QLatin1String("doneCode")).toInt(250);
    if (o.contains(QLatin1String("situation"))) {
        const QString name = o.value(QLatin1String("situation")).toString();
        step.situation = situationFromName(name);
        if (!step.situation) {
            if (error)
                *error = QStringLiteral("step %1: unknown situation \"%2\"").arg(index + 1).arg(name);
            return std::nullopt;
        }
    }
    step.doneVerb = o.value(QLatin1String("doneVerb")).toString().toUpper();
    step.doneText = o.value(QLatin1String("done")).toString();
    step.note = o.value(QLatin1String("note")).toString();
    const QJsonObject explain = o.value(QLatin1String("explain")).toObject();
    for (auto it = explain.begin(); it != explain.end(); ++it)
        step.explainCodes.insert(it.key().toInt(), it.value().toString());

    if (step.title.isEmpty() || step.fill.isEmpty()) {
        if (error)
            *error = QStringLiteral("step %1: a title and a fill line are required").arg(index + 1);
        return std::nullopt;
    }
    if (step.kind == LessonStep::Kind::Command && step.acceptedVerbs.isEmpty()) {
        if (error)
            *error = QStringLiteral("step %1: a command step needs \"verbs\"").arg(index + 1);
        return std::nullopt;
    }
    return step;
}

} // namespace

QString LessonStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connect: return QStringLiteral("connect");
    case Kind::Command: return QStringLiteral("command");
    case Kind::Message: return QStringLiteral("message");
    }
    return {};
}

QStringList Lesson::builtInIds()
{
    QStringList ids;
    for (const Summary &summary : builtInSummaries())
        ids << summary.id;
    return ids;
}

QList<Lesson::Summary> Lesson::builtInSummaries()
{
    using Entry = Summary;
    QList<Entry> entries;
    for (const QString &id : compiledInJsonNames(LessonDir)) {
        if (auto lesson = load(id))
            entries.append({id, lesson->kind, lesson->title, lesson->summary, int(lesson->steps.size())});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const bool aTutorial = a.kind == QLatin1String("tutorial");
        const bool bTutorial = b.kind == QLatin1String("tutorial");
        if (aTutorial != bTutorial)
            return aTutorial;
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return entries;
}

std::optional<Lesson> Lesson::load(const QString &idOrFile, QString *error)
{
    const bool isPath = idOrFile.contains(QLatin1Char('/')) || idOrFile.endsWith(QLatin1String(".json"));
    const QString path = isPath ? idOrFile : LessonDir + QLatin1Char('/') + idOrFile + QLatin1String(".json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot open lesson %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("lesson %1 is not a JSON object: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    auto lesson = fromJson(doc.object(), error);
    if (lesson && lesson->id.isEmpty())
        lesson->id = QFileInfo(path).completeBaseName();
    return lesson;
}

std::optional<Lesson> Lesson::fromJson(const QJsonObject &object, QString *error)
{
    Lesson lesson;
    lesson.id = object.value(QLatin1String("id")).toString();
    lesson.kind = object.value(QLatin1String("kind")).toString(QStringLiteral("tutorial"));
    lesson.title = object.value(QLatin1String("title")).toString();
    lesson.summary = object.value(QLatin1String("summary")).toString();
    lesson.scenario = object.value(QLatin1String("scenario")).toString();
    lesson.takeaway = object.value(QLatin1String("takeaway")).toString();
    if (lesson.title.isEmpty() || lesson.scenario.isEmpty()) {
        if (error)
            *error = QStringLiteral("a lesson needs a title and a scenario");
        return std::nullopt;
    }
    const QJsonArray steps = object.value(QLatin1String("steps")).toArray();
    for (int i = 0; i < steps.size(); ++i) {
        auto step = stepFromJson(steps.at(i).toObject(), i, error);
        if (!step)
            return std::nullopt;
        lesson.steps.append(*step);
    }
    if (lesson.steps.isEmpty()) {
        if (error)
            *error = QStringLiteral("a lesson needs at least one step");
        return std::nullopt;
    }
    return lesson;
}

Lesson Lesson::wordedBy(PersonaId personality, const QString &hostname) const
{
    if (personality == PersonaId::Postfix)
        return *this;
    const Persona &persona = Persona::byId(personality);
    // "503 5.5.1 ..." -> "503 ...": the code stays, the enhanced code goes.
    static const QRegularExpression enhanced(QStringLiteral("^(\\d{3}[ -])[245]\\.\\d{1,3}\\.\\d{1,3} "));
    Lesson worded = *this;
    for (LessonStep &step : worded.steps) {
        if (step.situation) {
            step.expectText = persona.expectedLine(*step.situation, hostname);
            step.doneCode = persona.reply(*step.situation).code();
        } else if (!persona.usesEnhancedStatusCodes()) {
            step.expectText.replace(enhanced, QStringLiteral("\\1"));
        }
    }
    return worded;
}

} // namespace SmtpTutor
