#pragma once

#include "protocol/reply.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace SmtpTutor {

// A way a known sender words a reply: who typically sends it, the specific cause, what to do,
// and the public page the facts come from. The reply code says what kind of failure it is;
// the text often says far more (451 is "local error" by the code, greylisting by the words).
struct ReplyPattern
{
    QString id; // "m365-smtp-auth-disabled"
    QString sender; // "Microsoft 365 (Exchange Online)"
    QString title; // the cause in a few words
    QString cause;
    QString action;
    QString source; // the provider's or the standard's own documentation
    QList<int> codes; // the reply codes it comes with; empty: any
    QRegularExpression match; // searched in the reply's text, case-insensitive
    QString vendorCode; // an enhanced code of the sender's own that IANA does not list, or ""
};

// The table of known reply patterns (resources/reference/reply-patterns.json): large mail
// providers (Gmail, Microsoft 365, Yahoo), block lists, greylisting, DMARC, SPF and reverse
// DNS checks, and the texts Postfix and Exim use. The first entry that matches wins.
class ReplyPatternTable
{
public:
    static const ReplyPatternTable &instance(); // ":/reference/reply-patterns.json", loaded once

    // Parses the file's contents; a bad entry is an error (with its id), not skipped silently.
    static ReplyPatternTable fromJson(const QByteArray &json, QString *error);

    const QList<ReplyPattern> &patterns() const { return m_patterns; }
    // The pattern the reply's text matches, or nullptr.
    const ReplyPattern *match(const Reply &reply) const;

private:
    QList<ReplyPattern> m_patterns;
};

} // namespace SmtpTutor
