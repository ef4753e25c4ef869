#include "auditrunner.h"

#include "auditchecks.h"
#include "hostauditor.h"
#include "report/auditgrader.h"

#include "client/mxlookup.h"

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace SmtpTutor {

class AuditRunner::Private
{
public:
    explicit Private(AuditRunner *runner, const AuditOptions &options) : q(runner), options(options) {}

    void start();
    void cancel();
    void onMx(const MxResult &result);
    void auditHost(const QString &address);
    void auditDomain(const MxResult &result);
    void resolveMxHosts();
    void startDomain();
    HostAuditor *makeAuditor(const QString &host);
    void onPartFinished();
    void addNullMxRow();
    void finish();

    AuditRunner *q;
    AuditOptions options;
    bool domainAudit = false;
    bool running = false;
    bool cancelled = false;
    bool finishedOnce = false;
    QElapsedTimer clock;
    HostAuditReport hostReport;
    DomainAuditReport domainReport;
    QPointer<MxLookup> mxLookup;
    QStringList mxNames;            // the MX hosts to audit, in MX order, each once
    QHash<QString, QString> mxAddresses; // name -> address, when options.nameserver resolved it
    int pendingLookups = 0;
    QList<HostAuditor *> auditors; // in MX order
    QPointer<DomainCheck> domainCheck;
    int pending = 0; // host audits and the domain check still running
};

namespace {

// A target is looked up as a mail domain unless it is an address, or a single label such as
// "localhost" (no mail domain on the internet has one name only).
bool mayBeMailDomain(const QString &target)
{
    return QHostAddress(target).isNull() && target.contains(QLatin1Char('.'));
}

QString withoutRootDot(QString name)
{
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

} // namespace

void AuditRunner::Private::start()
{
    running = true;
    clock.start();
    if (!mayBeMailDomain(options.target)) {
        auditHost({});
        return;
    }
    mxLookup = new MxLookup(withoutRootDot(options.target), q);
    if (!options.nameserver.isNull())
        mxLookup->setNameserver(options.nameserver);
    QObject::connect(mxLookup, &MxLookup::finished, q, [this](const MxResult &result) { onMx(result); });
    Q_EMIT q->progress(options.target, QStringLiteral("mx"));
    mxLookup->start();
}

void AuditRunner::Private::onMx(const MxResult &result)
{
    if (mxLookup)
        mxLookup->deleteLater();
    if (cancelled)
        return; // cancel() already finished the run
    // MX records (a Null MX too) make a mail domain. No MX but an address, or a failed lookup:
    // the name is audited as a server, and a name that does not exist fails there as the
    // probe would (host not found).
    if (result.error.isEmpty() && !result.implicitMx && !result.hosts.isEmpty()) {
        auditDomain(result);
        return;
    }
    // A name the audit's own DNS server knows may be unknown to the system's resolver.
    const bool ownResolver = !options.nameserver.isNull() && !result.addresses.isEmpty();
    auditHost(ownResolver ? result.addresses.first() : QString());
}

HostAuditor *AuditRunner::Private::makeAuditor(const QString &host)
{
    auto *auditor = new HostAuditor(options, host, &createHostChecks, q);
    QObject::connect(auditor, &HostAuditor::progress, q, &AuditRunner::progress);
    QObject::connect(auditor, &HostAuditor::finished, q, [this] { onPartFinished(); });
    auditors.append(auditor);
    ++pending;
    return auditor;
}

void AuditRunner::Private::auditHost(const QString &address)
{
    domainAudit = false;
    HostAuditor *auditor = makeAuditor(withoutRootDot(options.target));
    if (!address.isEmpty())
        auditor->setAddress(address);
    auditor->start();
}

void AuditRunner::Private::auditDomain(const MxResult &result)
{
    domainAudit = true;
    domainReport.domain = result.domain;
    domainReport.dns.mx = result.hosts;
    domainReport.dns.nullMx = result.nullMx;
    if (!result.nullMx) { // RFC 7505: a Null MX names no server; there is nothing to connect to
        for (const MxHost &mx : result.hosts) {
            const QString name = withoutRootDot(mx.name);
            if (!name.isEmpty() && !mxNames.contains(name, Qt::CaseInsensitive))
                mxNames.append(name);
        }
    }
    if (options.nameserver.isNull() || mxNames.isEmpty())
        startDomain();
    else
        resolveMxHosts();
}

// With the audit's own DNS server (tests, --dns-server), the MX hosts are looked up there too
// (IPv4, as the loopback test servers are), since the system's resolver may not know them.
void AuditRunner::Private::resolveMxHosts()
{
    pendingLookups = int(mxNames.size());
    for (const QString &name : std::as_const(mxNames)) {
        auto *lookup = new QDnsLookup(QDnsLookup::A, name, q);
        lookup->setNameserver(options.nameserver);
        QObject::connect(lookup, &QDnsLookup::finished, q, [this, lookup, name] {
            const QList<QDnsHostAddressRecord> records = lookup->hostAddressRecords();
            if (!records.isEmpty())
                mxAddresses.insert(name, records.first().value().toString());
            lookup->deleteLater();
            if (--pendingLookups == 0 && !cancelled)
                startDomain();
        });
        lookup->lookup();
    }
}

void AuditRunner::Private::startDomain()
{
    for (const QString &name : std::as_const(mxNames)) {
        HostAuditor *auditor = makeAuditor(name);
        if (mxAddresses.contains(name))
            auditor->setAddress(mxAddresses.value(name));
    }
    domainCheck = createDomainCheck(options, domainReport.dns.mx, q);
    if (domainCheck) {
        ++pending;
        QObject::connect(domainCheck, &DomainCheck::finished, q, [this] { onPartFinished(); });
    }
    if (pending == 0) {
        // Nothing to wait for (a Null MX without a domain check): still finish from the event loop.
        QTimer::singleShot(0, q, [this] { finish(); });
        return;
    }
    const QList<HostAuditor *> started = auditors;
    for (HostAuditor *auditor : started)
        auditor->start();
    if (domainCheck) {
        Q_EMIT q->progress(domainReport.domain, QStringLiteral("dns-policy"));
        domainCheck->start();
    }
}

void AuditRunner::Private::cancel()
{
    cancelled = true;
    if (pending == 0) {
        // Still looking up the MX records: nothing of ours to stop but the answer.
        QTimer::singleShot(0, q, [this] { finish(); });
        return;
    }
    const QList<HostAuditor *> running = auditors;
    for (HostAuditor *auditor : running)
        auditor->cancel();
    if (domainCheck)
        domainCheck->cancel();
}

void AuditRunner::Private::onPartFinished()
{
    if (--pending == 0)
        finish();
}

void AuditRunner::Private::addNullMxRow()
{
    const bool reported = std::any_of(domainReport.checks.cbegin(), domainReport.checks.cend(),
                                      [](const AuditCheck &check) { return check.id == QLatin1String("domain.mx"); });
    if (!domainReport.dns.nullMx || reported)
        return;
    AuditCheck row;
    row.id = QStringLiteral("domain.mx");
    row.status = CheckStatus::Info;
    row.title = AuditRunner::tr("The domain publishes a Null MX: it accepts no mail");
    row.detail = QStringLiteral("MX 0 .");
    row.rule = AuditRunner::tr("A single MX record with preference 0 and the name \".\" says the domain receives no mail.");
    row.source = QStringLiteral("RFC 7505");
    row.explanation = AuditRunner::tr("Senders give up at once instead of retrying; there is no mail server to audit.");
    domainReport.checks.append(row);
}

void AuditRunner::Private::finish()
{
    if (finishedOnce)
        return;
    finishedOnce = true;
    running = false;
    if (domainAudit) {
        if (domainCheck)
            domainCheck->contribute(domainReport);
        addNullMxRow();
        for (const HostAuditor *auditor : std::as_const(auditors))
            domainReport.hosts.append(auditor->report());
        domainReport.totalMs = clock.elapsed();
        domainReport.grade = AuditGrader::grade(domainReport);
    } else if (!auditors.isEmpty()) {
        hostReport = auditors.first()->report();
    } else {
        // Cancelled while the MX records were looked up: nothing was audited.
        hostReport.host = options.target;
        hostReport.port = options.port;
        hostReport.tlsMode = options.tlsMode;
        hostReport.error = {ClientErrorKind::Cancelled, ProbeStage::Connect, AuditRunner::tr("Cancelled by the user."), {}};
        hostReport.failedStage = ProbeStage::Connect;
        hostReport.grade = AuditGrader::grade(hostReport);
    }
    Q_EMIT q->finished();
}

AuditRunner::AuditRunner(const AuditOptions &options, QObject *parent)
    : QObject(parent), d(new Private(this, options))
{
}

AuditRunner::~AuditRunner()
{
    delete d;
}

void AuditRunner::start()
{
    if (d->running || d->finishedOnce)
        return;
    d->start();
}

void AuditRunner::cancel()
{
    if (!d->running || d->cancelled || d->finishedOnce)
        return;
    d->cancel();
}

bool AuditRunner::isRunning() const
{
    return d->running;
}

bool AuditRunner::isDomainAudit() const
{
    return d->domainAudit;
}

const HostAuditReport &AuditRunner::hostReport() const
{
    return d->hostReport;
}

const DomainAuditReport &AuditRunner::domainReport() const
{
    return d->domainReport;
}

} // namespace SmtpTutor
