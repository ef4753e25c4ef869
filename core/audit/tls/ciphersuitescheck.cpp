#include "ciphersuitescheck.h"

#include "cipherclass.h"
#include "handshakebatch.h"
#include "tlsrows.h"

#include <QTimer>

#include <algorithm>

namespace SmtpTutor {

using Outcome = TlsHandshakeResult::Outcome;

CipherSuitesCheck::CipherSuitesCheck(const HostCheckContext &context, QObject *parent)
    : HostCheck(context, parent)
{
}

HandshakeBatch *CipherSuitesCheck::newBatch()
{
    if (m_batch)
        m_batch->deleteLater();
    m_batch = new HandshakeBatch(context().limiter, this);
    return m_batch;
}

void CipherSuitesCheck::start()
{
    findVersions();
}

void CipherSuitesCheck::findVersions()
{
    // A version this computer cannot offer is not tried at all (the versions check says so).
    HandshakeBatch *real = newBatch();
    m_versions.clear();
    for (TlsVersion version : allTlsVersions()) {
        if (localLibraryOffers(version)) {
            real->add(handshakeRequest(context(), offerConfiguration(version)));
            m_versions.append(version);
        }
    }
    connect(real, &HandshakeBatch::finished, this, &CipherSuitesCheck::onVersionsFound);
    real->start();
}

void CipherSuitesCheck::onVersionsFound()
{
    const QList<TlsHandshakeResult> &results = m_batch->results();
    m_handshakes += int(results.size());
    QList<TlsVersion> working;
    for (int i = 0; i < results.size(); ++i) {
        if (results.at(i).outcome == Outcome::Completed)
            working.append(m_versions.at(i));
    }
    m_versions = working;
    if (m_cancelled || m_versions.isEmpty()) {
        done();
        return;
    }
    findSuites();
}

void CipherSuitesCheck::findSuites()
{
    HandshakeBatch *batch = newBatch();
    m_offered.clear();
    for (TlsVersion version : std::as_const(m_versions)) {
        m_accepted.insert(version, {});
        for (const QString &suite : cipherSuitesFor(version)) {
            batch->add(handshakeRequest(context(), offerConfiguration(version, {suite})));
            m_offered.append({version, suite});
        }
    }
    connect(batch, &HandshakeBatch::finished, this, &CipherSuitesCheck::onSuitesFound);
    batch->start();
}

void CipherSuitesCheck::onSuitesFound()
{
    const QList<TlsHandshakeResult> &results = m_batch->results();
    m_handshakes += int(results.size());
    for (int i = 0; i < results.size(); ++i) {
        const auto &[version, suite] = m_offered.at(i);
        const TlsHandshakeResult &result = results.at(i);
        if (result.outcome == Outcome::Completed && result.cipher == suite)
            m_accepted[version].append(suite);
        else if (result.outcome == Outcome::Failed)
            ++m_untested[version];
    }
    if (m_cancelled) {
        done();
        return;
    }
    testOrder();
}

void CipherSuitesCheck::testOrder()
{
    // The order matters most where weak and strong suites meet: TLS 1.2 and older. TLS 1.3
    // has only strong suites, so it is the fallback.
    const QList<TlsVersion> preference{TlsVersion::Tls1_2, TlsVersion::Tls1_1, TlsVersion::Tls1_0, TlsVersion::Tls1_3};
    const auto chosen = std::find_if(preference.cbegin(), preference.cend(),
                                     [this](TlsVersion v) { return m_accepted.value(v).size() >= 2; });
    if (chosen == preference.cend()) {
        m_orderDetail = tr("No version has two accepted suites to compare.");
        done();
        return;
    }
    m_orderVersion = *chosen;
    // The strongest and the weakest accepted suite: a server with an order of its own picks
    // the same one whichever the client lists first.
    QStringList suites = m_accepted.value(m_orderVersion);
    std::stable_sort(suites.begin(), suites.end(), [](const QString &a, const QString &b) {
        return int(classifyCipherSuite(a)) < int(classifyCipherSuite(b));
    });
    m_orderPair = {suites.last(), suites.first()};
    HandshakeBatch *batch = newBatch();
    batch->add(handshakeRequest(context(), offerConfiguration(m_orderVersion, m_orderPair)));
    batch->add(handshakeRequest(context(), offerConfiguration(m_orderVersion, {m_orderPair.at(1), m_orderPair.at(0)})));
    connect(batch, &HandshakeBatch::finished, this, &CipherSuitesCheck::onOrderTested);
    batch->start();
}

void CipherSuitesCheck::onOrderTested()
{
    const QList<TlsHandshakeResult> &results = m_batch->results();
    m_handshakes += int(results.size());
    const QString first = results.at(0).outcome == Outcome::Completed ? results.at(0).cipher : QString();
    const QString second = results.at(1).outcome == Outcome::Completed ? results.at(1).cipher : QString();
    const QString label = tlsVersionLabel(m_orderVersion);
    if (first.isEmpty() || second.isEmpty()) {
        m_orderDetail = tr("A handshake of the order test did not complete.");
    } else if (first == second) {
        m_serverOrder = true;
        m_orderDetail = tr("In %1 the server chose %2 both times, whichever the client listed first.").arg(label, first);
    } else {
        m_serverOrder = false;
        m_orderDetail = tr("In %1 the server chose %2 when the client listed it first, and %3 when that came first.")
                            .arg(label, first, second);
    }
    done();
}

void CipherSuitesCheck::done()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}

void CipherSuitesCheck::cancel()
{
    m_cancelled = true;
    if (m_batch)
        m_batch->cancel(); // its finished() leads to done()
    else
        QTimer::singleShot(0, this, &CipherSuitesCheck::done);
}

void CipherSuitesCheck::contribute(HostAuditReport &report) const
{
    for (auto it = m_accepted.cbegin(); it != m_accepted.cend(); ++it) {
        if (!it.value().isEmpty())
            report.tls.ciphers.insert(tlsVersionName(it.key()), it.value());
        report.checks.append(cipherSuiteRow(it.key(), it.value(), m_untested.value(it.key())));
    }
    report.tls.serverOrder = m_serverOrder;
    if (!m_accepted.isEmpty())
        report.checks.append(serverOrderRow(m_serverOrder, m_orderDetail));
}

} // namespace SmtpTutor
