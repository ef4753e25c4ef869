#include "replypatterns.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace SmtpTutor {

namespace {

Q_LOGGING_CATEGORY(lcPatterns, "smtptutor.reference.patterns")

constexpr qint64 MaxFileBytes = 1024 * 1024;

// Reads one entry; returns the first problem, or "" when it is complete.
QString readPattern(const QJsonObject &object, ReplyPattern *out)
{
    for (const char *key : { "id", "sender", "title", "cause", "action", "source", "match" }) {
        if (object.value(QLatin1String(key)).toString().trimmed().isEmpty())
            return QStringLiteral("'%1' is missing or empty").arg(QLatin1String(key));
    }
    out->id = object.value(QLatin1String("id")).toString();
    out->sender = object.value(QLatin1String("sender")).toString();
    out->title = object.value(QLatin1String("title")).toString();
    out->cause = object.value(QLatin1String("cause")).toString();
    out->action = object.value(QLatin1String("action")).toString();
    out->source = object.value(QLatin1String("source")).toString();
    out->vendorCode = object.value(QLatin1String("vendorCode")).toString();
    if (!out->source.startsWith(QLatin1String("https://")))
        return QStringLiteral("'source' must be an https:// address");
    for (const QJsonValue &code : object.value(QLatin1String("codes")).toArray()) {
        if (!code.isDouble() || code.toInt() < 200 || code.toInt() > 599)
            return QStringLiteral("'codes' must hold reply codes from 200 to 599");
        out->codes.append(code.toInt());
    }
    out->match = QRegularExpression(object.value(QLatin1String("match")).toString(),
        QRegularExpression::CaseInsensitiveOption);
    if (!out->match.isValid())
        return QStringLiteral("'match' is not a valid expression: %1").arg(out->match.errorString());
    out->match.optimize();
    return QString();
}

} // namespace

ReplyPatternTable ReplyPatternTable::fromJson(const QByteArray &json, QString *error)
{
    ReplyPatternTable table;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return table;
    }
    const QJsonArray entries = document.object().value(QLatin1String("patterns")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        ReplyPattern pattern;
        const QString problem = readPattern(entries.at(i).toObject(), &pattern);
        if (!problem.isEmpty()) {
            *error = QStringLiteral("pattern %1 (%2): %3")
                         .arg(i + 1)
                         .arg(entries.at(i).toObject().value(QLatin1String("id")).toString(), problem);
            return ReplyPatternTable();
        }
        table.m_patterns.append(pattern);
    }
    if (table.m_patterns.isEmpty())
        *error = QStringLiteral("no patterns");
    return table;
}

const ReplyPatternTable &ReplyPatternTable::instance()
{
    static const ReplyPatternTable table = [] {
        QFile file(QStringLiteral(":/reference/reply-patterns.json"));
        QString error;
        ReplyPatternTable loaded;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else
            loaded = fromJson(file.read(MaxFileBytes), &error);
        if (!error.isEmpty())
            qCWarning(lcPatterns, "reply-patterns.json: %s", qUtf8Printable(error));
        return loaded;
    }();
    return table;
}

const ReplyPattern *ReplyPatternTable::match(const Reply &reply) const
{
    // The lines as one text: providers split a sentence over several "550-" lines, and Gmail
    // repeats the enhanced code at the start of each, which must not cut the sentence.
    static const QRegularExpression repeatedCode(QStringLiteral("^[245]\\.\\d{1,3}\\.\\d{1,3}\\s+"));
    QString text;
    for (qsizetype i = 0; i < reply.lines().size(); ++i) {
        QString line = reply.lines().at(i);
        if (i > 0) {
            line.remove(repeatedCode);
            text += QLatin1Char(' ');
        }
        text += line;
    }
    for (const ReplyPattern &pattern : m_patterns) {
        if (!pattern.codes.isEmpty() && !pattern.codes.contains(reply.code()))
            continue;
        if (pattern.match.match(text).hasMatch())
            return &pattern;
    }
    return nullptr;
}

} // namespace SmtpTutor
