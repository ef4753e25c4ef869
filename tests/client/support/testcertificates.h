#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

namespace SmtpTutor::Test {

// Certificates made at test time with the openssl command line (nothing is checked in):
// a valid one for localhost/127.0.0.1, one for the wrong host name, an expired one and a
// self-signed one nobody trusts. Each is self-signed; a test "trusts" one by making it the CA.
class TestCertificates
{
public:
    struct Pair
    {
        QSslCertificate certificate;
        QSslKey key;
        QString certificatePath;
        bool isValid() const { return !certificate.isNull() && !key.isNull(); }
    };

    bool generate(); // false (with error()) when openssl is missing or failed
    QString error() const { return m_error; }

    Pair valid;     // CN=localhost, SAN DNS:localhost, IP:127.0.0.1
    Pair wrongHost; // CN=wrong.example, SAN DNS:wrong.example
    Pair expired;   // localhost, valid only in January 2020
    Pair untrusted; // localhost again, but a different key that no test trusts

private:
    bool makeSelfSigned(const QString &name, const QString &subject, const QString &san, Pair *pair);
    bool makeExpired(Pair *pair);
    bool run(const QStringList &arguments);
    Pair load(const QString &name);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace SmtpTutor::Test
