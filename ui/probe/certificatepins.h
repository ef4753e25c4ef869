#pragma once

#include <QList>
#include <QString>

namespace SmtpTutor {

// A certificate the user chose to trust for one server: that exact certificate (its SHA-256
// fingerprint) for that exact host and port, nothing wider. Only the fingerprint is stored;
// never a credential.
struct CertificatePin
{
    QString host; // lower case
    quint16 port = 0;
    QString sha256; // as CertificateInfo::sha256 writes it (hex with colons)
    bool operator==(const CertificatePin &other) const = default;
};

// The remembered pins, kept in QSettings (the application's organisation and name) under
// "probe/trustedCertificates".
namespace CertificatePins {
QList<CertificatePin> all();
void add(const CertificatePin &pin);
void remove(const CertificatePin &pin);
bool isPinned(const QString &host, quint16 port, const QString &sha256);
} // namespace CertificatePins

} // namespace SmtpTutor
