#include "auditgrader.h"

#include <algorithm>

namespace SmtpTutor {

namespace {

// Adds rows' caps to `result`: a worse cap replaces the grade and its list; an equal one joins it.
void applyCap(AuditGradeResult &result, Grade cap, const QString &who)
{
    if (cap > result.grade) {
        result.grade = cap;
        result.cappedBy = {who};
    } else if (cap == result.grade && cap != Grade::A) {
        result.cappedBy.append(who);
    }
}

void applyChecks(AuditGradeResult &result, const QList<AuditCheck> &checks, const QString &prefix)
{
    for (const AuditCheck &check : checks) {
        if (check.status == CheckStatus::Error) {
            result.complete = false; // unknown, not good: it never caps
            continue;
        }
        if (check.cap)
            applyCap(result, *check.cap, prefix + check.id);
    }
}

} // namespace

AuditGradeResult AuditGrader::grade(const QList<AuditCheck> &checks)
{
    AuditGradeResult result;
    applyChecks(result, checks, {});
    return result;
}

AuditGradeResult AuditGrader::grade(const HostAuditReport &report)
{
    AuditGradeResult result = grade(report.checks);
    if (!report.reached())
        result.complete = false;
    return result;
}

AuditGradeResult AuditGrader::grade(const DomainAuditReport &report)
{
    AuditGradeResult result;
    applyChecks(result, report.checks, {});
    for (const HostAuditReport &host : report.hosts) {
        if (!isGraded(host)) {
            result.complete = false;
            continue;
        }
        // The host's grade already is the worst of its rows: the rows that set it cap the domain.
        applyChecks(result, host.checks, host.host + QLatin1Char(':'));
    }
    return result;
}

bool AuditGrader::isGraded(const HostAuditReport &report)
{
    return report.reached();
}

bool AuditGrader::isGraded(const DomainAuditReport &report)
{
    return report.hosts.isEmpty()
        || std::any_of(report.hosts.cbegin(), report.hosts.cend(),
                       [](const HostAuditReport &host) { return isGraded(host); });
}

} // namespace SmtpTutor
