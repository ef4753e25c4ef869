#include "domainpolicycheck.h"

#include "client/mxlookup.h"
#include "dnsquery.h"
#include "mtastsfetcher.h"
#include "spflookupcounter.h"
#include "tagrecords.h"
#include "tlsaresolver.h"

namespace SmtpTutor {

namespace {

QStringList startingWith(const QStringList &records, const QString &prefix)
{
    QStringList result;
    for (const QString &record : records) {
        if (record.trimmed().startsWith(prefix))
            result.append(record.trimmed());
    }
    return result;
}

} // namespace

DomainPolicyCheck::DomainPolicyCheck(const AuditOptions &options, const QList<MxHost> &mx, QObject *parent)
    : DomainCheck(options, parent)
    , m_mxGiven(!mx.isEmpty())
{
    QString domain = options.target.trimmed().toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    m_evidence.domain = domain;
    m_evidence.mx = MxLookup::sortByPreference(mx);
    m_evidence.nullMx = MxLookup::isNullMx(m_evidence.mx);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { finish(tr("DNS did not answer in time.")); });
}

DomainPolicyCheck::~DomainPolicyCheck() = default;

void DomainPolicyCheck::start()
{
    m_deadline.start(options().timeouts.overallMs);
    begin(); // held until every lookup below has been started
    if (m_mxGiven)
        checkDane();
    else
        lookUpMx();

    m_spf = new SpfLookupCounter(m_evidence.domain, options().nameserver, this);
    begin();
    connect(m_spf, &SpfLookupCounter::finished, this, [this] {
        if (m_done)
            return;
        m_spfAnswered = true;
        m_evidence.spf = m_spf->result();
        end();
    });
    m_spf->start();

    // RFC 7489 s.6.6.3: records not starting with v=DMARC1 are discarded by receivers; the ones
    // that say it elsewhere are kept here so a misplaced tag can be reported as the error it is.
    lookUpTxt(QStringLiteral("_dmarc.") + m_evidence.domain,
        [this](const QStringList &records, const QString &error) {
            m_evidence.dmarcError = error;
            for (const QString &record : records) {
                if (looksLikeDmarc(record))
                    m_evidence.dmarcRecords.append(record.trimmed());
            }
        });
    lookUpTxt(QStringLiteral("_mta-sts.") + m_evidence.domain,
        [this](const QStringList &records, const QString &error) {
            m_evidence.mtaStsError = error;
            onMtaStsRecords(startingWith(records, QStringLiteral("v=STSv1")));
        });
    lookUpTxt(QStringLiteral("_smtp._tls.") + m_evidence.domain,
        [this](const QStringList &records, const QString &error) {
            m_evidence.tlsRptError = error;
            m_evidence.tlsRptRecords = startingWith(records, QStringLiteral("v=TLSRPTv1"));
        });
    end();
}

void DomainPolicyCheck::lookUpMx()
{
    auto *lookup = new MxLookup(m_evidence.domain, this);
    lookup->setNameserver(options().nameserver);
    begin();
    connect(lookup, &MxLookup::finished, this, [this](const MxResult &result) {
        if (m_done)
            return;
        m_evidence.mx = result.hosts;
        m_evidence.nullMx = result.nullMx;
        m_evidence.implicitMx = result.implicitMx;
        m_evidence.mxError = result.error;
        checkDane();
        end();
    });
    lookup->start();
}

void DomainPolicyCheck::lookUpTxt(
    const QString &name, const std::function<void(const QStringList &, const QString &)> &take)
{
    begin();
    lookupDns(this, QDnsLookup::TXT, name, options().nameserver, [this, take](const DnsAnswer &answer) {
        if (m_done)
            return;
        take(answer.values, answer.failed ? answer.error : QString());
        end();
    });
}

void DomainPolicyCheck::onMtaStsRecords(const QStringList &records)
{
    m_evidence.mtaStsRecords = records;
    // RFC 8461 s.3.1/s.3.3: a sender fetches the policy only after one valid TXT record.
    if (records.size() != 1 || !parseMtaStsRecord(records.first()).errors.isEmpty())
        return;
    m_evidence.mtaStsFetched = true;
    m_fetcher = new MtaStsFetcher(m_evidence.domain, options().mtaStsEndpoint, options().mtaStsCaCertificates,
        options().timeouts.replyMs, this);
    begin();
    connect(m_fetcher, &MtaStsFetcher::finished, this, [this] {
        if (m_done)
            return;
        m_evidence.mtaStsFetch = m_fetcher->result();
        end();
    });
    m_fetcher->start();
}

void DomainPolicyCheck::checkDane()
{
    if (m_evidence.nullMx) {
        m_evidence.daneNotChecked = tr("The domain has a Null MX: there is no mail server to protect.");
        return;
    }
    if (m_evidence.mx.isEmpty()) {
        m_evidence.daneNotChecked = tr("There is no MX host whose TLSA records could be asked for.");
        return;
    }
    m_tlsa = new TlsaResolver(options().nameserver, this);
    if (!m_tlsa->isReady()) {
        m_evidence.daneNotChecked = m_tlsa->setupError();
        return;
    }
    m_evidence.daneTrustAnchor = m_tlsa->hasTrustAnchor();
    connect(m_tlsa, &TlsaResolver::answered, this, [this](const TlsaAnswer &answer) {
        if (m_done)
            return;
        m_evidence.tlsa.append(answer);
        end();
    });
    // RFC 7672 s.2.2: the TLSA records of an MX host are at _25._tcp.<host>.
    for (const MxHost &host : std::as_const(m_evidence.mx)) {
        begin();
        m_tlsa->resolve(QStringLiteral("_25._tcp.") + host.name);
    }
}

void DomainPolicyCheck::end()
{
    if (--m_pending == 0)
        finish(QString());
}

void DomainPolicyCheck::finish(const QString &why)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (!why.isEmpty()) {
        // Whatever is still open is reported as not answered.
        if (m_spf && !m_spfAnswered)
            m_evidence.spf.lookupError = why;
        if (m_fetcher && m_evidence.mtaStsFetch.error.isEmpty() && !m_evidence.mtaStsFetch.ok)
            m_evidence.mtaStsFetch.error = why;
        if (m_tlsa && m_evidence.tlsa.size() < m_evidence.mx.size())
            m_evidence.daneNotChecked = why;
    }
    if (m_fetcher)
        m_fetcher->cancel();
    if (m_tlsa)
        m_tlsa->cancel();
    for (QDnsLookup *lookup : findChildren<QDnsLookup *>())
        lookup->abort();
    Q_EMIT finished();
}

void DomainPolicyCheck::cancel()
{
    finish(tr("The audit was cancelled."));
}

void DomainPolicyCheck::contribute(DomainAuditReport &report) const
{
    DomainPolicyEvidence evidence = m_evidence;
    // The runner's MX list (already in the report) is the one its hosts were audited from.
    if (!report.dns.mx.isEmpty()) {
        evidence.mx = report.dns.mx;
        evidence.nullMx = MxLookup::isNullMx(report.dns.mx);
    }
    report.dns = DomainPolicyRows::findings(evidence);
    report.checks.append(DomainPolicyRows::rows(evidence));
}

} // namespace SmtpTutor
