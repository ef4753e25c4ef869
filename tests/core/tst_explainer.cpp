// The Explainer: what `explain` and the GUI's Explain tab make of a reply, a bare code, an
// enhanced code, a port, a command or garbage, as text and as JSON. Data-driven: one row per
// explainer input. The reference data it reads: tst_referencecatalog.

#include "protocol/reply.h"
#include "reference/explainer.h"
#include "reference/referencecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SmtpTutor;

class TestExplainer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainer_data();
    void explainer();
    void explainerJson();
    void explainerText();
    void explainReplyObject();
    void explainerRefusesHugeInput();

private:
    const ReferenceCatalog &catalog() const { return ReferenceCatalog::instance(); }
};

void TestExplainer::explainer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("replyCode");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("textContains");

    // Reply lines and whole replies.
    QTest::newRow("550 5.1.1 line") << QStringLiteral("550 5.1.1 <x@example.com>: Recipient address rejected")
                                    << QStringLiteral("reply") << 550 << QStringLiteral("5.1.1") << 0
                                    << QStringLiteral("Bad destination mailbox address");
    QTest::newRow("greylisting") << QStringLiteral(
        "450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted")
                                 << QStringLiteral("reply") << 450 << QStringLiteral("4.7.1") << 0
                                 << QStringLiteral("greylisting");
    QTest::newRow("relay denied") << QStringLiteral("554 5.7.1 <x@example.net>: Relay access denied")
                                  << QStringLiteral("reply") << 554 << QStringLiteral("5.7.1") << 0
                                  << QStringLiteral("relay");
    QTest::newRow("no enhanced code")
        << QStringLiteral("421 Service not available") << QStringLiteral("reply") << 421 << QString() << 0
        << QStringLiteral("ENHANCEDSTATUSCODES");
    QTest::newRow("multi-line") << QStringLiteral(
        "550-5.7.1 Our system has detected\r\n550-5.7.1 an unusual rate\r\n550 5.7.1 of mail.")
                                << QStringLiteral("reply") << 550 << QStringLiteral("5.7.1") << 0
                                << QStringLiteral("Delivery not authorised");
    QTest::newRow("multi-line cut short")
        << QStringLiteral("452-4.2.2 The mailbox is full\n452-4.2.2 try later") << QStringLiteral("reply")
        << 452 << QStringLiteral("4.2.2") << 0 << QStringLiteral("hyphen");
    QTest::newRow("transcript picks the failure")
        << QStringLiteral("250 2.1.0 Ok\nRCPT TO:<nobody@example.com>\n550 5.1.1 User unknown")
        << QStringLiteral("reply") << 550 << QStringLiteral("5.1.1") << 0 << QStringLiteral("2 replies");
    QTest::newRow("swaks transcript") << QStringLiteral(
        "-> RCPT TO:<nobody@example.com>\n<-  550 5.1.1 <nobody@example.com>: Recipient address "
        "rejected\n-> QUIT\n<-  221 2.0.0 Bye")
                                      << QStringLiteral("reply") << 550 << QStringLiteral("5.1.1") << 0
                                      << QStringLiteral("2 line(s) without a reply code");
    QTest::newRow("S: marks") << QStringLiteral("C: DATA\nS: 554 5.5.1 Error: no valid recipients")
                              << QStringLiteral("reply") << 554 << QStringLiteral("5.5.1") << 0
                              << QStringLiteral("Invalid command");
    QTest::newRow("class mismatch") << QStringLiteral("550 4.2.2 odd server") << QStringLiteral("reply")
                                    << 550 << QStringLiteral("4.2.2") << 0
                                    << QStringLiteral("does not agree");
    QTest::newRow("unlisted reply code") << QStringLiteral("259 strange") << QStringLiteral("reply") << 259
                                         << QString() << 0 << QStringLiteral("not a code");
    QTest::newRow("bounce quoting a reply") << QStringLiteral(
        "host mx.example.net[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)")
                                            << QStringLiteral("reply") << 552 << QStringLiteral("5.2.2") << 0
                                            << QStringLiteral("Found the server reply");

    // Bare codes.
    QTest::newRow("421") << QStringLiteral("421") << QStringLiteral("replyCode") << 421 << QString() << 0
                         << QStringLiteral("Service not available");
    QTest::newRow("556 (RFC 7504)") << QStringLiteral("556") << QStringLiteral("replyCode") << 556
                                    << QString() << 0 << QStringLiteral("RFC 7504");
    QTest::newRow("unlisted 3-digit") << QStringLiteral("459") << QStringLiteral("replyCode") << 459
                                      << QString() << 0 << QStringLiteral("not a code");

    // Enhanced codes.
    QTest::newRow("5.7.1") << QStringLiteral("5.7.1") << QStringLiteral("enhancedCode") << 0
                           << QStringLiteral("5.7.1") << 0 << QStringLiteral("Delivery not authorised");
    QTest::newRow("5.7.8") << QStringLiteral("5.7.8") << QStringLiteral("enhancedCode") << 0
                           << QStringLiteral("5.7.8") << 0 << QStringLiteral("RFC 4954");
    QTest::newRow("4.7.1") << QStringLiteral(" 4.7.1 ") << QStringLiteral("enhancedCode") << 0
                           << QStringLiteral("4.7.1") << 0 << QStringLiteral("greylisting");
    QTest::newRow("5.1.99 unlisted") << QStringLiteral("5.1.99") << QStringLiteral("enhancedCode") << 0
                                     << QStringLiteral("5.1.99") << 0
                                     << QStringLiteral("not in the registry");
    QTest::newRow("enhanced inside text")
        << QStringLiteral("the log says status=bounced (5.7.26) today") << QStringLiteral("enhancedCode") << 0
        << QStringLiteral("5.7.26") << 0 << QStringLiteral("Found the enhanced status code");

    // Ports.
    QTest::newRow("587") << QStringLiteral("587") << QStringLiteral("port") << 0 << QString() << 587
                         << QStringLiteral("RFC 6409");
    QTest::newRow("465") << QStringLiteral("465") << QStringLiteral("port") << 0 << QString() << 465
                         << QStringLiteral("Implicit TLS");
    QTest::newRow("25") << QStringLiteral("25") << QStringLiteral("port") << 0 << QString() << 25
                        << QStringLiteral("ISPs");
    QTest::newRow("2525") << QStringLiteral("2525") << QStringLiteral("port") << 0 << QString() << 2525
                          << QStringLiteral("not a standard");
    QTest::newRow("port prefix") << QStringLiteral("port 587") << QStringLiteral("port") << 0 << QString()
                                 << 587 << QStringLiteral("submission");

    // Commands.
    QTest::newRow("EHLO") << QStringLiteral("ehlo") << QStringLiteral("command") << 0 << QString() << 0
                          << QStringLiteral("RFC 5321 s.4.1.1.1");
    QTest::newRow("RCPT with argument")
        << QStringLiteral("RCPT TO:<bob@example.com>") << QStringLiteral("command") << 0 << QString() << 0
        << QStringLiteral("Relay access denied");
    QTest::newRow("STARTTLS") << QStringLiteral("STARTTLS") << QStringLiteral("command") << 0 << QString()
                              << 0 << QStringLiteral("RFC 3207");

    // Garbage.
    QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("unknown") << 0 << QString() << 0
                           << QStringLiteral("Nothing to explain");
    QTest::newRow("words") << QStringLiteral("hello world") << QStringLiteral("unknown") << 0 << QString()
                           << 0 << QStringLiteral("Could not recognise");
    QTest::newRow("unknown port") << QStringLiteral("8080") << QStringLiteral("unknown") << 0 << QString()
                                  << 0 << QStringLiteral("neither");
    QTest::newRow("port prefix unknown") << QStringLiteral("port 110") << QStringLiteral("unknown") << 0
                                         << QString() << 0 << QStringLiteral("not one of the mail ports");
    QTest::newRow("299 (second digit above 5)") << QStringLiteral("299") << QStringLiteral("unknown") << 0
                                                << QString() << 0 << QStringLiteral("second digit 0 to 5");
    QTest::newRow("999") << QStringLiteral("999") << QStringLiteral("unknown") << 0 << QString() << 0
                         << QStringLiteral("neither");
    QTest::newRow("class 3 enhanced") << QStringLiteral("3.1.1") << QStringLiteral("unknown") << 0
                                      << QString() << 0 << QStringLiteral("must be 2, 4 or 5");
    QTest::newRow("reply code out of range")
        << QStringLiteral("999 weird server") << QStringLiteral("unknown") << 0 << QString() << 0
        << QStringLiteral("malformed");
    QTest::newRow("inconsistent multi-line")
        << QStringLiteral("250-first\n251 second") << QStringLiteral("unknown") << 0 << QString() << 0
        << QStringLiteral("malformed");
    QTest::newRow("ip address is not a code")
        << QStringLiteral("connect to 192.0.2.1 failed") << QStringLiteral("unknown") << 0 << QString() << 0
        << QStringLiteral("Could not recognise");
}

