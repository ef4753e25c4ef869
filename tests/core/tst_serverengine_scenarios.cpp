// ServerEngine as each scenario configures it: the EHLO keywords before and after TLS, every
// built-in scenario loads, and switched-off features answer 502.

#include "server/serverengine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace SmtpTutor;

class TestServerEngineScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ehloCapabilities_data();
    void ehloCapabilities();
    void everyBuiltInLoads();
    void switchedOffFeatures();
};

void TestServerEngineScenarios::ehloCapabilities_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<bool>("tlsFirst");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("relay") << "relay" << false
                           << QStringList { "PIPELINING", "SIZE 10485760", "VRFY", "ETRN", "STARTTLS",
                                  "ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8" }
                           << QStringList { "AUTH PLAIN LOGIN", "CHUNKING" };
    QTest::newRow("relay after TLS") << "relay" << true << QStringList { "SIZE 10485760" }
                                     << QStringList { "STARTTLS", "AUTH PLAIN LOGIN" };
    QTest::newRow("submission before TLS")
        << "submission" << false << QStringList { "STARTTLS" } << QStringList { "AUTH PLAIN LOGIN" };
    QTest::newRow("submission after TLS")
        << "submission" << true << QStringList { "AUTH PLAIN LOGIN" } << QStringList { "STARTTLS" };
    QTest::newRow("smtps") << "smtps" << false << QStringList { "AUTH PLAIN LOGIN" }
                           << QStringList { "STARTTLS" };
    QTest::newRow("size-limit") << "size-limit" << false << QStringList { "SIZE 1000" } << QStringList {};
    QTest::newRow("auth-required") << "auth-required" << false
                                   << QStringList { "AUTH PLAIN LOGIN", "STARTTLS" } << QStringList {};
}

void TestServerEngineScenarios::ehloCapabilities()
{
    QFETCH(QString, scenario);
    QFETCH(bool, tlsFirst);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    ServerEngine engine(*Scenario::load(scenario));
    engine.connect();
    if (tlsFirst) {
        QCOMPARE(engine.receiveLine("STARTTLS").first().reply.code(), 220);
        engine.tlsStarted();
    }
    const QList<ServerResponse> replies = engine.receiveLine("EHLO client.example.org");
    QCOMPARE(replies.size(), 1);
    const QStringList lines = replies.first().reply.lines();
    QCOMPARE(lines.first(), QStringLiteral("mail.example.com"));
    for (const QString &keyword : present)
        QVERIFY2(lines.contains(keyword), qPrintable(keyword));
    for (const QString &keyword : absent)
        QVERIFY2(!lines.contains(keyword), qPrintable(keyword));
}

void TestServerEngineScenarios::everyBuiltInLoads()
{
    const QStringList names = Scenario::builtInNames();
    QCOMPARE(names.first(), QStringLiteral("relay"));
    for (const char *expected : { "relay", "submission", "smtps", "greylist", "mailbox-full", "unknown-user",
             "blacklisted", "shutting-down", "size-limit", "auth-required" }) {
        QVERIFY2(names.contains(QLatin1String(expected)), expected);
        QString error;
        const auto scenario = Scenario::load(QLatin1String(expected), &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->name, QLatin1String(expected));
        QVERIFY(!scenario->title.isEmpty());
        QVERIFY(!scenario->description.isEmpty());
        QCOMPARE(scenario->localDomains, QStringList { QStringLiteral("example.com") });
        QCOMPARE(scenario->users.value(QStringLiteral("alice")), QStringLiteral("wonderland"));
    }
}

void TestServerEngineScenarios::switchedOffFeatures()
{
    // A scenario without STARTTLS and with VRFY off: 502 for both (RFC 3207 s.4, RFC 5321 s.3.5.3).
    QString error;
    const auto scenario = Scenario::fromJson(
        QJsonObject { { "offersStartTls", false }, { "vrfyEnabled", false },
            { "localDomains", QJsonArray { "example.com" } }, { "mailboxes", QJsonArray { "alice" } } },
        &error);
    QVERIFY2(scenario, qPrintable(error));
    ServerEngine engine(*scenario);
    engine.connect();
    const QStringList ehlo = engine.receiveLine("EHLO me").first().reply.lines();
    QVERIFY(!ehlo.contains(QStringLiteral("STARTTLS")));
    QVERIFY(!ehlo.contains(QStringLiteral("VRFY")));
    const ServerResponse starttls = engine.receiveLine("STARTTLS").first();
    QCOMPARE(starttls.reply.code(), 502);
    QCOMPARE(starttls.reply.enhancedStatus()->toString(), QStringLiteral("5.5.1"));
    QVERIFY(!engine.isTlsRequested());
    QCOMPARE(engine.receiveLine("VRFY alice@example.com").first().reply.code(), 502);
}

QTEST_APPLESS_MAIN(TestServerEngineScenarios)
#include "tst_serverengine_scenarios.moc"
