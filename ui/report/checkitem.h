#pragma once

#include "audit/auditreport.h"
#include "client/probereport.h"

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

namespace SmtpTutor {

// One row for CheckListView, whatever produced it: a probe's Verdict or an audit's AuditCheck.
// The view shows the status as an icon, a colour AND a word, so no one needs to tell colours
// apart (WCAG 2.1 s.1.4.1, "use of color").
struct CheckItem
{
    CheckStatus status = CheckStatus::Info;
    QString title;
    QString detail;
    QString rule;
    QString source;
    QString explanation;
    QString todo;
    QString id; // the audit check's id, "" for a probe verdict

    static CheckItem fromVerdict(const Verdict &verdict);
    static CheckItem fromAuditCheck(const AuditCheck &check);
    static QList<CheckItem> fromVerdicts(const QList<Verdict> &verdicts);
    static QList<CheckItem> fromAuditChecks(const QList<AuditCheck> &checks);
};

// How a status looks: its word ("Pass", translated), its colour and its icon (a glyph in a
// disc, painted here so it looks the same on every platform and at every device pixel ratio).
namespace CheckStatusStyle {
QString word(CheckStatus status);
QString meaning(CheckStatus status); // one sentence: what the status means
QColor colour(CheckStatus status);
QIcon icon(CheckStatus status);
} // namespace CheckStatusStyle

} // namespace SmtpTutor