void TestExplainer::explainer()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(int, replyCode);
    QFETCH(QString, enhanced);
    QFETCH(int, port);
    QFETCH(QString, textContains);

    const Explainer explainer;
    const Explanation explanation = explainer.explain(input);
    QCOMPARE(Explanation::kindName(explanation.kind), kind);
    QCOMPARE(explanation.isValid(), kind != QLatin1String("unknown"));
    QCOMPARE(explanation.replyCode, replyCode);
    QCOMPARE(explanation.enhanced ? explanation.enhanced->status.toString() : QString(), enhanced);
    QCOMPARE(explanation.port ? explanation.port->port : 0, port);
    if (replyCode) {
        QCOMPARE(explanation.replyClass, replyClassForCode(replyCode));
        if (catalog().replyCode(replyCode))
            QCOMPARE(explanation.replyInfo->code, replyCode);
        else
            QVERIFY(!explanation.replyInfo);
    }
    if (kind == QLatin1String("reply"))
        QCOMPARE(explanation.reply->code(), replyCode);
    QVERIFY(!explanation.summary.isEmpty());

    // Compare without the line wrapping.
    const QString text = explanation.toText().simplified();
    QVERIFY2(text.contains(textContains, Qt::CaseInsensitive), qPrintable(text));
    if (!explanation.isValid())
        QVERIFY(!explanation.error.isEmpty());
}

