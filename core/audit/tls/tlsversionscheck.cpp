#include "tlsversionscheck.h"

#include "handshakebatch.h"
#include "tlsrows.h"

#include <QTimer>

namespace SmtpTutor {

TlsVersionsCheck::TlsVersionsCheck(const HostCheckContext &context, QObject *parent)
    : HostCheck(context, parent)
{
}

void TlsVersionsCheck::start()
{
    m_batch = new HandshakeBatch(context().limiter, this);
    for (TlsVersion version : allTlsVersions()) {
        if (!localLibraryOffers(version)) {
            m_notOffered.append(version);
            continue;
        }
        m_versionOf.insert(m_batch->add(handshakeRequest(context(), offerConfiguration(version))), version);
    }
    connect(m_batch, &HandshakeBatch::finished, this, &TlsVersionsCheck::collect);
    m_batch->start();
}

void TlsVersionsCheck::collect()
{
    for (auto it = m_versionOf.cbegin(); it != m_versionOf.cend(); ++it)
        m_results.insert(it.value(), m_batch->results().at(it.key()));
    Q_EMIT finished();
}

void TlsVersionsCheck::cancel()
{
    if (m_batch)
        m_batch->cancel();
    else
        QTimer::singleShot(0, this, &TlsVersionsCheck::finished); // never started: nothing to end
}

void TlsVersionsCheck::contribute(HostAuditReport &report) const
{
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it) {
        if (it.value().outcome == TlsHandshakeResult::Outcome::Completed)
            report.tls.protocols.insert(tlsVersionName(it.key()), true);
        else if (it.value().outcome == TlsHandshakeResult::Outcome::Refused)
            report.tls.protocols.insert(tlsVersionName(it.key()), false);
    }
    report.checks.append(tlsVersionRows(m_results, m_notOffered));
}

} // namespace SmtpTutor
