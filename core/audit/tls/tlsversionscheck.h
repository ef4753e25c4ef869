#pragma once

#include "audit/hostcheck.h"
#include "tlshandshake.h"
#include "tlsoffer.h"

#include <QList>
#include <QMap>

namespace SmtpTutor {

class HandshakeBatch;

// Which TLS versions the server accepts: TLS 1.0, 1.1, 1.2 and 1.3, each offered alone in a
// handshake of its own, all at once within the per-host limit. A version the server refused
// gets a verdict; one that could not be tried (this computer's library cannot offer it, no
// connection, a timeout) gets none: its row is an error and TlsFindings::protocols leaves it out.
class TlsVersionsCheck : public HostCheck
{
    Q_OBJECT
public:
    explicit TlsVersionsCheck(const HostCheckContext &context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("tls-versions"); }
    void start() override;
    void cancel() override;
    void contribute(HostAuditReport &report) const override;

    // What the handshakes found, by version; a version this computer cannot offer is absent.
    const QMap<TlsVersion, TlsHandshakeResult> &results() const { return m_results; }

private:
    void collect();

    HandshakeBatch *m_batch = nullptr;
    QMap<int, TlsVersion> m_versionOf; // batch index -> version
    QMap<TlsVersion, TlsHandshakeResult> m_results;
    QList<TlsVersion> m_notOffered;
};

} // namespace SmtpTutor
