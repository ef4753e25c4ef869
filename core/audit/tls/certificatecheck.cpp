#include "certificatecheck.h"

#include "audit/connectionlimiter.h"
#include "certificatejudge.h"
#include "tlsoffer.h"

#include <QTimer>

namespace SmtpTutor {

CertificateCheck::CertificateCheck(const HostCheckContext &context, QObject *parent)
    : HostCheck(context, parent)
{
}

bool CertificateCheck::clientsVerify(const HostCheckContext &context)
{
    // Port 25 is where servers hand mail to servers; 465 and 587 are submission by mail
    // programs, which verify (RFC 8314 s.3, s.4.1). Another port counts as 25 unless TLS
    // starts with the first byte, which only submission does.
    return context.implicitTls || context.port == 465 || context.port == 587;
}

void CertificateCheck::start()
{
    m_started = true;
    context().limiter->whenFree(this, [this] {
        if (m_done) { // cancelled while waiting for the slot
            context().limiter->release();
            return;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!context().options.caCertificates.isEmpty())
            configuration.setCaCertificates(context().options.caCertificates); // trust exactly these
        m_handshake = new TlsHandshake(handshakeRequest(context(), configuration), this);
        connect(m_handshake, &TlsHandshake::finished, this, &CertificateCheck::onEnded);
        m_handshake->start();
    });
}

void CertificateCheck::onEnded()
{
    context().limiter->release();
    m_result = m_handshake->result();
    m_findings = inspectCertificate(m_result);
    m_handshake->deleteLater();
    m_done = true;
    Q_EMIT finished();
}

void CertificateCheck::cancel()
{
    if (m_handshake) {
        m_handshake->cancel(); // finished() follows through onEnded()
        return;
    }
    if (m_done)
        return;
    m_done = true;
    m_result.detail = tr("Cancelled.");
    QTimer::singleShot(0, this, &CertificateCheck::finished);
}

void CertificateCheck::contribute(HostAuditReport &report) const
{
    report.certificate = m_findings;
    report.checks.append(certificateRows(m_findings, clientsVerify(context()), m_result.detail, m_result.tlsNotOffered));
}

} // namespace SmtpTutor
