// Scenario: built-in names, loading a user's own file, and clear errors for bad files.

#include "server/scenario.h"
#include "server/serverengine.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace SmtpTutor;

class TestScenario : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

private Q_SLOTS:
    void builtInNames();
    void roundTripThroughJson();
    void userFileLoadsLikeBuiltIn();
    void badFiles_data();
    void badFiles();
    void unknownName();
    void readOnlyTextsMayBreakLines();
    void faultsAreTypedOnceAndWrittenBack();
};

void TestScenario::builtInNames()
{
    const QStringList names = Scenario::builtInNames();
    QVERIFY(names.size() >= 10);
    QCOMPARE(names.first(), QStringLiteral("relay"));
    const auto relay = Scenario::load(QStringLiteral("relay"));
    QVERIFY(relay);
    QCOMPARE(relay->port, 25);
    QVERIFY(relay->offersStartTls);
    QVERIFY(!relay->authEnabled);
    const auto submission = Scenario::load(QStringLiteral("submission"));
    QVERIFY(submission);
    QCOMPARE(submission->port, 587);
    QVERIFY(submission->requiresTls);
    const auto smtps = Scenario::load(QStringLiteral("smtps"));
    QVERIFY(smtps && smtps->implicitTls && smtps->port == 465);
    QCOMPARE(Scenario::load(QStringLiteral("size-limit"))->maxMessageSize, 1000);
}

void TestScenario::roundTripThroughJson()
{
    for (const QString &name : Scenario::builtInNames()) {
        const auto original = Scenario::load(name);
        QVERIFY(original);
        QString error;
        const auto again = Scenario::fromJson(original->toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), original->toJson());
    }
}

void TestScenario::userFileLoadsLikeBuiltIn()
{
    const QString path = write(QStringLiteral("lab.json"), R"({
        "title": "My lab", "hostname": "mx.lab.test", "localDomains": ["lab.test"],
        "mailboxes": ["root"], "maxMessageSize": 500,
        "faults": {"forwarded": {"old": "new@elsewhere.test"}}
    })");
    QString error;
    const auto scenario = Scenario::load(path, &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->name, QStringLiteral("lab")); // from the file name
    ServerEngine engine(*scenario);
    QVERIFY(engine.connect().first().reply.text().startsWith(QLatin1String("mx.lab.test")));
    engine.receiveLine("EHLO me");
    engine.receiveLine("MAIL FROM:<a@b.test>");
    QCOMPARE(engine.receiveLine("RCPT TO:<root@lab.test>").first().reply.code(), 250);
    QCOMPARE(engine.receiveLine("RCPT TO:<old@lab.test>").first().reply.code(), 551);
    QCOMPARE(engine.receiveLine("RCPT TO:<alice@example.com>").first().reply.code(), 554);
}

void TestScenario::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{ nope") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "one JSON object";
    QTest::newRow("unknown key") << QByteArray(R"({"prot": 25})") << "unknown key 'prot'";
    QTest::newRow("wrong type") << QByteArray(R"({"implicitTls": "yes"})")
                                << "'implicitTls' must be true or false";
    QTest::newRow("bad port") << QByteArray(R"({"port": 70000})") << "'port'";
    QTest::newRow("bad size") << QByteArray(R"({"maxMessageSize": -1})") << "'maxMessageSize'";
    QTest::newRow("bad mechanism") << QByteArray(R"({"authMechanisms": ["CRAM-MD5"]})") << "CRAM-MD5";
    QTest::newRow("bad users") << QByteArray(R"({"users": ["alice"]})") << "'users'";
    QTest::newRow("bad hostname") << QByteArray(R"({"hostname": "two words"})") << "'hostname'";
    // fuzz_scenarioloader's finding: a line break in the greeting or the host name would write
    // extra reply lines ("250 injected") that the scenario's author never meant.
    QTest::newRow("greeting with CRLF") << QByteArray(R"({"greeting": "mail ESMTP\r\n250 injected"})") << "control characters";
    QTest::newRow("hostname with LF") << QByteArray(R"({"hostname": "mail.example.com\n250-x"})") << "control characters";
    // Its second finding: the same in a fault's reply text. Every string that can reach a reply
    // is checked, and the message names where the character is.
    QTest::newRow("greeting fault text with LF")
        << QByteArray(R"({"faults": {"greeting": {"code": 554, "text": "go away\n250 ok"}}})")
        << "'faults.greeting.text' must not hold line breaks";
    QTest::newRow("fault text with NUL")
        << QByteArray(R"({"faults": {"greeting": {"code": 554, "text": "a\u0000b"}}})") << "'faults.greeting.text'";
    QTest::newRow("local domain with VT") << QByteArray(R"({"localDomains": ["example.\u000bcom"]})")
                                          << "'localDomains[0]'";
    QTest::newRow("forwarded address with CR")
        << QByteArray(R"({"faults": {"forwarded": {"bob": "bob@new.example\r"}}})") << "'faults.forwarded.bob'";
    QTest::newRow("mailbox with DEL") << QByteArray(R"({"mailboxes": ["al\u007fice"]})") << "'mailboxes[0]'";
    QTest::newRow("unknown fault") << QByteArray(R"({"faults": {"explode": true}})")
                                   << "unknown fault 'explode'";
    QTest::newRow("bad greeting code")
        << QByteArray(R"({"faults": {"greeting": {"code": 250}}})") << "421 or 554";
    QTest::newRow("bad greeting enhanced")
        << QByteArray(R"({"faults": {"greeting": {"code": 554, "enhancedCode": "4.7.1"}}})")
        << "enhancedCode";
    QTest::newRow("bad shutdown verb")
        << QByteArray(R"({"faults": {"shutdownAt": "LUNCH"}})") << "shutdownAt";
    QTest::newRow("bad greylist code")
        << QByteArray(R"({"faults": {"greylist": {"code": 550}}})") << "greylist";
    QTest::newRow("bad quota") << QByteArray(R"({"faults": {"quotas": {"alice": "lots"}}})")
                               << "quotas.alice";
    QTest::newRow("bad forward") << QByteArray(R"({"faults": {"forwarded": {"carol": "nowhere"}}})")
                                 << "forwarded.carol";
}

