#pragma once

#include <QString>
#include <QStringList>

namespace SmtpTutor {

// One SPF record (RFC 7208 s.4.6), split into its terms, as far as the audit needs it: which
// terms cost a DNS lookup, where include and redirect lead, and how the record ends.
struct SpfRecord
{
    QStringList includes; // include:<domain> targets, in order
    QString redirect; // redirect=<domain>; "" when absent or ignored (an "all" is present)
    QChar allQualifier; // '-', '~', '?' or '+' of the "all" mechanism; null when there is none
    int lookupTerms = 0; // include, a, mx, ptr, exists and an effective redirect (s.4.6.4)
    QStringList errors; // syntax errors that make the record a permerror (s.4.6, s.6)

    bool hasAll() const { return !allQualifier.isNull(); }
    // "-all", "~all", ... or "" (then the redirect, if any, decides)
    QString allTerm() const { return hasAll() ? allQualifier + QStringLiteral("all") : QString(); }
};

// Parses one v=spf1 record. Terms are separated by one or more spaces (s.4.6.1); mechanism and
// modifier names are case-insensitive (s.4.6.1); an unknown mechanism or a repeated redirect or
// exp modifier is a permerror (s.5, s.6); unknown modifiers are ignored (s.6).
SpfRecord parseSpf(const QString &record);

// True when `domain` contains an SPF macro (s.7): it cannot be followed without the message's
// sender and address, so the counter counts the term but does not look inside.
bool spfDomainHasMacro(const QString &domain);

} // namespace SmtpTutor
