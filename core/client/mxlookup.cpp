#include "mxlookup.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace SmtpTutor {

QList<MxHost> MxLookup::sortByPreference(QList<MxHost> hosts)
{
    std::stable_sort(hosts.begin(), hosts.end(), [](const MxHost &a, const MxHost &b) {
        if (a.preference != b.preference)
            return a.preference < b.preference;
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return hosts;
}

bool MxLookup::isNullMx(const QList<MxHost> &hosts)
{
    // RFC 7505 s.3: exactly one MX, preference 0, target "." (Qt gives it as "" or ".").
    return hosts.size() == 1 && hosts.first().preference == 0
        && (hosts.first().name.isEmpty() || hosts.first().name == QLatin1String("."));
}

QString MxLookup::joinTxt(const QList<QByteArray> &strings)
{
    QByteArray joined;
    for (const QByteArray &part : strings)
        joined += part;
    return QString::fromUtf8(joined);
}

QStringList MxLookup::spfRecords(const QStringList &txt)
{
    // RFC 7208 s.4.5: "v=spf1" followed by a space or the end, case-insensitive.
    QStringList result;
    for (const QString &record : txt) {
        if (record.compare(QLatin1String("v=spf1"), Qt::CaseInsensitive) == 0
            || record.startsWith(QLatin1String("v=spf1 "), Qt::CaseInsensitive))
            result.append(record);
    }
    return result;
}

QStringList MxLookup::dmarcRecords(const QStringList &txt)
{
    // RFC 7489 s.6.4: the record begins with "v=DMARC1" (then ";" and tags).
    QStringList result;
    for (const QString &record : txt) {
        const QString trimmed = record.trimmed();
        if (trimmed.startsWith(QLatin1String("v=DMARC1"), Qt::CaseInsensitive)) {
            const QStringView rest = QStringView(trimmed).mid(8).trimmed();
            if (rest.isEmpty() || rest.startsWith(QLatin1Char(';')))
                result.append(trimmed);
        }
    }
    return result;
}

MxLookup::MxLookup(const QString &domain, QObject *parent) : QObject(parent)
{
    m_result.domain = domain;
}

QDnsLookup *MxLookup::lookup(QDnsLookup::Type type, const QString &name)
{
    auto *dns = new QDnsLookup(type, name, this);
    if (!m_nameserver.isNull())
        dns->setNameserver(m_nameserver);
    ++m_pending;
    return dns;
}

void MxLookup::start()
{
    QDnsLookup *mx = lookup(QDnsLookup::MX, m_result.domain);
    connect(mx, &QDnsLookup::finished, this, [this, mx] { onMx(mx); });
    QDnsLookup *txt = lookup(QDnsLookup::TXT, m_result.domain);
    connect(txt, &QDnsLookup::finished, this, [this, txt] {
        QStringList records;
        for (const QDnsTextRecord &record : txt->textRecords())
            records.append(joinTxt(record.values()));
        m_result.spf = spfRecords(records);
        done();
    });
    QDnsLookup *dmarc = lookup(QDnsLookup::TXT, QStringLiteral("_dmarc.") + m_result.domain);
    connect(dmarc, &QDnsLookup::finished, this, [this, dmarc] {
        QStringList records;
        for (const QDnsTextRecord &record : dmarc->textRecords())
            records.append(joinTxt(record.values()));
        m_result.dmarc = dmarcRecords(records);
        done();
    });
    mx->lookup();
    txt->lookup();
    dmarc->lookup();
}

void MxLookup::onMx(QDnsLookup *mx)
{
    QList<MxHost> hosts;
    for (const QDnsMailExchangeRecord &record : mx->mailExchangeRecords())
        hosts.append({record.exchange(), record.preference()});
    // A name that exists without MX records (NODATA) makes glibc's res_nquery fail with NO_DATA,
    // which Qt 6.4 reports as InvalidReplyError: it counts as "no MX", like NotFoundError.
    const bool noMx = mx->error() == QDnsLookup::NotFoundError || mx->error() == QDnsLookup::InvalidReplyError;
    if (mx->error() != QDnsLookup::NoError && !noMx) {
        m_result.error = mx->errorString();
        done();
        return;
    }
    if (!hosts.isEmpty()) {
        m_result.hosts = sortByPreference(hosts);
        m_result.nullMx = isNullMx(m_result.hosts);
        done();
        return;
    }
    // RFC 5321 s.5.1: no MX at all means the domain itself is the mail host (implicit MX).
    m_result.implicitMx = true;
    for (QDnsLookup::Type type : {QDnsLookup::A, QDnsLookup::AAAA}) {
        QDnsLookup *address = lookup(type, m_result.domain);
        connect(address, &QDnsLookup::finished, this, [this, address] {
            for (const QDnsHostAddressRecord &record : address->hostAddressRecords())
                m_result.addresses.append(record.value().toString());
            done();
        });
        address->lookup();
    }
    done();
}

void MxLookup::done()
{
    if (--m_pending > 0)
        return;
    if (m_result.implicitMx && m_result.addresses.isEmpty() && m_result.error.isEmpty())
        m_result.error = tr("%1 has neither MX nor address records: it cannot receive mail.").arg(m_result.domain);
    if (m_result.implicitMx && !m_result.addresses.isEmpty())
        m_result.hosts = {MxHost{m_result.domain, 0}};
    Q_EMIT finished(m_result);
}

QJsonObject MxResult::toJson() const
{
    QJsonArray mx;
    for (const MxHost &host : hosts)
        mx.append(QJsonObject{{QStringLiteral("preference"), host.preference}, {QStringLiteral("host"), host.name}});
    return QJsonObject{{QStringLiteral("domain"), domain},
                       {QStringLiteral("ok"), error.isEmpty()},
                       {QStringLiteral("mx"), mx},
                       {QStringLiteral("implicit_mx"), implicitMx},
                       {QStringLiteral("null_mx"), nullMx},
                       {QStringLiteral("addresses"), QJsonArray::fromStringList(addresses)},
                       {QStringLiteral("spf"), QJsonArray::fromStringList(spf)},
                       {QStringLiteral("dmarc"), QJsonArray::fromStringList(dmarc)},
                       {QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error)}};
}

QString MxResult::toText() const
{
    QString text;
    QTextStream out(&text);
    out << "Mail servers for " << domain << ":\n";
    if (!error.isEmpty())
        out << "  error: " << error << '\n';
    if (nullMx)
        out << "  null MX (RFC 7505): this domain says it accepts no mail.\n";
    else if (implicitMx && !addresses.isEmpty())
        out << "  no MX record: mail goes to the domain's own address (RFC 5321 s.5.1): " << addresses.join(QStringLiteral(", ")) << '\n';
    else
        for (const MxHost &host : hosts)
            out << "  " << QString::number(host.preference).rightJustified(5) << "  " << host.name << '\n';
    out << "SPF (TXT of " << domain << "): " << (spf.isEmpty() ? QStringLiteral("none") : spf.join(QStringLiteral(" | "))) << '\n';
    out << "DMARC (TXT of _dmarc." << domain << "): " << (dmarc.isEmpty() ? QStringLiteral("none") : dmarc.join(QStringLiteral(" | "))) << '\n';
    out.flush();
    return text;
}

} // namespace SmtpTutor
