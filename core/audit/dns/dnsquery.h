#pragma once

#include <QDnsLookup>
#include <QHostAddress>
#include <QStringList>

#include <functional>

namespace SmtpTutor {

// One answer of QDnsLookup reduced to what the audit's checks read.
struct DnsAnswer
{
    QStringList values; // TXT: each record's strings joined (RFC 7208 s.3.3); A/AAAA: addresses; PTR: names
    bool failed
        = false; // the lookup itself failed (timeout, SERVFAIL, refused); "no such name" is not a failure
    QString error; // QDnsLookup's text when failed
};

// Asks one question (A, AAAA, PTR or TXT) of `nameserver` (null: the system resolver) and calls
// `done` once from the event loop. The lookup is a child of `context`: destroying the context
// ends it without a call. Names are given as they are; a trailing dot is stripped from names
// in the answer.
void lookupDns(QObject *context, QDnsLookup::Type type, const QString &name, const QHostAddress &nameserver,
    std::function<void(const DnsAnswer &)> done);

// The name under in-addr.arpa / ip6.arpa whose PTR records name an address (RFC 1035 s.3.5,
// RFC 3596 s.2.5): "1.0.0.127.in-addr.arpa" for 127.0.0.1.
QString reverseLookupName(const QHostAddress &address);

} // namespace SmtpTutor
