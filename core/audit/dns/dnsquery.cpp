#include "dnsquery.h"

#include "client/mxlookup.h"

#include <QCoreApplication>

namespace SmtpTutor {

namespace {

QString withoutTrailingDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

QStringList valuesOf(const QDnsLookup *lookup)
{
    QStringList values;
    for (const QDnsTextRecord &record : lookup->textRecords())
        values.append(MxLookup::joinTxt(record.values()));
    for (const QDnsHostAddressRecord &record : lookup->hostAddressRecords())
        values.append(record.value().toString());
    for (const QDnsDomainNameRecord &record : lookup->pointerRecords())
        values.append(withoutTrailingDot(record.value()));
    return values;
}

} // namespace

namespace {

// Qt 6.4 on glibc reports "this name has no records of that type" (NODATA) and "the server did
// not answer at all" alike, as InvalidReplyError. A name under .invalid (RFC 6761 s.6.4) does not
// exist anywhere, so a server that is alive answers it with NXDOMAIN (NotFoundError); anything
// else means the first answer was a failure, not an empty record set.
void confirmNoData(QObject *context, const QHostAddress &nameserver, std::function<void(bool)> alive)
{
    auto *probe = new QDnsLookup(QDnsLookup::A, QStringLiteral("smtp-tutor-resolver-check.invalid"), context);
    if (!nameserver.isNull())
        probe->setNameserver(nameserver);
    QObject::connect(probe, &QDnsLookup::finished, context, [probe, alive = std::move(alive)] {
        const bool answered = probe->error() == QDnsLookup::NotFoundError;
        probe->deleteLater();
        alive(answered);
    });
    probe->lookup();
}

} // namespace

void lookupDns(QObject *context, QDnsLookup::Type type, const QString &name, const QHostAddress &nameserver,
    std::function<void(const DnsAnswer &)> done)
{
    auto *lookup = new QDnsLookup(type, name, context);
    if (!nameserver.isNull())
        lookup->setNameserver(nameserver);
    QObject::connect(
        lookup, &QDnsLookup::finished, context, [context, nameserver, lookup, done = std::move(done)] {
            DnsAnswer answer;
            const QDnsLookup::Error error = lookup->error();
            const QString errorText = lookup->errorString();
            lookup->deleteLater();
            if (error == QDnsLookup::InvalidReplyError) {
                confirmNoData(context, nameserver, [done, errorText](bool alive) {
                    DnsAnswer ambiguous;
                    ambiguous.failed = !alive;
                    if (!alive)
                        ambiguous.error
                            = QCoreApplication::translate("DnsQuery", "The DNS server did not answer (%1).")
                                  .arg(errorText);
                    done(ambiguous);
                });
                return;
            }
            // NXDOMAIN (NotFoundError) means "no records" too; everything else is a failure.
            if (error == QDnsLookup::NoError)
                answer.values = valuesOf(lookup);
            else if (error != QDnsLookup::NotFoundError) {
                answer.failed = true;
                answer.error = errorText;
            }
            done(answer);
        });
    lookup->lookup();
}

QString reverseLookupName(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg(v4 >> 24);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QStringList nibbles;
    for (int i = 15; i >= 0; --i) {
        nibbles.append(QString::number(v6[i] & 0x0f, 16));
        nibbles.append(QString::number(v6[i] >> 4, 16));
    }
    return nibbles.join(QLatin1Char('.')) + QStringLiteral(".ip6.arpa");
}

} // namespace SmtpTutor
