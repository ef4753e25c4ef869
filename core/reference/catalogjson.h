// JSON helpers shared by the reference catalog's loaders (catalogloading.cpp,
// extensionloading.cpp): reading a file into an object and checking an entry's fields.
// Private to core/reference.
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>
#include <QStringList>

#include <string_view>

namespace SmtpTutor::CatalogJson {

inline QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

inline QList<int> toIntList(const QJsonValue &value)
{
    QList<int> list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toInt());
    return list;
}

// Reads one file; on failure says why and returns an empty object.
inline QJsonObject readObject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open: %1").arg(file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return {};
    }
    if (!document.isObject()) {
        *error = QStringLiteral("the top level is not a JSON object");
        return {};
    }
    return document.object();
}

// Field checks shared by the loaders: every fact the views show must be present.
class EntryChecker
{
public:
    EntryChecker(QStringList *problems, QString where)
        : m_problems(problems)
        , m_where(std::move(where))
    {
    }

    QString text(const QJsonObject &object, const char *key, bool required = true)
    {
        const QString value = object.value(QLatin1String(key)).toString();
        if (required && value.trimmed().isEmpty())
            m_problems->append(
                QStringLiteral("%1: '%2' is missing or empty").arg(m_where, QLatin1String(key)));
        return value;
    }

    QStringList texts(const QJsonObject &object, const char *key, bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isArray() && (required || !value.isUndefined())) {
            m_problems->append(QStringLiteral("%1: '%2' is not a list").arg(m_where, QLatin1String(key)));
            return {};
        }
        QStringList list = toStringList(value);
        if (required && list.isEmpty())
            m_problems->append(QStringLiteral("%1: '%2' is empty").arg(m_where, QLatin1String(key)));
        for (const QString &item : std::as_const(list)) {
            if (item.trimmed().isEmpty() && key != std::string_view("commands"))
                m_problems->append(
                    QStringLiteral("%1: '%2' holds an empty entry").arg(m_where, QLatin1String(key)));
        }
        return list;
    }

    int integer(const QJsonObject &object, const char *key, int minimum, int maximum)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const int number = value.toInt(-1);
        if (!value.isDouble() || number < minimum || number > maximum)
            m_problems->append(QStringLiteral("%1: '%2' must be a number from %3 to %4")
                                   .arg(m_where, QLatin1String(key))
                                   .arg(minimum)
                                   .arg(maximum));
        return number;
    }

    void problem(const QString &message)
    {
        m_problems->append(QStringLiteral("%1: %2").arg(m_where, message));
    }

private:
    QStringList *m_problems;
    QString m_where;
};

} // namespace SmtpTutor::CatalogJson
