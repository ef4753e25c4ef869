#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace SmtpTutor {

struct MtaStsFetchResult
{
    QUrl url; // what was asked for
    bool ok = false; // a 200 answer with a body within the size limit over verified HTTPS
    QString text; // the policy (UTF-8)
    QString contentType; // as the server sent it
    int httpStatus = 0;
    QString redirectTo; // a redirect that was not followed (RFC 8461 s.3.3)
    QString error; // why it is not ok
};

// Fetches https://mta-sts.<domain>/.well-known/mta-sts.txt (RFC 8461 s.3.3) with
// QNetworkAccessManager: the certificate verified for mta-sts.<domain>, redirects not followed,
// at most kMtaStsPolicyMaxBytes read, a transfer deadline. In tests `endpoint` ("127.0.0.1:PORT")
// replaces the host and port while the certificate is still verified for mta-sts.<domain>, and
// `caCertificates` (non-empty) replaces the system's CA store. finished() comes once.
class MtaStsFetcher : public QObject
{
    Q_OBJECT
public:
    MtaStsFetcher(const QString &domain, const QString &endpoint,
        const QList<QSslCertificate> &caCertificates, int timeoutMs, QObject *parent = nullptr);
    void start();
    void cancel();
    const MtaStsFetchResult &result() const { return m_result; }

    static QUrl policyUrl(const QString &domain, const QString &endpoint);

Q_SIGNALS:
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void finish(const QString &error);
    static QString tooLargeMessage();

    QString m_domain;
    QList<QSslCertificate> m_caCertificates;
    int m_timeoutMs;
    QNetworkAccessManager *m_manager;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    QString m_sslErrors;
    MtaStsFetchResult m_result;
    bool m_done = false;
};

} // namespace SmtpTutor
