#pragma once

#include "audit/auditreport.h"
#include "tlshandshake.h"
#include "tlsoffer.h"

#include <QList>
#include <QMap>

namespace SmtpTutor {

// The report rows of the TLS version and cipher-suite checks, made from what the handshakes
// found. Pure functions: the tests feed them results without a server.
QList<AuditCheck> tlsVersionRows(const QMap<TlsVersion, TlsHandshakeResult> &results,
                                 const QList<TlsVersion> &notOffered);

// One row per version the server accepted: its suites by class. `suites` is empty when the
// version was accepted but no single suite could be confirmed (then the row is an error);
// `untested` counts the suites whose handshake ended without a verdict (no connection, a timeout).
AuditCheck cipherSuiteRow(TlsVersion version, const QStringList &suites, int untested);

// Whether the server imposes its own order: nullopt when it could not be told.
AuditCheck serverOrderRow(std::optional<bool> serverOrder, const QString &detail);

} // namespace SmtpTutor
