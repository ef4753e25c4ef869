#pragma once

#include <QString>
#include <QStringList>

namespace SmtpTutor {

// An MTA-STS policy file (RFC 8461 s.3.2): "key: value" lines ending in CRLF or LF.
struct MtaStsPolicy
{
    QString version; // "STSv1"
    QString mode; // "enforce", "testing" or "none"
    qint64 maxAge = -1; // seconds, 0 to 31557600; -1 when missing or invalid
    QStringList mx; // the mx: patterns, in order
    QStringList errors; // empty: the policy is valid
};

// The largest policy a sender reads (RFC 8461 s.3.3: "such as 64 KiB").
constexpr qint64 kMtaStsPolicyMaxBytes = 64 * 1024;
// The largest max_age (RFC 8461 s.3.2: about one year).
constexpr qint64 kMtaStsMaxAgeLimit = 31557600;

MtaStsPolicy parseMtaStsPolicy(const QString &text);

// RFC 8461 s.4.1: an mx: pattern is a host name, or "*." and a name where the wildcard stands
// for exactly one leftmost label ("*.example.com" matches mx.example.com, not a.b.example.com
// and not example.com). Case-insensitive; a trailing dot on either side is ignored.
bool mtaStsPatternMatches(const QString &pattern, const QString &host);
// The MX hosts no pattern matches.
QStringList mtaStsUncoveredMx(const QStringList &patterns, const QStringList &mxHosts);

} // namespace SmtpTutor
