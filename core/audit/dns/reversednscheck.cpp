#include "reversednscheck.h"

#include "dnsquery.h"

#include <QDnsLookup>

namespace SmtpTutor {

namespace {

const QString kRfc1912 = QStringLiteral("RFC 1912 s.2.1 (PTR and A records should match)");

AuditCheck row(const QString &id, CheckStatus status, const QString &title, const QString &detail)
{
    AuditCheck check;
    check.id = id;
    check.status = status;
    check.title = title;
    check.detail = detail;
    return check;
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

ReverseDnsCheck::ReverseDnsCheck(const HostCheckContext &context, QObject *parent)
    : HostCheck(context, parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(tr("DNS did not answer in time.")); });
}

QString ReverseDnsCheck::bannerHostName(const Reply &greeting)
{
    return greeting.firstLineText().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

void ReverseDnsCheck::start()
{
    m_deadline.start(context().options.timeouts.overallMs);
    m_findings.bannerName = bannerHostName(context().baseline.greeting);
    const QHostAddress typed(context().host);
    if (!typed.isNull()) {
        lookUpPtr(typed);
        return;
    }
    // A name: its first IPv4 address, else its first IPv6 address, is the one audited.
    lookupDns(this, QDnsLookup::A, context().host, context().options.nameserver, [this](const DnsAnswer &a) {
        if (m_done)
            return;
        if (!a.values.isEmpty()) {
            lookUpPtr(QHostAddress(a.values.first()));
            return;
        }
        lookupDns(this, QDnsLookup::AAAA, context().host, context().options.nameserver,
            [this](const DnsAnswer &aaaa) {
                if (m_done)
                    return;
                if (aaaa.values.isEmpty())
                    finish(aaaa.failed ? aaaa.error : tr("%1 has no address in DNS.").arg(context().host));
                else
                    lookUpPtr(QHostAddress(aaaa.values.first()));
            });
    });
}

void ReverseDnsCheck::lookUpPtr(const QHostAddress &address)
{
    m_address = address;
    m_findings.address = address.toString();
    lookupDns(this, QDnsLookup::PTR, reverseLookupName(address), context().options.nameserver,
        [this](const DnsAnswer &ptr) {
            if (m_done)
                return;
            if (ptr.failed) {
                finish(ptr.error);
                return;
            }
            m_findings.ptrNames = ptr.values;
            if (ptr.values.isEmpty())
                finish();
            else
                confirm(ptr.values);
        });
}

void ReverseDnsCheck::confirm(const QStringList &names)
{
    // Forward-confirmed: some PTR name has an A or AAAA record that is the address itself.
    for (const QString &ptrName : names) {
        for (QDnsLookup::Type type : { QDnsLookup::A, QDnsLookup::AAAA }) {
            ++m_pending;
            lookupDns(this, type, ptrName, context().options.nameserver, [this](const DnsAnswer &answer) {
                if (m_done)
                    return;
                for (const QString &value : answer.values)
                    m_forwardMatch = m_forwardMatch || QHostAddress(value).isEqual(m_address);
                if (--m_pending == 0) {
                    m_findings.forwardConfirmed = m_forwardMatch;
                    finish();
                }
            });
        }
    }
}

void ReverseDnsCheck::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_error = error;
    m_deadline.stop();
    if (!m_findings.bannerName.isEmpty() && !m_findings.ptrNames.isEmpty()) {
        m_findings.bannerMatches = std::any_of(m_findings.ptrNames.begin(), m_findings.ptrNames.end(),
            [this](const QString &n) { return sameName(n, m_findings.bannerName); });
    }
    // Lookups still running end with this object; their answers are no longer wanted.
    for (QDnsLookup *lookup : findChildren<QDnsLookup *>())
        lookup->abort();
    Q_EMIT finished();
}

void ReverseDnsCheck::cancel()
{
    finish(tr("The audit was cancelled."));
}

void ReverseDnsCheck::contribute(HostAuditReport &report) const
{
    report.dns = m_findings;
    report.checks.append(rows(m_findings, m_error));
}

QList<AuditCheck> ReverseDnsCheck::rows(const HostDnsFindings &f, const QString &error)
{
    QList<AuditCheck> rows;
    if (f.ptrNames.isEmpty() && !error.isEmpty()) {
        AuditCheck failed = row(
            QStringLiteral("dns.ptr"), CheckStatus::Error, tr("Reverse DNS could not be looked up"), error);
        failed.rule = tr("A mail server's address has a PTR record");
        failed.source = kRfc1912;
        rows.append(failed);
        return rows;
    }
    AuditCheck ptr = f.ptrNames.isEmpty()
        ? row(QStringLiteral("dns.ptr"), CheckStatus::Warn, tr("The address has no reverse DNS name"),
            tr("No PTR record for %1.").arg(f.address))
        : row(QStringLiteral("dns.ptr"), CheckStatus::Pass, tr("The address has a reverse DNS name"),
            tr("PTR of %1: %2").arg(f.address, f.ptrNames.join(QStringLiteral(", "))));
    ptr.rule = tr("A mail server's address has a PTR record");
    ptr.source = kRfc1912;
    ptr.explanation = tr("Many receiving servers look up the name of the address that connects to them and "
                         "distrust or refuse mail from an address without one.");
    if (f.ptrNames.isEmpty())
        ptr.todo = tr("Ask whoever runs the address block (often the hosting provider) to set a PTR record "
                      "naming this server.");
    rows.append(ptr);

    AuditCheck fcrdns;
    if (!f.forwardConfirmed.has_value())
        fcrdns = row(QStringLiteral("dns.fcrdns"), CheckStatus::Info, tr("Forward confirmation not checked"),
            error.isEmpty() ? tr("There is no PTR name to confirm.") : error);
    else if (*f.forwardConfirmed)
        fcrdns = row(QStringLiteral("dns.fcrdns"), CheckStatus::Pass,
            tr("The reverse DNS name leads back to the address"),
            tr("An A/AAAA record of %1 is %2.").arg(f.ptrNames.join(QStringLiteral(", ")), f.address));
    else
        fcrdns = row(QStringLiteral("dns.fcrdns"), CheckStatus::Warn,
            tr("The reverse DNS name does not lead back to the address"),
            tr("No A/AAAA record of %1 is %2.").arg(f.ptrNames.join(QStringLiteral(", ")), f.address));
    fcrdns.rule = tr("The PTR name's A/AAAA records contain the address (forward-confirmed reverse DNS)");
    fcrdns.source = kRfc1912;
    fcrdns.explanation
        = tr("Anyone who controls an address block can put any name in its PTR records; only a "
             "name whose own address records point back proves the two belong together, so "
             "receivers check both directions.");
    if (f.forwardConfirmed == false)
        fcrdns.todo
            = tr("Give the PTR name an A (or AAAA) record with this address, or point the PTR at a name "
                 "that has one.");
    rows.append(fcrdns);

    AuditCheck banner;
    if (f.bannerName.isEmpty() || !f.bannerMatches.has_value())
        banner = row(QStringLiteral("dns.banner"), CheckStatus::Info, tr("Greeting name not compared"),
            f.bannerName.isEmpty()
                ? tr("The greeting named no host.")
                : tr("The greeting says %1; there is no PTR name to compare it with.").arg(f.bannerName));
    else if (*f.bannerMatches)
        banner = row(QStringLiteral("dns.banner"), CheckStatus::Pass,
            tr("The greeting names the reverse DNS name"), tr("Greeting: %1").arg(f.bannerName));
    else
        banner = row(QStringLiteral("dns.banner"), CheckStatus::Info, tr("The greeting names another host"),
            tr("Greeting: %1; PTR: %2").arg(f.bannerName, f.ptrNames.join(QStringLiteral(", "))));
    banner.rule = tr("The greeting starts with the server's own name");
    banner.source = QStringLiteral("RFC 5321 s.4.2");
    banner.explanation
        = tr("A greeting that matches the reverse DNS name makes logs and bounces easier to read; "
             "some filters score a mismatch, but it breaks no rule.");
    if (f.bannerMatches == false)
        banner.todo = tr("Set the server's host name (Postfix: myhostname) to its reverse DNS name.");
    rows.append(banner);
    return rows;
}

} // namespace SmtpTutor
