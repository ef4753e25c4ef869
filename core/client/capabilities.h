#pragma once

#include "protocol/reply.h"

#include <QStringList>

namespace SmtpTutor {

// The extensions an EHLO reply lists (RFC 5321 s.4.1.1.1): every line after the first is
// "KEYWORD [params]". Kept as the server wrote them, looked up case-insensitively.
class Capabilities
{
public:
    Capabilities() = default;
    static Capabilities fromEhloReply(const Reply &reply);

    bool isEmpty() const { return m_lines.isEmpty(); }
    const QStringList &lines() const { return m_lines; }
    QStringList keywords() const; // upper-cased first word of each line

    bool has(const QString &keyword) const;
    QStringList parameters(const QString &keyword) const;

    bool offersStartTls() const { return has(QStringLiteral("STARTTLS")); }
    // RFC 4954 "AUTH PLAIN LOGIN"; old servers also say "AUTH=PLAIN LOGIN".
    QStringList authMechanisms() const;
    qint64 sizeLimit() const; // SIZE n (RFC 1870); 0 when absent or unlimited

    // Lines that appear only after (added) or only before (removed), compared whole.
    static QStringList added(const Capabilities &before, const Capabilities &after);
    static QStringList removed(const Capabilities &before, const Capabilities &after);

private:
    QStringList m_lines;
};

} // namespace SmtpTutor
