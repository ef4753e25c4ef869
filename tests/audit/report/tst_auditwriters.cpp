// The three writers read the same report: the JSON keys scripts rely on, with their types; a
// self-contained HTML page that escapes what a server said; the terminal text's layout.

#include "samplereports.h"

#include "audit/report/audithtmlwriter.h"
#include "audit/report/auditjsonwriter.h"
#include "audit/report/audittextwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;

class TestAuditWriters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHostKeysAndTypes();
    void jsonUnknownValuesAreNull();
    void jsonDomainKeys();
    void htmlIsSelfContained();
    void htmlEscapesWhatTheServerSaid();
    void htmlShowsStatusByWordAndSymbol();
    void textStartsWithTheGrade();
    void textGroupsRowsWithStatusWords();
    void textVerboseAddsRuleAndAdvice();
    void textDomainListsHosts();
};

void TestAuditWriters::jsonHostKeysAndTypes()
{
    // Through text and back, as a script would read it.
    const QJsonObject json = QJsonDocument::fromJson(QJsonDocument(AuditJsonWriter::write(sampleHost())).toJson()).object();
    QCOMPARE(json.value(QLatin1String("host")).toString(), QStringLiteral("mx1.example.net"));
    QCOMPARE(json.value(QLatin1String("port")).toInt(), 25);
    QCOMPARE(json.value(QLatin1String("grade")).toString(), QStringLiteral("C"));
    const QJsonArray checks = json.value(QLatin1String("checks")).toArray();
    QCOMPARE(checks.size(), 5);
    for (const QJsonValue &check : checks) {
        for (const char *key : {"id", "status", "title", "detail", "rule", "source"})
            QVERIFY2(check.toObject().value(QLatin1String(key)).isString(), key);
    }
    QCOMPARE(checks.at(2).toObject().value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(checks.at(2).toObject().value(QLatin1String("cap")).toString(), QStringLiteral("B"));
    const QJsonObject tls = json.value(QLatin1String("tls")).toObject();
    const QJsonObject protocols = tls.value(QLatin1String("protocols")).toObject();
    QCOMPARE(protocols.keys(), (QStringList{QStringLiteral("TLSv1.0"), QStringLiteral("TLSv1.1"),
                                            QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")}));
    QCOMPARE(protocols.value(QLatin1String("TLSv1.0")), QJsonValue(true));
    QVERIFY(tls.value(QLatin1String("ciphers")).toObject().value(QLatin1String("TLSv1.2")).isArray());
    QVERIFY(tls.contains(QLatin1String("server_order")));
    QVERIFY(json.value(QLatin1String("certificate")).isObject());
    QCOMPARE(json.value(QLatin1String("starttls_injection")).toString(), QStringLiteral("not-vulnerable"));
    QCOMPARE(json.value(QLatin1String("open_relay")), QJsonValue(false));
    QVERIFY(json.value(QLatin1String("dns")).isObject());
    QCOMPARE(json.value(QLatin1String("capped_by")).toArray().first().toString(), QStringLiteral("tls.ciphers.TLSv1.2"));
}

void TestAuditWriters::jsonUnknownValuesAreNull()
{
    const QJsonObject json = AuditJsonWriter::write(unreachedHost(QStringLiteral("down.example.net")));
    QVERIFY(json.value(QLatin1String("grade")).isNull());
    QVERIFY(json.value(QLatin1String("open_relay")).isNull());
    QVERIFY(json.value(QLatin1String("tls")).toObject().value(QLatin1String("server_order")).isNull());
    QVERIFY(json.value(QLatin1String("tls")).toObject().value(QLatin1String("protocols")).toObject().value(QLatin1String("TLSv1.3")).isNull());
    QCOMPARE(json.value(QLatin1String("starttls_injection")).toString(), QStringLiteral("not-tested"));
    QCOMPARE(json.value(QLatin1String("error")).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("connection-refused"));
    // The unknown relay test stays distinct from a TLS version that was refused.
    const QJsonObject sample = AuditJsonWriter::write(sampleHost());
    QVERIFY(sample.value(QLatin1String("tls")).toObject().value(QLatin1String("protocols")).toObject().value(QLatin1String("TLSv1.1")).isNull());
}

void TestAuditWriters::jsonDomainKeys()
{
    DomainAuditReport domain;
    domain.domain = QStringLiteral("example.net");
    domain.dns.mx = {{QStringLiteral("mx1.example.net"), 10}};
    domain.hosts = {sampleHost()};
    domain.checks = {row(QStringLiteral("domain.spf"), CheckStatus::Warn, Grade::B)};
    domain.grade = AuditGrader::grade(domain);
    const QJsonObject json = AuditJsonWriter::write(domain);
    QCOMPARE(json.value(QLatin1String("domain")).toString(), QStringLiteral("example.net"));
    QVERIFY(json.value(QLatin1String("dns")).isObject());
    QCOMPARE(json.value(QLatin1String("dns")).toObject().value(QLatin1String("mx")).toArray().size(), 1);
    QCOMPARE(json.value(QLatin1String("hosts")).toArray().size(), 1);
    QCOMPARE(json.value(QLatin1String("hosts")).toArray().first().toObject().value(QLatin1String("host")).toString(),
             QStringLiteral("mx1.example.net"));
    QCOMPARE(json.value(QLatin1String("grade")).toString(), QStringLiteral("C"));
}

void TestAuditWriters::htmlIsSelfContained()
{
    const QString html = AuditHtmlWriter::write(sampleHost());
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<style>")));
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("http://"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("https://"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("src="), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("url("), Qt::CaseInsensitive));
    QVERIFY(html.contains(QLatin1String("@media print")));
}

void TestAuditWriters::htmlEscapesWhatTheServerSaid()
{
    HostAuditReport report = sampleHost(QStringLiteral("<b>mx</b>.example.net"));
    report.checks.append(row(QStringLiteral("dns.banner"), CheckStatus::Info, std::nullopt,
                             QStringLiteral("<script>alert(1)</script> & \"quoted\"")));
    report.greeting = Reply(220, {QStringLiteral("<img src=x onerror=alert(2)>")});
    const QString html = AuditHtmlWriter::write(report);
    QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QLatin1String("<b>mx")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;")));
    QVERIFY(html.contains(QLatin1String("&lt;b&gt;mx&lt;/b&gt;.example.net")));
}

void TestAuditWriters::htmlShowsStatusByWordAndSymbol()
{
    const QString html = AuditHtmlWriter::write(sampleHost());
    QVERIFY(html.contains(QStringLiteral("\u2718</span> FAIL")));
    QVERIFY(html.contains(QStringLiteral("\u2714</span> PASS")));
    QVERIFY(html.contains(QLatin1String("Why tls.version.tls1_0 matters")));
    QVERIFY(html.contains(QLatin1String("Fix tls.version.tls1_0")));
    QVERIFY(html.contains(QLatin1String("class=\"letter g-C\">C<")));
    QVERIFY(html.contains(QLatin1String("<code>tls.ciphers.TLSv1.2</code>")));
}

void TestAuditWriters::textStartsWithTheGrade()
{
    const QStringList lines = AuditTextWriter::write(sampleHost()).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Audit of mx1.example.net, port 25"));
    QCOMPARE(lines.at(1), QStringLiteral("Grade: C"));
    QCOMPARE(lines.at(2), QStringLiteral("Capped by: tls.ciphers.TLSv1.2"));
    const QString unreached = AuditTextWriter::write(unreachedHost(QStringLiteral("down.example.net")));
    QVERIFY(unreached.contains(QLatin1String("Grade: none")));
    QVERIFY(unreached.contains(QLatin1String("Not audited: Connection refused. (step: connect)")));
}

void TestAuditWriters::textGroupsRowsWithStatusWords()
{
    const QString text = AuditTextWriter::write(sampleHost());
    const qsizetype connection = text.indexOf(QLatin1String("\nConnection\n"));
    const qsizetype tls = text.indexOf(QLatin1String("\nTLS\n"));
    const qsizetype relay = text.indexOf(QLatin1String("\nRelay\n"));
    QVERIFY(connection > 0 && tls > connection && relay > tls);
    QVERIFY(text.contains(QLatin1String("\n  [FAIL]  Title of tls.version.tls1_0 (caps the grade at B)\n          seen\n")));
    QVERIFY(text.contains(QLatin1String("\n  [PASS]  Title of smtp.reachable\n")));
    QVERIFY(!text.contains(QLatin1String("Why:")));
    QVERIFY(!text.contains(QLatin1String("\x1b["))); // no terminal colour codes
}

void TestAuditWriters::textVerboseAddsRuleAndAdvice()
{
    const QString text = AuditTextWriter::write(sampleHost(), true);
    QVERIFY(text.contains(QLatin1String("          Rule: Rule of relay.open\n          Source: RFC 5321\n")));
    QVERIFY(text.contains(QLatin1String("          Why: Why relay.open matters\n          To do: Fix relay.open\n")));
    QVERIFY(QRegularExpression(QStringLiteral("\\n  tls-versions +10 \\+ +120\\n")).match(text).hasMatch());
}

void TestAuditWriters::textDomainListsHosts()
{
    DomainAuditReport domain;
    domain.domain = QStringLiteral("example.net");
    domain.dns.mx = {{QStringLiteral("mx0.example.net"), 5}, {QStringLiteral("mx1.example.net"), 10}};
    domain.hosts = {unreachedHost(QStringLiteral("mx0.example.net")), sampleHost()};
    domain.grade = AuditGrader::grade(domain);
    const QString text = AuditTextWriter::write(domain);
    QVERIFY(text.startsWith(QLatin1String("Audit of the mail domain example.net\nGrade: C (incomplete")));
    QVERIFY(text.contains(QLatin1String("Capped by: mx1.example.net:tls.ciphers.TLSv1.2\n")));
    QVERIFY(text.contains(QLatin1String("Mail servers (MX): 5 mx0.example.net, 10 mx1.example.net\n")));
    QVERIFY(text.indexOf(QLatin1String("== mx0.example.net, port 25 ==")) < text.indexOf(QLatin1String("== mx1.example.net, port 25 ==")));
}

QTEST_GUILESS_MAIN(TestAuditWriters)
#include "tst_auditwriters.moc"
