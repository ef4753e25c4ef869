#include "capabilities.h"

namespace SmtpTutor {

namespace {
QString keywordOf(const QString &line)
{
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    return (space < 0 ? line : line.left(space)).toUpper();
}
} // namespace

Capabilities Capabilities::fromEhloReply(const Reply &reply)
{
    Capabilities result;
    // The first line is the server's name and greeting, not an extension.
    for (qsizetype i = 1; i < reply.lines().size(); ++i) {
        const QString line = reply.lines().at(i).trimmed();
        if (!line.isEmpty())
            result.m_lines.append(line);
    }
    return result;
}

QStringList Capabilities::keywords() const
{
    QStringList result;
    for (const QString &line : m_lines)
        result.append(keywordOf(line));
    return result;
}

bool Capabilities::has(const QString &keyword) const
{
    return keywords().contains(keyword.toUpper());
}

QStringList Capabilities::parameters(const QString &keyword) const
{
    for (const QString &line : m_lines) {
        if (keywordOf(line) == keyword.toUpper())
            return line.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return {};
}

QStringList Capabilities::authMechanisms() const
{
    QStringList result;
    for (const QString &line : m_lines) {
        const QString keyword = keywordOf(line);
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (keyword == QLatin1String("AUTH")) {
            words.removeFirst();
        } else if (keyword.startsWith(QLatin1String("AUTH="))) {
            words[0] = words.at(0).mid(5);
        } else {
            continue;
        }
        for (const QString &word : std::as_const(words)) {
            if (!result.contains(word.toUpper()))
                result.append(word.toUpper());
        }
    }
    return result;
}

qint64 Capabilities::sizeLimit() const
{
    const QStringList params = parameters(QStringLiteral("SIZE"));
    return params.isEmpty() ? 0 : params.first().toLongLong();
}

QStringList Capabilities::added(const Capabilities &before, const Capabilities &after)
{
    // Whole lines count: "AUTH PLAIN" before and "AUTH PLAIN LOGIN" after is a change.
    QStringList result;
    for (const QString &line : after.m_lines) {
        if (!before.m_lines.contains(line, Qt::CaseInsensitive))
            result.append(line);
    }
    return result;
}

QStringList Capabilities::removed(const Capabilities &before, const Capabilities &after)
{
    return added(after, before);
}

} // namespace SmtpTutor