void TestScenario::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    const QString path = write(QStringLiteral("bad.json"), content);
    QString error;
    QVERIFY(!Scenario::load(path, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error)); // the message names the file
}

void TestScenario::unknownName()
{
    QString error;
    QVERIFY(!Scenario::load(QStringLiteral("no-such-scenario"), &error));
    QVERIFY(error.contains(QLatin1String("no-such-scenario")));
    QVERIFY(error.contains(QLatin1String("relay"))); // lists the built-in names
}

// A description or an explanation is shown to the learner, never written as a reply line, so a
// line break there is fine (while the same character in a reply text is refused, see badFiles).
void TestScenario::readOnlyTextsMayBreakLines()
{
    const QByteArray json = R"({"description": "First line.\nSecond line.",
        "faults": {"greeting": {"code": 554, "text": "Blocked",
                                "explanation": "Why:\n\tyour address is listed."}}})";
    QString error;
    const auto scenario = Scenario::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->description, QStringLiteral("First line.\nSecond line."));
}

// The faults are read and checked once, when the file loads, into typed fields the engine uses
// directly; writing the scenario back gives a file that loads to the same faults.
void TestScenario::faultsAreTypedOnceAndWrittenBack()
{
    const QByteArray json = R"({"faults": {
        "greeting": {"code": 421, "enhancedCode": "4.3.2", "text": "Too busy", "explanation": "Come back later."},
        "shutdownAt": "data", "greylist": {"code": 451, "enhancedCode": "4.7.1"},
        "fullMailboxes": ["Bob"], "quotas": {"alice": 100}, "forwarded": {"old": "new@example.net"}}})";
    QString error;
    const auto scenario = Scenario::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(scenario, qPrintable(error));
    const auto check = [](const ScenarioFaults &f) {
        QVERIFY(f.greeting);
        QCOMPARE(f.greeting->code, 421);
        QCOMPARE(f.greeting->status.toString(), QStringLiteral("4.3.2"));
        QCOMPARE(f.greeting->text, QStringLiteral("Too busy"));
        QCOMPARE(f.greeting->explanation, QStringLiteral("Come back later."));
        QCOMPARE(f.shutdownAt, std::optional<Verb>(Verb::Data));
        QVERIFY(f.greylist);
        QCOMPARE(f.greylistCode, 451);
        QCOMPARE(f.fullMailboxes, QStringList({ QStringLiteral("bob") }));
        QCOMPARE(f.quotas.value(QStringLiteral("alice")), 100);
        QCOMPARE(f.forwarded.value(QStringLiteral("old")), QStringLiteral("new@example.net"));
    };
    check(scenario->faults);
    const auto again = Scenario::fromJson(scenario->toJson(), &error);
    QVERIFY2(again, qPrintable(error));
    check(again->faults);
    // No faults: nothing is written.
    QVERIFY(!Scenario::load(QStringLiteral("relay"))->toJson().contains(QLatin1String("faults")));
    QVERIFY(Scenario::load(QStringLiteral("greylist"))->faults.greylist);
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
