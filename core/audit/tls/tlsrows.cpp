#include "tlsrows.h"

#include "cipherclass.h"

#include <QObject>

namespace SmtpTutor {

namespace {

AuditCheck versionRow(TlsVersion version)
{
    AuditCheck row;
    row.id = QStringLiteral("tls.version.") + tlsVersionId(version);
    row.source = ncscTlsSource();
    switch (version) {
    case TlsVersion::Tls1_0:
    case TlsVersion::Tls1_1:
        // The guideline's own word for them is "phase out"; the audit grades them as the issue
        // asks (a fail that caps the grade at B), which is also how internet.nl shows them.
        row.rule = QObject::tr("TLS 1.0 and 1.1 are to be phased out (the guideline's class below sufficient): "
                               "a server should no longer accept them.");
        break;
    case TlsVersion::Tls1_2:
        row.rule = QObject::tr("TLS 1.2 is sufficient; a server needs TLS 1.2 or 1.3.");
        break;
    case TlsVersion::Tls1_3:
        row.rule = QObject::tr("TLS 1.3 is good; a server should offer it.");
        break;
    }
    return row;
}

void judgeOld(AuditCheck &row, TlsVersion version, bool accepted)
{
    const QString label = tlsVersionLabel(version);
    if (accepted) {
        row.status = CheckStatus::Fail;
        row.cap = Grade::B;
        row.title = QObject::tr("%1 is accepted").arg(label);
        row.explanation = QObject::tr("%1 dates from before today's attacks on TLS and no longer protects mail well. "
                                      "Every current mail server speaks TLS 1.2 or 1.3, so nothing needs the old version.")
                              .arg(label);
        row.todo = QObject::tr("Switch %1 off in the server's TLS settings (in Postfix: smtpd_tls_protocols and "
                               "smtpd_tls_mandatory_protocols = >=TLSv1.2).")
                       .arg(label);
    } else {
        row.status = CheckStatus::Pass;
        row.title = QObject::tr("%1 is refused").arg(label);
        row.explanation = QObject::tr("The server does not speak this outdated version, as it should not.");
    }
}

void judgeCurrent(AuditCheck &row, TlsVersion version, bool accepted, bool otherCurrentAccepted)
{
    const QString label = tlsVersionLabel(version);
    if (accepted) {
        row.status = CheckStatus::Pass;
        row.title = QObject::tr("%1 is accepted").arg(label);
        row.explanation = version == TlsVersion::Tls1_3
            ? QObject::tr("TLS 1.3 is the current version: quicker handshakes and only strong suites.")
            : QObject::tr("TLS 1.2 is still a sound version when its suites are chosen well.");
        return;
    }
    row.title = QObject::tr("%1 is not offered").arg(label);
    if (version == TlsVersion::Tls1_3) {
        row.status = CheckStatus::Warn;
        row.explanation = QObject::tr("TLS 1.3 is the current version; without it the server misses its safer defaults.");
        row.todo = QObject::tr("Update the server's TLS library (OpenSSL 1.1.1 or later brings TLS 1.3) and allow TLS 1.3.");
    } else if (otherCurrentAccepted) {
        row.status = CheckStatus::Pass;
        row.explanation = QObject::tr("The server speaks only TLS 1.3, which is better still.");
    } else {
        row.status = CheckStatus::Fail;
        row.cap = Grade::C;
        row.explanation = QObject::tr("Neither TLS 1.2 nor TLS 1.3 works, so mail to this server travels with an "
                                      "outdated version or none at all.");
        row.todo = QObject::tr("Allow TLS 1.2 and TLS 1.3 in the server's TLS settings.");
    }
}

} // namespace

QList<AuditCheck> tlsVersionRows(const QMap<TlsVersion, TlsHandshakeResult> &results,
                                 const QList<TlsVersion> &notOffered)
{
    using Outcome = TlsHandshakeResult::Outcome;
    auto accepted = [&](TlsVersion version) {
        return results.contains(version) && results.value(version).outcome == Outcome::Completed;
    };
    QList<AuditCheck> rows;
    for (TlsVersion version : allTlsVersions()) {
        AuditCheck row = versionRow(version);
        const TlsHandshakeResult result = results.value(version);
        if (notOffered.contains(version) || !results.contains(version)) {
            row.status = CheckStatus::Error;
            row.title = QObject::tr("%1 could not be tested").arg(tlsVersionLabel(version));
            row.detail = QObject::tr("This computer's TLS library cannot offer %1.").arg(tlsVersionLabel(version));
            row.explanation = QObject::tr("Without a handshake there is no verdict either way.");
        } else if (result.outcome == Outcome::Failed) {
            row.status = result.tlsNotOffered ? CheckStatus::Info : CheckStatus::Error;
            row.title = QObject::tr("%1 could not be tested").arg(tlsVersionLabel(version));
            row.detail = result.detail;
            row.explanation = result.tlsNotOffered
                ? QObject::tr("The server offers no TLS, so no version can be tried; the TLS availability row judges that.")
                : QObject::tr("The attempt ended before the server could accept or refuse the version.");
        } else {
            const bool isAccepted = result.outcome == Outcome::Completed;
            row.detail = isAccepted ? QObject::tr("Handshake completed with %1.").arg(result.cipher) : result.detail;
            if (version == TlsVersion::Tls1_0 || version == TlsVersion::Tls1_1)
                judgeOld(row, version, isAccepted);
            else
                judgeCurrent(row, version, isAccepted,
                             accepted(version == TlsVersion::Tls1_2 ? TlsVersion::Tls1_3 : TlsVersion::Tls1_2));
        }
        rows.append(row);
    }
    return rows;
}

AuditCheck cipherSuiteRow(TlsVersion version, const QStringList &suites, int untested)
{
    AuditCheck row;
    row.id = QStringLiteral("tls.ciphers.") + tlsVersionId(version);
    row.source = ncscTlsSource();
    row.rule = QObject::tr("Suites are good, sufficient, phase out or insufficient by the guideline's lists: "
                           "an insufficient suite fails, a phase-out suite warns.");
    const QString label = tlsVersionLabel(version);
    if (suites.isEmpty()) {
        row.status = CheckStatus::Error;
        row.title = QObject::tr("The suites of %1 could not be determined").arg(label);
        row.detail = QObject::tr("The server accepts %1, but no suite offered on its own completed a handshake "
                                 "(%2 attempt(s) ended without a verdict).")
                         .arg(label)
                         .arg(untested);
        row.explanation = QObject::tr("The server may need a suite this computer's TLS library does not have.");
        return row;
    }
    QMap<CipherClass, QStringList> byClass;
    for (const QString &suite : suites)
        byClass[classifyCipherSuite(suite)].append(suite);
    QStringList parts;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
        parts.append(cipherClassLabel(it.key()) + QStringLiteral(": ") + it.value().join(QStringLiteral(", ")));
    row.detail = parts.join(QStringLiteral("; "));
    if (untested > 0)
        row.detail += QObject::tr(" (%1 suite(s) could not be tried)").arg(untested);
    if (byClass.contains(CipherClass::Insufficient)) {
        row.status = CheckStatus::Fail;
        row.cap = Grade::C;
        row.title = QObject::tr("%1 accepts insufficient suites").arg(label);
        row.explanation = QObject::tr("Some suites the server accepts are broken or give no forward secrecy "
                                      "worth the name; an attacker can make a client fall back to them.");
        row.todo = QObject::tr("Remove these suites from the server's cipher list: %1.")
                       .arg(byClass.value(CipherClass::Insufficient).join(QStringLiteral(", ")));
    } else if (byClass.contains(CipherClass::PhaseOut)) {
        row.status = CheckStatus::Warn;
        row.cap = Grade::B;
        row.title = QObject::tr("%1 accepts suites that should be phased out").arg(label);
        row.explanation = QObject::tr("RSA key exchange gives no forward secrecy (a stolen key opens recorded mail) "
                                      "and 3DES has a 64-bit block; both are on their way out.");
        row.todo = QObject::tr("Plan to remove these suites: %1.")
                       .arg(byClass.value(CipherClass::PhaseOut).join(QStringLiteral(", ")));
    } else {
        row.status = CheckStatus::Pass;
        row.title = QObject::tr("%1 accepts only good or sufficient suites").arg(label);
        row.explanation = QObject::tr("Every suite the server accepts has forward secrecy and a modern cipher.");
    }
    return row;
}

AuditCheck serverOrderRow(std::optional<bool> serverOrder, const QString &detail)
{
    AuditCheck row;
    row.id = QStringLiteral("tls.server_order");
    row.source = ncscTlsSource();
    row.rule = QObject::tr("The server should choose the suite by its own order of preference, not the client's.");
    row.detail = detail;
    if (!serverOrder) {
        row.status = CheckStatus::Info;
        row.title = QObject::tr("The order of suites could not be told");
        row.explanation = QObject::tr("It takes two accepted suites in one version to see whose order wins.");
    } else if (*serverOrder) {
        row.status = CheckStatus::Pass;
        row.title = QObject::tr("The server imposes its own order of suites");
        row.explanation = QObject::tr("Whatever a client lists first, the server picks its own favourite, "
                                      "so a weak client preference cannot lower the protection.");
    } else {
        row.status = CheckStatus::Warn;
        row.title = QObject::tr("The server follows the client's order of suites");
        row.explanation = QObject::tr("A client that lists a weaker suite first gets it, although the server "
                                      "has a stronger one.");
        row.todo = QObject::tr("Let the server prefer its own order (in Postfix: tls_preempt_cipherlist = yes).");
    }
    return row;
}

} // namespace SmtpTutor
