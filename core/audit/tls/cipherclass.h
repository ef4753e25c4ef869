#pragma once

#include <QString>

namespace SmtpTutor {

// The four classes of NCSC-NL's "IT Security Guidelines for Transport Layer Security (TLS)",
// v2.1 (2021), which internet.nl applies to mail servers.
enum class CipherClass { Good, Sufficient, PhaseOut, Insufficient };

QString cipherClassName(CipherClass cipherClass);  // "good", "sufficient", "phase-out", "insufficient"
QString cipherClassLabel(CipherClass cipherClass); // for sentences: "good", "phase out", ...

// The class of one suite by its OpenSSL name ("ECDHE-RSA-AES128-GCM-SHA256",
// "TLS_AES_128_GCM_SHA256"). Names it does not know are insufficient, as the guideline says of
// every suite it does not list.
CipherClass classifyCipherSuite(const QString &openSslName);

// The guideline every TLS row of the audit cites.
inline QString ncscTlsSource()
{
    return QStringLiteral("NCSC-NL, IT Security Guidelines for Transport Layer Security (TLS), v2.1 (2021)");
}

} // namespace SmtpTutor
