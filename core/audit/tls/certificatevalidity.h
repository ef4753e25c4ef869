#pragma once

#include "audit/auditreport.h"

#include <QList>

namespace SmtpTutor {

// The rows cert.expiry, cert.chain and cert.name of a certificate that was seen. Where the
// clients do not verify (port 25 without DANE), an expired certificate, an incomplete chain
// and a wrong name are information; where they do (465, 587) they fail.
QList<AuditCheck> certificateValidityRows(const CertificateFindings &findings, bool clientsVerify);

} // namespace SmtpTutor
