#pragma once

#include "audit/hostcheck.h"
#include "tlshandshake.h"

#include <QList>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

// The TLS versions the audit tries, each in a handshake of its own.
enum class TlsVersion { Tls1_0, Tls1_1, Tls1_2, Tls1_3 };

const QList<TlsVersion> &allTlsVersions();
QString tlsVersionName(TlsVersion version);  // "TLSv1.2": the report's key (TlsFindings)
QString tlsVersionId(TlsVersion version);    // "tls1_2": the end of the check ids
QString tlsVersionLabel(TlsVersion version); // "TLS 1.2": for sentences
// False when this computer's TLS library cannot offer the version at all.
bool localLibraryOffers(TlsVersion version);

// A client configuration that offers exactly one version and, when `suites` is not empty,
// exactly those suites in that order (OpenSSL names). Empty: every suite the library has.
// The security level is 0 so that this computer's policy never hides what the server does:
// on OpenSSL 3, TLS 1.0 and 1.1 fail locally at the default level. The certificate is not
// verified here: these handshakes test versions and suites; the certificate check verifies.
QSslConfiguration offerConfiguration(TlsVersion version, const QStringList &suites = {});

// A handshake with the context's server, EHLO name and deadlines.
TlsHandshakeRequest handshakeRequest(const HostCheckContext &context, const QSslConfiguration &configuration);

// A suite this computer's OpenSSL can offer, and the oldest version it belongs to.
struct CipherCandidate
{
    QString name;        // OpenSSL's name
    TlsVersion minimum;  // TLS 1.3 suites are TLS 1.3 only; the others work up to TLS 1.2
};

// Every suite the local OpenSSL can offer at security level 0, except those that need a
// pre-shared key or a password (PSK, SRP): no server can pick them for a client without one.
// This is wider than QSslConfiguration::supportedCiphers(), which lists only what passes the
// library's default security level and so can never show a server's weak suites.
const QList<CipherCandidate> &localCipherSuites();
// The candidates usable in one version, in the library's order of preference.
QStringList cipherSuitesFor(TlsVersion version);

} // namespace SmtpTutor
