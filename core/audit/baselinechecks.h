#pragma once

#include "auditreport.h"

namespace SmtpTutor {

// What the audit's first session (the baseline probe, quit after TLS) says on its own.
namespace BaselineChecks {

// Whether the server could be reached and talked to. A server that talks SMTP but offers no
// STARTTLS, refuses it, or fails the STARTTLS handshake was reached: that is a finding about its
// TLS (the tls.available row), and the other checks still run.
bool reached(const ProbeReport &baseline);

// The rows the baseline gives: smtp.reachable always; tls.available when the server was reached.
// The port decides how much missing TLS costs: on 25 (and any port that is not a submission
// port) a sender falls back to clear text (cap C); on 465 and 587 passwords would travel in
// clear (cap F).
QList<AuditCheck> rows(const ProbeReport &baseline, TlsMode mode);

} // namespace BaselineChecks

} // namespace SmtpTutor
