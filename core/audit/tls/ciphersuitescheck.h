#pragma once

#include "audit/hostcheck.h"
#include "tlsoffer.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

class HandshakeBatch;

// Which cipher suites the server accepts in each version it speaks, and whose order of
// preference wins. Three rounds, each run at once within the per-host limit:
//   1. one handshake per version with every suite offered: which versions work at all;
//   2. per working version, one handshake per suite this computer can offer, that suite alone;
//   3. two accepted suites offered in both orders: if the server picks the same one both
//      times, it imposes its own order.
// A server with TLS 1.2 and 1.3 costs about 4 + 95 + 2 handshakes on Debian 12's OpenSSL.
class CipherSuitesCheck : public HostCheck
{
    Q_OBJECT
public:
    explicit CipherSuitesCheck(const HostCheckContext &context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("tls-ciphers"); }
    void start() override;
    void cancel() override;
    void contribute(HostAuditReport &report) const override;

    // Version -> the suites the server accepted (OpenSSL names), for tests.
    const QMap<TlsVersion, QStringList> &accepted() const { return m_accepted; }
    std::optional<bool> serverOrder() const { return m_serverOrder; }
    int handshakeCount() const { return m_handshakes; }

private:
    void findVersions();
    void onVersionsFound();
    void findSuites();
    void onSuitesFound();
    void testOrder();
    void onOrderTested();
    HandshakeBatch *newBatch();
    void done();

    HandshakeBatch *m_batch = nullptr;
    QList<TlsVersion> m_versions;                  // round 1: the versions the server speaks
    QList<QPair<TlsVersion, QString>> m_offered;   // round 2: batch index -> (version, suite)
    QMap<TlsVersion, QStringList> m_accepted;
    QMap<TlsVersion, int> m_untested;              // suites whose handshake failed for other reasons
    TlsVersion m_orderVersion = TlsVersion::Tls1_2;
    QStringList m_orderPair;                       // round 3: the two suites, weaker first
    std::optional<bool> m_serverOrder;
    QString m_orderDetail;
    int m_handshakes = 0;
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace SmtpTutor
