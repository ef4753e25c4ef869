#pragma once

#include "audit/hostcheck.h"
#include "tlshandshake.h"

#include <QPointer>

namespace SmtpTutor {

// The server's certificate, judged on its own terms: key, signature hash, days left, chain and
// name. One handshake with the normal verification, against the host exactly as the user typed
// it and the CAs the user gave (--cafile), else the system's store. The verdicts on the chain
// and the name depend on the port: see certificateRows().
class CertificateCheck : public HostCheck
{
    Q_OBJECT
public:
    explicit CertificateCheck(const HostCheckContext &context, QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("certificate"); }
    void start() override;
    void cancel() override;
    void contribute(HostAuditReport &report) const override;

    const CertificateFindings &findings() const { return m_findings; }
    // 465 and 587 (or TLS from the first byte): mail programs that verify the certificate.
    static bool clientsVerify(const HostCheckContext &context);

private:
    void onEnded();

    QPointer<TlsHandshake> m_handshake;
    TlsHandshakeResult m_result;
    CertificateFindings m_findings;
    bool m_started = false;
    bool m_done = false;
};

} // namespace SmtpTutor
