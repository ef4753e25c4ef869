#include "auditsections.h"

#include <QCoreApplication>

#include <array>

namespace SmtpTutor::AuditSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditSections", text);
}

struct Area
{
    const char *prefix; // the id's first part
    const char *title;
};

constexpr std::array areas{
    Area{"smtp", QT_TRANSLATE_NOOP("AuditSections", "Connection")},
    Area{"tls", QT_TRANSLATE_NOOP("AuditSections", "TLS")},
    Area{"cert", QT_TRANSLATE_NOOP("AuditSections", "Certificate")},
    Area{"starttls", QT_TRANSLATE_NOOP("AuditSections", "STARTTLS")},
    Area{"relay", QT_TRANSLATE_NOOP("AuditSections", "Relay")},
    Area{"dns", QT_TRANSLATE_NOOP("AuditSections", "Reverse DNS and banner")},
    Area{"domain", QT_TRANSLATE_NOOP("AuditSections", "Domain policy")},
};

} // namespace

QString statusWord(CheckStatus status)
{
    return checkStatusName(status).toUpper();
}

QString statusSymbol(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("\u2714");  // heavy check mark
    case CheckStatus::Warn: return QStringLiteral("\u26A0");  // warning sign
    case CheckStatus::Fail: return QStringLiteral("\u2718");  // heavy ballot X
    case CheckStatus::Info: return QStringLiteral("\u2139");  // information source
    case CheckStatus::Error: return QStringLiteral("\u2047"); // double question mark
    }
    return QStringLiteral("?");
}

QList<Group> group(const QList<AuditCheck> &checks)
{
    QList<Group> groups;
    for (const Area &area : areas)
        groups.append({tr(area.title), {}});
    groups.append({tr("Other"), {}});
    for (const AuditCheck &check : checks) {
        const QString prefix = check.id.section(QLatin1Char('.'), 0, 0);
        qsizetype index = areas.size(); // "Other"
        for (std::size_t i = 0; i < areas.size(); ++i) {
            if (prefix == QLatin1String(areas[i].prefix))
                index = qsizetype(i);
        }
        groups[index].checks.append(check);
    }
    groups.removeIf([](const Group &group) { return group.checks.isEmpty(); });
    return groups;
}

QString gradeLine(const AuditGradeResult &grade, bool graded)
{
    if (!graded)
        return tr("none (the server could not be audited)");
    if (!grade.complete)
        return tr("%1 (incomplete: a check could not run, the real grade may be lower)").arg(gradeName(grade.grade));
    return gradeName(grade.grade);
}

QString cappedByText(const AuditGradeResult &grade)
{
    return grade.cappedBy.join(QLatin1String(", "));
}

} // namespace SmtpTutor::AuditSections
