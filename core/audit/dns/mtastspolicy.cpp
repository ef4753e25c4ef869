#include "mtastspolicy.h"

#include <QRegularExpression>

#include <algorithm>

namespace SmtpTutor {

namespace {

QString normalizedName(const QString &name)
{
    QString lower = name.trimmed().toLower();
    if (lower.endsWith(QLatin1Char('.')))
        lower.chop(1);
    return lower;
}

// Records one of the keys that may appear once; a repeat is an error (the first one counts).
void takeSingle(const QString &key, const QString &value, QString *field, QStringList *errors)
{
    if (!field->isNull()) {
        errors->append(QStringLiteral("%1 appears more than once").arg(key));
        return;
    }
    *field = value;
}

} // namespace

MtaStsPolicy parseMtaStsPolicy(const QString &text)
{
    MtaStsPolicy policy;
    QString version;
    QString mode;
    QString maxAge;
    // s.3.2: lines end in CRLF or LF; white space around keys and values is not significant.
    const QStringList lines
        = QString(text).replace(QLatin1String("\r\n"), QLatin1String("\n")).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            policy.errors.append(
                QStringLiteral("\"%1\" is not a key: value line").arg(line.trimmed().left(80)));
            continue;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == QLatin1String("version"))
            takeSingle(key, value, &version, &policy.errors);
        else if (key == QLatin1String("mode"))
            takeSingle(key, value, &mode, &policy.errors);
        else if (key == QLatin1String("max_age"))
            takeSingle(key, value, &maxAge, &policy.errors);
        else if (key == QLatin1String("mx"))
            policy.mx.append(value);
        // s.3.2: other keys are extensions and are ignored.
    }
    if (version != QLatin1String("STSv1"))
        policy.errors.append(version.isNull() ? QStringLiteral("the version: line is missing")
                                              : QStringLiteral("version: %1 is not STSv1").arg(version));
    else
        policy.version = version;
    if (mode == QLatin1String("enforce") || mode == QLatin1String("testing") || mode == QLatin1String("none"))
        policy.mode = mode;
    else
        policy.errors.append(mode.isNull()
                ? QStringLiteral("the mode: line is missing")
                : QStringLiteral("mode: %1 is not enforce, testing or none").arg(mode));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    if (digits.match(maxAge).hasMatch() && maxAge.toLongLong() <= kMtaStsMaxAgeLimit)
        policy.maxAge = maxAge.toLongLong();
    else
        policy.errors.append(maxAge.isNull()
                ? QStringLiteral("the max_age: line is missing")
                : QStringLiteral("max_age: %1 is not a number of seconds up to %2")
                      .arg(maxAge)
                      .arg(kMtaStsMaxAgeLimit));
    if (policy.mx.isEmpty() && policy.mode != QLatin1String("none"))
        policy.errors.append(QStringLiteral("no mx: line (required unless the mode is none)"));
    return policy;
}

bool mtaStsPatternMatches(const QString &pattern, const QString &host)
{
    const QString p = normalizedName(pattern);
    const QString h = normalizedName(host);
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (!p.startsWith(QLatin1String("*.")))
        return p == h;
    // The wildcard replaces exactly the leftmost label of the host.
    const qsizetype dot = h.indexOf(QLatin1Char('.'));
    return dot > 0 && h.mid(dot) == p.mid(1);
}

QStringList mtaStsUncoveredMx(const QStringList &patterns, const QStringList &mxHosts)
{
    QStringList uncovered;
    for (const QString &host : mxHosts) {
        const bool covered = std::any_of(patterns.begin(), patterns.end(),
            [&host](const QString &p) { return mtaStsPatternMatches(p, host); });
        if (!covered)
            uncovered.append(host);
    }
    return uncovered;
}

} // namespace SmtpTutor
