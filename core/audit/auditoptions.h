#pragma once

#include "client/probeoptions.h"
#include "client/smtpconnection.h"

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace SmtpTutor {

// What the user asked the audit to do (smtp-tutor-cli audit, or the probe dialog's Audit action).
struct AuditOptions
{
    QString target;            // a host name, an address, or a mail domain (then every MX is audited)
    quint16 port = 25;
    TlsMode tlsMode = TlsMode::Auto; // StartTls, Implicit or Auto (implicit on 465, else STARTTLS)
    QString ehloName;          // empty: this machine's host name
    QList<QSslCertificate> caCertificates; // non-empty: trust exactly these (--cafile)
    bool relayTest = true;     // --no-relay-test switches the open-relay check off
    // The outside addresses of the relay test: domains reserved for documentation (RFC 2606),
    // so a relay that accepts them can never deliver anything anywhere.
    QString relayFrom = QStringLiteral("audit-sender@example.net");
    QString relayTo = QStringLiteral("audit-recipient@example.org");

    // The DNS server to ask instead of the system's resolver (tests; port 53 only, a Qt 6.4
    // limit of QDnsLookup::setNameserver). Null: the system resolver.
    QHostAddress nameserver;
    // For tests only: fetch the MTA-STS policy from this address and port while still
    // verifying the certificate against mta-sts.<domain>. Empty: https://mta-sts.<domain>/.
    QString mtaStsEndpoint;    // "127.0.0.1:8443"
    // For tests only: trust exactly these CAs for the MTA-STS policy's HTTPS server. Empty: the
    // system's store. Separate from caCertificates, which is about the mail server (--cafile).
    QList<QSslCertificate> mtaStsCaCertificates;

    SmtpConnection::Timeouts timeouts{10000, 15000, 60000};
    int maxConnectionsPerHost = 4; // no server sees a flood (the per-host limit)
};

} // namespace SmtpTutor
