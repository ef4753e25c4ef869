#pragma once

#include "audit/auditreport.h"

namespace SmtpTutor {

// What the text and HTML writers share so that they say the same: the status as a word and as
// a symbol (never colour alone), and the rows grouped by the first part of their id.
namespace AuditSections {

QString statusWord(CheckStatus status);   // "PASS", "WARN", "FAIL", "INFO", "ERROR"
QString statusSymbol(CheckStatus status); // a Unicode symbol that differs by shape, not colour

struct Group
{
    QString title;          // "TLS", "Certificate", ...
    QList<AuditCheck> checks; // in the order the checks gave them
};
// In a fixed order (connection, TLS, certificate, STARTTLS, relay, reverse DNS, domain policy,
// then anything else); groups without rows are left out.
QList<Group> group(const QList<AuditCheck> &checks);

// "B", or "B (incomplete: ...)" words for a grade; "none" when not graded.
QString gradeLine(const AuditGradeResult &grade, bool graded);
// "tls.version.tls1_0, cert.key" or "" when nothing capped the grade.
QString cappedByText(const AuditGradeResult &grade);

} // namespace AuditSections

} // namespace SmtpTutor
