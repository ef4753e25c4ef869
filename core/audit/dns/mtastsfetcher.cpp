#include "mtastsfetcher.h"

#include "mtastspolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

namespace SmtpTutor {

MtaStsFetcher::MtaStsFetcher(const QString &domain, const QString &endpoint,
    const QList<QSslCertificate> &caCertificates, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_caCertificates(caCertificates)
    , m_timeoutMs(timeoutMs)
    , m_manager(new QNetworkAccessManager(this))
{
    m_result.url = policyUrl(domain, endpoint);
}

QUrl MtaStsFetcher::policyUrl(const QString &domain, const QString &endpoint)
{
    const QString authority = endpoint.isEmpty() ? QStringLiteral("mta-sts.") + domain : endpoint;
    return QUrl(QStringLiteral("https://%1/.well-known/mta-sts.txt").arg(authority));
}

void MtaStsFetcher::start()
{
    QNetworkRequest request(m_result.url);
    const QString policyHost = QStringLiteral("mta-sts.") + m_domain;
    // s.3.3: the certificate must be valid for mta-sts.<domain>, wherever the bytes come from.
    request.setPeerVerifyName(policyHost);
    request.setRawHeader("Host", policyHost.toUtf8());
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_caCertificates.isEmpty())
        ssl.setCaCertificates(m_caCertificates);
    request.setSslConfiguration(ssl);
    // s.3.3: "HTTP 3xx redirects MUST NOT be followed".
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_timeoutMs);
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &MtaStsFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &MtaStsFetcher::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_sslErrors = texts.join(QStringLiteral("; ")); // never ignored: the policy is then not used
    });
}

void MtaStsFetcher::onReadyRead()
{
    // s.3.3: a sender reads a bounded amount; past the limit the policy is refused.
    m_body += m_reply->readAll();
    if (m_body.size() > kMtaStsPolicyMaxBytes)
        finish(tooLargeMessage());
}

QString MtaStsFetcher::tooLargeMessage()
{
    return tr("The policy is larger than %1 bytes; a sender stops reading there (RFC 8461 s.3.3).")
        .arg(kMtaStsPolicyMaxBytes);
}

void MtaStsFetcher::onFinished()
{
    if (m_done)
        return;
    m_body += m_reply->readAll();
    m_result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_result.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (m_result.httpStatus >= 300 && m_result.httpStatus < 400) {
        m_result.redirectTo = QString::fromUtf8(m_reply->rawHeader("Location"));
        finish(tr("The server answered with a redirect (HTTP %1 to %2); RFC 8461 s.3.3 forbids following it.")
                   .arg(m_result.httpStatus)
                   .arg(m_result.redirectTo));
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        finish(m_sslErrors.isEmpty() ? m_reply->errorString()
                                     : tr("The certificate was refused: %1").arg(m_sslErrors));
        return;
    }
    if (m_result.httpStatus != 200) {
        finish(tr("The server answered HTTP %1 instead of 200.").arg(m_result.httpStatus));
        return;
    }
    if (m_body.size() > kMtaStsPolicyMaxBytes) {
        finish(tooLargeMessage());
        return;
    }
    m_result.ok = true;
    m_result.text = QString::fromUtf8(m_body);
    finish(QString());
}

void MtaStsFetcher::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_result.error = error;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Q_EMIT finished();
}

void MtaStsFetcher::cancel()
{
    finish(tr("The audit was cancelled."));
}

} // namespace SmtpTutor
