#pragma once

#include "audit/auditreport.h"
#include "tlshandshake.h"

#include <QDateTime>
#include <QList>

namespace SmtpTutor {

// What one handshake with normal verification tells about the server's certificate.
// `now` is a parameter so that the tests can move the clock.
CertificateFindings inspectCertificate(const TlsHandshakeResult &result,
                                       const QDateTime &now = QDateTime::currentDateTimeUtc());

// The rows cert.key, cert.signature, cert.expiry, cert.chain and cert.name.
// clientsVerify: the port is one where the clients check the certificate (465 and 587: mail
// programs that submit with a password). On port 25 the sending servers do not, without DANE
// (RFC 7672 s.1.3; RFC 3207 s.4.1), so there the chain and the name are information only,
// as internet.nl grades them. When no certificate was seen, one row says why.
QList<AuditCheck> certificateRows(const CertificateFindings &findings, bool clientsVerify,
                                  const QString &whyNotSeen = {}, bool tlsNotOffered = false);

} // namespace SmtpTutor
