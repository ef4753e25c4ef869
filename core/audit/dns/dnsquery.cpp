#include "dnsquery.h"

#include "client/mxlookup.h"

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

void lookupDns(QObject *context, QDnsLookup::Type type, const QString &name, const QHostAddress &nameserver,
               std::function<void(const DnsAnswer &)> done)
{
    auto *lookup = new QDnsLookup(type, name, context);
    if (!nameserver.isNull())
        lookup->setNameserver(nameserver);
    QObject::connect(lookup, &QDnsLookup::finished, context, [lookup, done = std::move(done)] {
        DnsAnswer answer;
        // NXDOMAIN is NotFoundError; a name without records of this type (NODATA) is reported by
        // Qt 6.4 on glibc as InvalidReplyError (see MxLookup::onMx): both mean "no records".
        const QDnsLookup::Error error = lookup->error();
        if (error == QDnsLookup::NoError)
            answer.values = valuesOf(lookup);
        else if (error != QDnsLookup::NotFoundError && error != QDnsLookup::InvalidReplyError) {
            answer.failed = true;
            answer.error = lookup->errorString();
        }
        lookup->deleteLater();
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
            .arg(v4 & 0xff).arg((v4 >> 8) & 0xff).arg((v4 >> 16) & 0xff).arg(v4 >> 24);
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
