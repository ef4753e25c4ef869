#include "certificatevalidity.h"

#include <QObject>

namespace SmtpTutor {

namespace {

AuditCheck row(const QString &id, const QString &rule, const QString &source)
{
    AuditCheck check;
    check.id = id;
    check.rule = rule;
    check.source = source;
    return check;
}

// A finding that matters only where clients verify: a fail there, information on port 25.
void failOrInform(AuditCheck &check, bool clientsVerify)
{
    if (clientsVerify) {
        check.status = CheckStatus::Fail;
        check.cap = Grade::C;
        return;
    }
    check.status = CheckStatus::Info;
    check.explanation += QLatin1Char(' ')
        + QObject::tr("On port 25 this is information only: a sending mail server does not check the certificate "
                      "unless the domain publishes DANE records (RFC 7672 s.1.3; RFC 3207 s.4.1), so mail "
                      "still arrives encrypted. internet.nl grades it the same way.");
}

QString portSource(const QString &own)
{
    return own + QStringLiteral("; on port 25: RFC 7672 s.1.3, RFC 3207 s.4.1");
}

AuditCheck expiryRow(const CertificateFindings &f, bool clientsVerify)
{
    AuditCheck check = row(QStringLiteral("cert.expiry"),
                           QObject::tr("The certificate must be within its validity period; renew it at least "
                                       "14 days before it ends."),
                           portSource(QStringLiteral("RFC 5280 s.4.1.2.5")));
    const QDateTime notAfter = f.tls.chain.isEmpty() ? QDateTime() : f.tls.chain.first().notAfter;
    check.detail = QObject::tr("valid until %1 (%2 day(s) left)")
                       .arg(notAfter.toUTC().toString(Qt::ISODate))
                       .arg(f.daysLeft);
    if (f.daysLeft < 0) {
        check.title = QObject::tr("The certificate has expired");
        check.explanation = QObject::tr("Mail programs that check certificates refuse to send through this server.");
        check.todo = QObject::tr("Renew the certificate now, and automate the renewal (ACME, for instance).");
        failOrInform(check, clientsVerify);
    } else if (f.daysLeft < 14) {
        check.status = CheckStatus::Warn;
        check.title = QObject::tr("The certificate expires in %1 day(s)").arg(f.daysLeft);
        check.explanation = QObject::tr("Soon mail programs will refuse it; an automated renewal has usually "
                                        "renewed by now.");
        check.todo = QObject::tr("Renew the certificate, and check that the renewal job runs.");
    } else {
        check.status = CheckStatus::Pass;
        check.title = QObject::tr("The certificate is valid for %1 more days").arg(f.daysLeft);
        check.explanation = QObject::tr("There is time enough before it must be renewed.");
    }
    return check;
}

AuditCheck chainRow(const CertificateFindings &f, bool clientsVerify)
{
    AuditCheck check = row(QStringLiteral("cert.chain"),
                           QObject::tr("The chain must lead to a trusted authority, with every intermediate sent, "
                                       "each certificate followed by its issuer."),
                           portSource(QStringLiteral("RFC 5280 s.6; RFC 8446 s.4.4.2")));
    check.detail = QObject::tr("%1 certificate(s) sent; %2")
                       .arg(f.tls.chain.size())
                       .arg(f.tls.verified ? QObject::tr("verified") : f.tls.errors.join(QStringLiteral("; ")));
    if (!f.chainComplete) {
        check.title = QObject::tr("The certificate chain does not verify");
        check.explanation = f.tls.verdict();
        check.todo = QObject::tr("Use a certificate from a public authority and send its intermediate "
                                 "certificates with it (the full-chain file).");
        failOrInform(check, clientsVerify);
    } else if (!f.chainInOrder) {
        check.status = CheckStatus::Warn;
        check.title = QObject::tr("The certificate chain is complete but out of order");
        check.explanation = QObject::tr("Each certificate should be followed by the one that signed it; "
                                        "strict clients give up on a jumbled chain.");
        check.todo = QObject::tr("Put the server's certificate first and the intermediates after it, in order.");
    } else {
        check.status = CheckStatus::Pass;
        check.title = QObject::tr("The certificate chain is complete and in order");
        check.explanation = QObject::tr("It leads to an authority this computer trusts.");
    }
    return check;
}

AuditCheck nameRow(const CertificateFindings &f, bool clientsVerify)
{
    AuditCheck check = row(QStringLiteral("cert.name"),
                           QObject::tr("The certificate must name the host the client connects to."),
                           portSource(QStringLiteral("RFC 6125 s.6")));
    const QStringList names = f.tls.chain.isEmpty() ? QStringList() : f.tls.chain.first().subjectAlternativeNames;
    check.detail = QObject::tr("checked against \"%1\"; the certificate names %2")
                       .arg(f.tls.peerName, names.isEmpty() ? QObject::tr("nothing in subjectAltName")
                                                            : names.join(QStringLiteral(", ")));
    if (f.nameMatches) {
        check.status = CheckStatus::Pass;
        check.title = QObject::tr("The certificate names this host");
        check.explanation = QObject::tr("A client that connects by this name can tell it reached the right server.");
        return check;
    }
    check.title = QObject::tr("The certificate does not name this host");
    check.explanation = QObject::tr("A client that checks cannot tell this server from an impostor.");
    check.todo = QObject::tr("Get a certificate that lists \"%1\" in its subjectAltName.").arg(f.tls.peerName);
    failOrInform(check, clientsVerify);
    return check;
}

} // namespace

QList<AuditCheck> certificateValidityRows(const CertificateFindings &findings, bool clientsVerify)
{
    return {expiryRow(findings, clientsVerify), chainRow(findings, clientsVerify), nameRow(findings, clientsVerify)};
}

} // namespace SmtpTutor
