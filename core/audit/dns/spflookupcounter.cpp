#include "spflookupcounter.h"

#include "client/mxlookup.h"
#include "dnsquery.h"
#include "spfrecord.h"

namespace SmtpTutor {

SpfLookupCounter::SpfLookupCounter(const QString &domain, const QHostAddress &nameserver, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_nameserver(nameserver)
{
}

void SpfLookupCounter::start()
{
    visit(m_domain, {}, true);
}

void SpfLookupCounter::visit(const QString &domain, const QStringList &path, bool viaRedirectOfTop)
{
    ++m_pending;
    ++m_fetched;
    lookupDns(this, QDnsLookup::TXT, domain, m_nameserver,
        [this, domain, path, viaRedirectOfTop](const DnsAnswer &answer) {
            if (answer.failed) {
                if (path.isEmpty())
                    m_result.lookupError = answer.error;
                else
                    m_result.notes.append(tr("The TXT lookup of %1 failed: %2").arg(domain, answer.error));
            } else {
                onRecords(domain, path, viaRedirectOfTop, MxLookup::spfRecords(answer.values));
            }
            done();
        });
}

void SpfLookupCounter::onRecords(
    const QString &domain, const QStringList &path, bool viaRedirectOfTop, const QStringList &spf)
{
    const bool top = path.isEmpty();
    if (top) {
        m_result.records = spf;
        // s.4.5: none, or more than one record, and the policy is not evaluated at all.
        if (spf.size() != 1)
            return;
        m_result.lookups = 0;
    } else if (spf.size() != 1) {
        // s.5.2 (include) and s.6.1 (redirect): no single record there is a permerror.
        m_result.notes.append(spf.isEmpty()
                ? tr("%1 has no SPF record (a permanent error for every receiver)").arg(domain)
                : tr("%1 has %2 SPF records (a permanent error)").arg(domain).arg(spf.size()));
        return;
    }
    const SpfRecord record = parseSpf(spf.first());
    if (top)
        m_result.errors = record.errors;
    else if (!record.errors.isEmpty())
        m_result.notes.append(tr("%1: %2").arg(domain, record.errors.join(QStringLiteral("; "))));
    m_result.lookups += record.lookupTerms;
    if (viaRedirectOfTop && (record.hasAll() || record.redirect.isEmpty()))
        m_result.effectiveAll = record.allTerm();
    const QStringList here = path + QStringList { domain.toLower() };
    for (const QString &include : record.includes)
        follow(include, here, false);
    if (!record.redirect.isEmpty())
        follow(record.redirect, here, viaRedirectOfTop);
}

void SpfLookupCounter::follow(const QString &target, const QStringList &path, bool viaRedirectOfTop)
{
    if (spfDomainHasMacro(target)) {
        m_result.notes.append(tr("%1 uses a macro and depends on each message; not followed").arg(target));
        return;
    }
    if (path.contains(target.toLower())) {
        m_result.loop = true;
        m_result.notes.append(tr("%1 leads back to itself (%2)")
                                  .arg(target, (path + QStringList { target }).join(QStringLiteral(" -> "))));
        return;
    }
    if (path.size() >= kMaxDepth || m_fetched >= kMaxRecords) {
        m_result.bounded = true;
        return;
    }
    visit(target, path, viaRedirectOfTop);
}

void SpfLookupCounter::done()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace SmtpTutor
