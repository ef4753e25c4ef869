#include "spfrecord.h"

#include <QRegularExpression>

namespace SmtpTutor {

namespace {

// The mechanisms of RFC 7208 s.5 and whether each one costs a DNS query (s.4.6.4).
struct Mechanism
{
    const char *name;
    bool lookup;
};
constexpr Mechanism kMechanisms[] = {
    { "all", false },
    { "include", true },
    { "a", true },
    { "mx", true },
    { "ptr", true },
    { "ip4", false },
    { "ip6", false },
    { "exists", true },
};

const Mechanism *findMechanism(const QString &name)
{
    for (const Mechanism &mechanism : kMechanisms) {
        if (name.compare(QLatin1String(mechanism.name), Qt::CaseInsensitive) == 0)
            return &mechanism;
    }
    return nullptr;
}

// "include:example.com" -> ("include", "example.com"); "a/24" -> ("a", ""); "mx:x/24" -> ("mx", "x/24")
void splitMechanism(const QString &term, QString *name, QString *argument)
{
    const qsizetype colon = term.indexOf(QLatin1Char(':'));
    const qsizetype slash = term.indexOf(QLatin1Char('/'));
    qsizetype end = term.size();
    if (colon >= 0)
        end = colon;
    else if (slash >= 0)
        end = slash;
    *name = term.left(end);
    *argument = colon >= 0 ? term.mid(colon + 1) : QString();
}

} // namespace

bool spfDomainHasMacro(const QString &domain)
{
    return domain.contains(QLatin1Char('%'));
}

SpfRecord parseSpf(const QString &record)
{
    SpfRecord spf;
    static const QRegularExpression spaces(QStringLiteral(" +"));
    QStringList terms = record.trimmed().split(spaces, Qt::SkipEmptyParts);
    if (terms.isEmpty() || terms.takeFirst().compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) != 0) {
        spf.errors.append(QStringLiteral("the record does not begin with v=spf1"));
        return spf;
    }
    QString redirect;
    int redirects = 0;
    int exps = 0;
    static const QRegularExpression modifierName(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]*="));
    for (const QString &term : std::as_const(terms)) {
        if (modifierName.match(term).hasMatch()) {
            const qsizetype equals = term.indexOf(QLatin1Char('='));
            const QString name = term.left(equals).toLower();
            if (name == QLatin1String("redirect")) {
                ++redirects;
                redirect = term.mid(equals + 1);
            } else if (name == QLatin1String("exp")) {
                ++exps;
            }
            continue; // s.6: unknown modifiers are ignored
        }
        QString body = term;
        QChar qualifier = QLatin1Char('+');
        if (!body.isEmpty() && QStringLiteral("+-~?").contains(body.front())) {
            qualifier = body.front();
            body.remove(0, 1);
        }
        QString name;
        QString argument;
        splitMechanism(body, &name, &argument);
        const Mechanism *mechanism = findMechanism(name);
        if (!mechanism) {
            spf.errors.append(QStringLiteral("unknown term \"%1\"").arg(term));
            continue;
        }
        if (mechanism->lookup)
            ++spf.lookupTerms;
        const QString lower = name.toLower();
        if (lower == QLatin1String("all"))
            spf.allQualifier = qualifier;
        else if (lower == QLatin1String("include")) {
            if (argument.isEmpty())
                spf.errors.append(QStringLiteral("include without a domain"));
            else
                spf.includes.append(argument);
        } else if ((lower == QLatin1String("exists")) && argument.isEmpty()) {
            spf.errors.append(QStringLiteral("exists without a domain"));
        }
    }
    if (redirects > 1)
        spf.errors.append(
            QStringLiteral("redirect appears %1 times (at most once, RFC 7208 s.6)").arg(redirects));
    if (exps > 1)
        spf.errors.append(QStringLiteral("exp appears %1 times (at most once, RFC 7208 s.6)").arg(exps));
    // s.6.1: a redirect is ignored when the record has an "all" mechanism.
    if (!redirect.isEmpty() && !spf.hasAll()) {
        spf.redirect = redirect;
        ++spf.lookupTerms;
    }
    return spf;
}

} // namespace SmtpTutor
