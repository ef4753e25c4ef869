#include "cipherclass.h"

#include <QCoreApplication>
#include <QStringList>

namespace SmtpTutor {

QString cipherClassName(CipherClass cipherClass)
{
    switch (cipherClass) {
    case CipherClass::Good: return QStringLiteral("good");
    case CipherClass::Sufficient: return QStringLiteral("sufficient");
    case CipherClass::PhaseOut: return QStringLiteral("phase-out");
    case CipherClass::Insufficient: return QStringLiteral("insufficient");
    }
    return QStringLiteral("insufficient");
}

QString cipherClassLabel(CipherClass cipherClass)
{
    switch (cipherClass) {
    case CipherClass::Good: return QCoreApplication::translate("SmtpTutor::CipherClass", "good");
    case CipherClass::Sufficient: return QCoreApplication::translate("SmtpTutor::CipherClass", "sufficient");
    case CipherClass::PhaseOut: return QCoreApplication::translate("SmtpTutor::CipherClass", "phase out");
    case CipherClass::Insufficient: return QCoreApplication::translate("SmtpTutor::CipherClass", "insufficient");
    }
    return {};
}

namespace {

// What a suite is made of, read from its OpenSSL name.
enum class KeyExchange { Ecdhe, Dhe, Rsa, Other }; // Other: anonymous, static (EC)DH, export, PSK ...
enum class Bulk { AesGcm, ChaCha20Poly1305, AesCbc, AesCcm, AesCcm8, TripleDes, Other };

KeyExchange keyExchangeOf(const QStringList &parts)
{
    const QString &first = parts.first();
    if (first == u"ECDHE" && parts.value(1) != u"PSK")
        return KeyExchange::Ecdhe;
    if ((first == u"DHE" || first == u"EDH") && parts.value(1) != u"PSK")
        return KeyExchange::Dhe;
    // "ADH", "AECDH" (anonymous), "ECDH"/"DH" (static), "EXP" (export), "PSK", "SRP", "GOST...":
    // none of them is in the guideline's lists.
    static const QStringList notPlainRsa{QStringLiteral("ADH"),  QStringLiteral("AECDH"), QStringLiteral("ECDH"),
                                         QStringLiteral("DH"),   QStringLiteral("EXP"),   QStringLiteral("EXP1024"),
                                         QStringLiteral("PSK"),  QStringLiteral("RSA"),   QStringLiteral("SRP"),
                                         QStringLiteral("ECDHE"), QStringLiteral("DHE"),  QStringLiteral("EDH")};
    if (notPlainRsa.contains(first) || first.startsWith(u"GOST"))
        return KeyExchange::Other; // "RSA-PSK-..." lands here too
    return KeyExchange::Rsa; // OpenSSL names RSA key exchange suites without a prefix: "AES128-SHA"
}

Bulk bulkOf(const QString &name)
{
    if (name.contains(u"CHACHA20"))
        return Bulk::ChaCha20Poly1305;
    if (name.contains(u"DES-CBC3") || name.contains(u"3DES"))
        return Bulk::TripleDes;
    if (!name.contains(u"AES") || name.contains(u"ARIA"))
        return Bulk::Other; // RC4, DES, NULL, CAMELLIA, ARIA, SEED, IDEA
    if (name.contains(u"GCM"))
        return Bulk::AesGcm;
    if (name.contains(u"CCM8") || name.contains(u"CCM_8"))
        return Bulk::AesCcm8;
    if (name.contains(u"CCM"))
        return Bulk::AesCcm;
    return Bulk::AesCbc;
}

bool hasBrokenPart(const QStringList &parts)
{
    // MD5 as the MAC, no encryption at all, and export-grade keys are insufficient whatever
    // else the suite has.
    return parts.contains(u"MD5") || parts.contains(u"NULL") || parts.contains(u"EXP") || parts.contains(u"EXP1024");
}

} // namespace

CipherClass classifyCipherSuite(const QString &openSslName)
{
    // The table, from NCSC-NL, "IT Security Guidelines for Transport Layer Security (TLS)",
    // v2.1 (2021), its cipher-suite lists, as internet.nl applies them to mail:
    //   TLS 1.3: AES-GCM, CHACHA20-POLY1305, AES-128-CCM  good; AES-128-CCM-8  sufficient
    //   TLS 1.2 and older:
    //     ECDHE with AES-GCM or CHACHA20-POLY1305            good
    //     ECDHE with AES-CBC                                 sufficient
    //     DHE with AES-GCM, CHACHA20-POLY1305 or AES-CBC     sufficient
    //     RSA key exchange with AES-GCM or AES-CBC           phase out
    //     3DES with any key exchange                         phase out
    //     everything else (RC4, NULL, EXPORT, DES, anonymous, MD5, and every suite the
    //     guideline does not list)                           insufficient
    if (openSslName.startsWith(u"TLS_")) { // TLS 1.3: the suite names no key exchange (RFC 8446 s.B.4)
        if (openSslName == u"TLS_AES_128_CCM_8_SHA256")
            return CipherClass::Sufficient;
        static const QStringList good{QStringLiteral("TLS_AES_256_GCM_SHA384"), QStringLiteral("TLS_AES_128_GCM_SHA256"),
                                      QStringLiteral("TLS_CHACHA20_POLY1305_SHA256"), QStringLiteral("TLS_AES_128_CCM_SHA256")};
        return good.contains(openSslName) ? CipherClass::Good : CipherClass::Insufficient;
    }
    const QStringList parts = openSslName.split(QLatin1Char('-'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || hasBrokenPart(parts))
        return CipherClass::Insufficient;
    const KeyExchange kx = keyExchangeOf(parts);
    const Bulk bulk = bulkOf(openSslName);
    if (bulk == Bulk::TripleDes)
        return kx == KeyExchange::Other ? CipherClass::Insufficient : CipherClass::PhaseOut;
    switch (kx) {
    case KeyExchange::Ecdhe:
        if (bulk == Bulk::AesGcm || bulk == Bulk::ChaCha20Poly1305)
            return CipherClass::Good;
        return bulk == Bulk::AesCbc ? CipherClass::Sufficient : CipherClass::Insufficient;
    case KeyExchange::Dhe:
        return bulk == Bulk::AesGcm || bulk == Bulk::ChaCha20Poly1305 || bulk == Bulk::AesCbc
            ? CipherClass::Sufficient
            : CipherClass::Insufficient;
    case KeyExchange::Rsa:
        return bulk == Bulk::AesGcm || bulk == Bulk::AesCbc ? CipherClass::PhaseOut : CipherClass::Insufficient;
    case KeyExchange::Other:
        return CipherClass::Insufficient;
    }
    return CipherClass::Insufficient;
}

} // namespace SmtpTutor
