#pragma once

#include <QHostAddress>
#include <QObject>
#include <QStringList>

namespace SmtpTutor {

// What the SPF policy of a domain amounts to, followed through include and redirect.
struct SpfEvaluation
{
    QStringList records; // the domain's own v=spf1 records (more than one is a permerror, RFC 7208 s.4.5)
    QStringList errors; // syntax errors of the domain's own record
    QString
        effectiveAll; // "-all", "~all", ... of the record, or of its redirect target (s.6.1); "" when none
    int lookups = -1; // DNS-querying terms counted through include and redirect (s.4.6.4); -1: not counted
    bool loop = false; // an include or redirect leads back to a domain already on the path
    bool bounded = false; // the counter stopped at its own depth or size bound (the count is then a minimum)
    QStringList notes; // what could not be followed and why (macros, missing or broken records)
    QString lookupError; // the domain's own TXT lookup failed ("" when it worked)
};

// Counts an SPF policy's DNS-querying terms (include, a, mx, ptr, exists, redirect: RFC 7208
// s.4.6.4 allows 10 in one evaluation) by fetching every record that include and redirect lead
// to. Bounded: at most kMaxDepth levels and kMaxRecords fetched records, and a domain already on
// the current path is a loop, not followed again. Asynchronous (QDnsLookup); finished() once.
class SpfLookupCounter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLookupLimit = 10;
    static constexpr int kMaxDepth = 12;
    static constexpr int kMaxRecords = 40;

    SpfLookupCounter(const QString &domain, const QHostAddress &nameserver, QObject *parent = nullptr);
    void start();
    const SpfEvaluation &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void visit(const QString &domain, const QStringList &path, bool viaRedirectOfTop);
    void onRecords(
        const QString &domain, const QStringList &path, bool viaRedirectOfTop, const QStringList &spf);
    void follow(const QString &target, const QStringList &path, bool viaRedirectOfTop);
    void done();

    QString m_domain;
    QHostAddress m_nameserver;
    SpfEvaluation m_result;
    int m_pending = 0;
    int m_fetched = 0;
};

} // namespace SmtpTutor