void TestExplainer::explainerJson()
{
    const Explainer explainer;
    const QJsonObject json
        = explainer.explain(u"550 5.1.1 <x@example.com>: Recipient address rejected").toJson();
    // Round trip through the serialiser: what a script would read.
    const QJsonObject parsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QCOMPARE(parsed.value(QLatin1String("kind")).toString(), QStringLiteral("reply"));
    const QJsonObject reply = parsed.value(QLatin1String("reply")).toObject();
    QCOMPARE(reply.value(QLatin1String("code")).toInt(), 550);
    QCOMPARE(reply.value(QLatin1String("lines")).toArray().first().toString(),
        QStringLiteral("5.1.1 <x@example.com>: Recipient address rejected"));
    const QJsonObject code = parsed.value(QLatin1String("replyCode")).toObject();
    QCOMPARE(code.value(QLatin1String("class")).toString(), QStringLiteral("permanent"));
    QVERIFY(code.value(QLatin1String("known")).toBool());
    QVERIFY(!code.value(QLatin1String("causes")).toArray().isEmpty());
    QVERIFY(!code.value(QLatin1String("action")).toString().isEmpty());
    QCOMPARE(code.value(QLatin1String("reference")).toString(), QStringLiteral("RFC 5321 s.4.2.3"));
    const QJsonObject enhanced = parsed.value(QLatin1String("enhancedCode")).toObject();
    QCOMPARE(enhanced.value(QLatin1String("code")).toString(), QStringLiteral("5.1.1"));
    QCOMPARE(enhanced.value(QLatin1String("subject")).toInt(), 1);
    QCOMPARE(enhanced.value(QLatin1String("subjectTitle")).toString(), QStringLiteral("Addressing"));
    QVERIFY(enhanced.value(QLatin1String("known")).toBool());

    const QJsonObject port = explainer.explain(u"465").toJson();
    QCOMPARE(port.value(QLatin1String("kind")).toString(), QStringLiteral("port"));
    QCOMPARE(port.value(QLatin1String("port")).toObject().value(QLatin1String("tls")).toString(),
        QStringLiteral("implicit"));

    const QJsonObject garbage = explainer.explain(u"no idea").toJson();
    QCOMPARE(garbage.value(QLatin1String("kind")).toString(), QStringLiteral("unknown"));
    QVERIFY(!garbage.value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(!garbage.contains(QLatin1String("replyCode")));
}

void TestExplainer::explainerText()
{
    const Explainer explainer;
    const QString text
        = explainer.explain(u"550 5.1.1 <x@example.com>: Recipient address rejected").toText(60);
    QVERIFY(text.contains(QLatin1String("Reply code 550")));
    QVERIFY(text.contains(QLatin1String("Common causes")));
    QVERIFY(text.contains(QLatin1String("What to do")));
    QVERIFY(text.contains(QLatin1String("Enhanced code 5.1.1")));
    QVERIFY(text.contains(QLatin1String("RFC 3463 s.3.2")));
    // Wrapped: no line longer than the width unless it is one long word.
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.size() > 60)
            QVERIFY2(!line.trimmed().contains(QLatin1Char(' ')) || line.startsWith(QLatin1String("  550")),
                qPrintable(line));
    }
    QVERIFY(!text.endsWith(QLatin1String("\n\n")));
}

void TestExplainer::explainReplyObject()
{
    // The GUI explains replies it already holds, which may carry control bytes from a server.
    const Explainer explainer;
    const Reply reply(554, EnhancedStatus(5, 7, 1), QStringLiteral("Relay \x1b[31maccess denied"));
    const Explanation explanation = explainer.explainReply(reply);
    QCOMPARE(explanation.kind, Explanation::Kind::Reply);
    QCOMPARE(explanation.replyInfo->meaning, catalog().replyCode(554)->meaning);
    QCOMPARE(explanation.enhanced->status, EnhancedStatus(5, 7, 1));
    QVERIFY(!explanation.toText().contains(QChar(0x1b)));
}

void TestExplainer::explainerRefusesHugeInput()
{
    const Explainer explainer;
    const QString huge = QStringLiteral("550 ") + QString(Explainer::MaxInputLength, QLatin1Char('x'));
    const Explanation explanation = explainer.explain(huge);
    QVERIFY(!explanation.isValid());
    QVERIFY(explanation.error.contains(QLatin1String("too long")));

    // Many lines, each a valid reply line: the reply parser's own bounds apply.
    QString manyLines;
    for (int i = 0; i < 1000; ++i)
        manyLines += QStringLiteral("250-line %1\n").arg(i);
    manyLines += QStringLiteral("250 end");
    const Explanation tooMany = explainer.explain(manyLines);
    QVERIFY(!tooMany.isValid());
    QVERIFY(tooMany.error.contains(QLatin1String("malformed")));
}

QTEST_APPLESS_MAIN(TestExplainer)
#include "tst_explainer.moc"
