#pragma once

#include "audit/hostcheck.h"

#include <QTimer>

namespace SmtpTutor {

// Reverse DNS of one server (check 6 of the audit): the PTR records of its address, whether a
// PTR name leads back to the address (forward-confirmed reverse DNS), and whether the host
// name in the 220 greeting is one of the PTR names. DNS only: it opens no SMTP connection, so it
// takes no slot of the connection limiter. Rows dns.ptr, dns.fcrdns, dns.banner.
class ReverseDnsCheck : public HostCheck
{
    Q_OBJECT
public:
    explicit ReverseDnsCheck(const HostCheckContext &context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("reverse-dns"); }
    void start() override;
    void cancel() override;
    void contribute(HostAuditReport &report) const override;

    const HostDnsFindings &findings() const { return m_findings; }

    // The rows for what was found; `error` is why the lookups could not finish ("" when they did).
    static QList<AuditCheck> rows(const HostDnsFindings &findings, const QString &error);
    // The host name a greeting announces: its first word (RFC 5321 s.4.2), "" when none.
    static QString bannerHostName(const Reply &greeting);

private:
    void lookUpPtr(const QHostAddress &address);
    void confirm(const QStringList &names);
    void finish(const QString &error = QString());

    HostDnsFindings m_findings;
    QHostAddress m_address;
    QString m_error;
    int m_pending = 0;
    bool m_forwardMatch = false;
    bool m_done = false;
    QTimer m_deadline;
};

} // namespace SmtpTutor
