// MxLookup through the real QDnsLookup, answered by a tiny DNS server on 127.0.0.1:53 in this
// process (Qt 6.4 cannot ask another port). Skipped when that port cannot be bound.

#include "client/mxlookup.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace SmtpTutor;

namespace {

QByteArray encodeName(const QByteArray &name)
{
    QByteArray out;
    for (const QByteArray &label : name.split('.')) {
        if (label.isEmpty())
            continue;
        out += char(label.size());
        out += label;
    }
    out += '\0';
    return out;
}

void put16(QByteArray &out, int value)
{
    out += char((value >> 8) & 0xff);
    out += char(value & 0xff);
}

// name -> type -> list of RDATA; names absent from the zone are NXDOMAIN.
using Zone = QHash<QByteArray, QMultiHash<int, QByteArray>>;

class FakeDns
{
public:
    explicit FakeDns(Zone zone) : m_zone(std::move(zone))
    {
        m_bound = m_socket.bind(QHostAddress::LocalHost, 53);
        QObject::connect(&m_socket, &QUdpSocket::readyRead, &m_socket, [this] { answer(); });
    }
    bool isBound() const { return m_bound; }
    QList<QByteArray> questions;

private:
    void answer()
    {
        while (m_socket.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray query(int(m_socket.pendingDatagramSize()), '\0');
            m_socket.readDatagram(query.data(), query.size(), &from, &port);
            if (query.size() < 17)
                continue;
            qsizetype position = 12;
            QByteArrayList labels;
            while (position < query.size() && query.at(position) != 0) {
                const int length = quint8(query.at(position));
                labels.append(query.mid(position + 1, length).toLower());
                position += length + 1;
            }
            const QByteArray name = labels.join('.');
            const int type = (quint8(query.at(position + 1)) << 8) | quint8(query.at(position + 2));
            const QByteArray question = query.mid(12, position + 5 - 12);
            questions.append(name + '/' + QByteArray::number(type));

            const bool exists = m_zone.contains(name);
            const QList<QByteArray> records = exists ? m_zone.value(name).values(type) : QList<QByteArray>();
            QByteArray reply = query.left(2);
            put16(reply, exists ? 0x8180 : 0x8183); // response, recursion; NXDOMAIN when absent
            put16(reply, 1);
            put16(reply, int(records.size()));
            put16(reply, 0);
            put16(reply, 0);
            reply += question;
            for (const QByteArray &data : records) {
                put16(reply, 0xC00C); // the name of the question
                put16(reply, type);
                put16(reply, 1);
                reply += QByteArray("\0\0\x0e\x10", 4); // TTL 3600
                put16(reply, int(data.size()));
                reply += data;
            }
            m_socket.writeDatagram(reply, from, port);
        }
    }

    QUdpSocket m_socket;
    Zone m_zone;
    bool m_bound = false;
};

QByteArray mx(int preference, const QByteArray &host)
{
    QByteArray data;
    put16(data, preference);
    return data + encodeName(host);
}

QByteArray txt(const QList<QByteArray> &strings)
{
    QByteArray data;
    for (const QByteArray &string : strings)
        data += char(string.size()) + string;
    return data;
}

enum { A = 1, MX = 15, TXT = 16, AAAA = 28 };

Zone testZone()
{
    Zone zone;
    zone[QByteArrayLiteral("mail.test")].insert(MX, mx(20, "b.mx.mail.test"));
    zone[QByteArrayLiteral("mail.test")].insert(MX, mx(10, "a.mx.mail.test"));
    zone[QByteArrayLiteral("mail.test")].insert(TXT, txt({"v=spf1 mx ", "-all"}));
    zone[QByteArrayLiteral("mail.test")].insert(TXT, txt({"unrelated=1"}));
    zone[QByteArrayLiteral("_dmarc.mail.test")].insert(TXT, txt({"v=DMARC1; p=quarantine"}));
    zone[QByteArrayLiteral("nomx.test")].insert(A, QByteArray("\xc0\x00\x02\x07", 4));
    zone[QByteArrayLiteral("nullmx.test")].insert(MX, mx(0, ""));
    zone[QByteArrayLiteral("nothing.test")]; // exists, but has no records at all
    return zone;
}

} // namespace

class TestMxLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lookup_data();
    void lookup();

private:
    std::unique_ptr<FakeDns> m_dns;
};

void TestMxLookup::initTestCase()
{
    m_dns = std::make_unique<FakeDns>(testZone());
    if (!m_dns->isBound() && qEnvironmentVariable("CI") == QLatin1String("true"))
        QFAIL("127.0.0.1:53 cannot be bound: on CI (root, no local resolver) the fake DNS must run");
    if (!m_dns->isBound())
        QSKIP("127.0.0.1:53 cannot be bound here (not root, or a resolver runs there)");
}

void TestMxLookup::lookup_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("implicitMx");
    QTest::addColumn<bool>("nullMx");
    QTest::addColumn<QStringList>("spf");
    QTest::addColumn<QStringList>("dmarc");
    QTest::addColumn<bool>("error");
    QTest::newRow("MX sorted, SPF joined, DMARC") << QStringLiteral("mail.test")
        << QStringList{QStringLiteral("10 a.mx.mail.test"), QStringLiteral("20 b.mx.mail.test")} << false << false
        << QStringList{QStringLiteral("v=spf1 mx -all")} << QStringList{QStringLiteral("v=DMARC1; p=quarantine")} << false;
    QTest::newRow("no MX: the domain's A record (RFC 5321 s.5.1)") << QStringLiteral("nomx.test")
        << QStringList{QStringLiteral("0 nomx.test")} << true << false << QStringList{} << QStringList{} << false;
    QTest::newRow("null MX (RFC 7505)") << QStringLiteral("nullmx.test")
        << QStringList{QStringLiteral("0 ")} << false << true << QStringList{} << QStringList{} << false;
    QTest::newRow("no records at all") << QStringLiteral("nothing.test")
        << QStringList{} << true << false << QStringList{} << QStringList{} << true;
    QTest::newRow("NXDOMAIN") << QStringLiteral("missing.test")
        << QStringList{} << true << false << QStringList{} << QStringList{} << true;
}

void TestMxLookup::lookup()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, hosts);
    QFETCH(bool, implicitMx);
    QFETCH(bool, nullMx);
    QFETCH(QStringList, spf);
    QFETCH(QStringList, dmarc);
    QFETCH(bool, error);

    MxLookup lookup(domain);
    lookup.setNameserver(QHostAddress::LocalHost);
    QSignalSpy finished(&lookup, &MxLookup::finished);
    lookup.start();
    QVERIFY(finished.wait(10000));
    const MxResult result = lookup.result();
    QStringList got;
    for (const MxHost &host : result.hosts)
        got.append(QString::number(host.preference) + QLatin1Char(' ') + host.name);
    QCOMPARE(got, hosts);
    QCOMPARE(result.implicitMx, implicitMx);
    QCOMPARE(result.nullMx, nullMx);
    QCOMPARE(result.spf, spf);
    QCOMPARE(result.dmarc, dmarc);
    QCOMPARE(!result.error.isEmpty(), error);
    QVERIFY(!result.toText().isEmpty());
    QCOMPARE(result.toJson().value(QStringLiteral("domain")).toString(), domain);
}

QTEST_MAIN(TestMxLookup)
#include "tst_mxlookup.moc"
