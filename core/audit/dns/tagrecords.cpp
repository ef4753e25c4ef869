#include "tagrecords.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace SmtpTutor {

QString TagList::value(const QString &name) const
{
    for (const auto &tag : tags) {
        if (tag.first.compare(name, Qt::CaseInsensitive) == 0)
            return tag.second;
    }
    return QString();
}

bool TagList::has(const QString &name) const
{
    for (const auto &tag : tags) {
        if (tag.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

TagList parseTagList(const QString &record)
{
    TagList list;
    QStringList parts = record.split(QLatin1Char(';'));
    // One trailing separator (with white space after it) is allowed by every grammar here.
    if (parts.size() > 1 && parts.last().trimmed().isEmpty())
        parts.removeLast();
    QSet<QString> seen;
    for (const QString &part : std::as_const(parts)) {
        const QString trimmed = part.trimmed();
        const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            list.errors.append(trimmed.isEmpty() ? QStringLiteral("an empty tag between two ';'")
                                                 : QStringLiteral("\"%1\" is not tag=value").arg(trimmed));
            continue;
        }
        const QString name = trimmed.left(equals).trimmed();
        const QString value = trimmed.mid(equals + 1).trimmed();
        if (seen.contains(name.toLower()))
            list.errors.append(QStringLiteral("the tag %1 appears more than once").arg(name));
        seen.insert(name.toLower());
        list.tags.append({ name, value });
    }
    return list;
}

bool looksLikeDmarc(const QString &record)
{
    static const QRegularExpression version(
        QStringLiteral("(^|;)\\s*v\\s*=\\s*DMARC1\\s*(;|$)"), QRegularExpression::CaseInsensitiveOption);
    return version.match(record).hasMatch();
}

namespace {

bool isDmarcPolicy(const QString &value)
{
    return value == QLatin1String("none") || value == QLatin1String("quarantine")
        || value == QLatin1String("reject");
}

// The first tag must be v=<expected>, exactly (RFC 7489 s.6.4, RFC 8461 s.3.1, RFC 8460 s.3).
bool checkVersionFirst(const TagList &list, const QString &expected, QStringList *errors)
{
    if (list.tags.isEmpty() || list.tags.first().first != QLatin1String("v")
        || list.tags.first().second != expected) {
        errors->append(QStringLiteral("the record must begin with v=%1").arg(expected));
        return false;
    }
    return true;
}

} // namespace

DmarcRecord parseDmarc(const QString &record)
{
    DmarcRecord dmarc;
    const TagList list = parseTagList(record);
    dmarc.errors = list.errors;
    checkVersionFirst(list, QStringLiteral("DMARC1"), &dmarc.errors);
    // s.6.3: tag values are case-insensitive keywords (p=Reject is reject).
    const QString policy = list.value(QStringLiteral("p")).toLower();
    if (!list.has(QStringLiteral("p")))
        dmarc.errors.append(QStringLiteral("the p= tag (the policy) is missing"));
    else if (!isDmarcPolicy(policy))
        dmarc.errors.append(
            QStringLiteral("p=%1 is not none, quarantine or reject").arg(list.value(QStringLiteral("p"))));
    else
        dmarc.policy = policy;
    // s.6.4 (the ABNF): p= comes right after v=. Receivers mostly accept it elsewhere.
    if (list.tags.size() > 1 && list.tags.first().first == QLatin1String("v")
        && list.tags.at(1).first.compare(QLatin1String("p"), Qt::CaseInsensitive) != 0
        && list.has(QStringLiteral("p")))
        dmarc.warnings.append(QStringLiteral("p= must come right after v=DMARC1"));
    if (list.has(QStringLiteral("sp")) && !isDmarcPolicy(list.value(QStringLiteral("sp")).toLower()))
        dmarc.errors.append(
            QStringLiteral("sp=%1 is not none, quarantine or reject").arg(list.value(QStringLiteral("sp"))));
    if (list.has(QStringLiteral("pct"))) {
        bool ok = false;
        const int pct = list.value(QStringLiteral("pct")).toInt(&ok);
        if (!ok || pct < 0 || pct > 100)
            dmarc.errors.append(QStringLiteral("pct=%1 is not a number from 0 to 100")
                                    .arg(list.value(QStringLiteral("pct"))));
    }
    if (!dmarc.errors.isEmpty())
        dmarc.policy.clear();
    return dmarc;
}

MtaStsRecord parseMtaStsRecord(const QString &record)
{
    MtaStsRecord sts;
    const TagList list = parseTagList(record);
    sts.errors = list.errors;
    checkVersionFirst(list, QStringLiteral("STSv1"), &sts.errors);
    static const QRegularExpression idSyntax(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    if (!list.has(QStringLiteral("id")))
        sts.errors.append(QStringLiteral("the id= field is missing"));
    else if (!idSyntax.match(list.value(QStringLiteral("id"))).hasMatch())
        sts.errors.append(
            QStringLiteral("id=%1 is not 1 to 32 letters and digits").arg(list.value(QStringLiteral("id"))));
    else
        sts.id = list.value(QStringLiteral("id"));
    if (!sts.errors.isEmpty())
        sts.id.clear();
    return sts;
}

TlsRptRecord parseTlsRpt(const QString &record)
{
    TlsRptRecord rpt;
    const TagList list = parseTagList(record);
    rpt.errors = list.errors;
    checkVersionFirst(list, QStringLiteral("TLSRPTv1"), &rpt.errors);
    if (!list.has(QStringLiteral("rua"))) {
        rpt.errors.append(QStringLiteral("the rua= field (where reports go) is missing"));
        return rpt;
    }
    const QStringList uris = list.value(QStringLiteral("rua")).split(QLatin1Char(','));
    for (const QString &text : uris) {
        const QUrl uri(text.trimmed(), QUrl::StrictMode);
        const QString scheme = uri.scheme().toLower();
        if (!uri.isValid() || (scheme != QLatin1String("mailto") && scheme != QLatin1String("https"))
            || uri.path().isEmpty())
            rpt.errors.append(
                QStringLiteral("\"%1\" is not a mailto: or https: address").arg(text.trimmed()));
        else
            rpt.rua.append(text.trimmed());
    }
    return rpt;
}

} // namespace SmtpTutor
