// Explanations where the learner looks: every line of an EHLO reply by its extension, a sent
// command from the Commands reference, "did you mean" for near misses, and a Time column that
// counts from the connection.
#include "lesson/simulatorsession.h"
#include "reference/commandsuggestion.h"
#include "reference/lineexplainer.h"
#include "reference/referencecatalog.h"
#include "server/scenario.h"
#include "session/transcript.h"

#include <QTest>

using namespace SmtpTutor;

class TestLineExplainer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyExtensionIsExplainedWithItsRfc_data();
    void everyExtensionIsExplainedWithItsRfc();
    void sizeSaysWhatItsNumberMeans_data();
    void sizeSaysWhatItsNumberMeans();
    void authNamesEachMechanism();
    void simulatedEhloReplyIsExplainedLineByLine();
    void otherRepliesAreNotEhloLines();
    void sentCommandComesFromTheCommandsReference();
    void sentLineContextDecidesWhatItIs();
    void didYouMean_data();
    void didYouMean();
    void greetingTimeStartsAtTheConnection();
    void timesNeverGoBackOnReconnect();
};

void TestLineExplainer::everyExtensionIsExplainedWithItsRfc_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("rfc");
    QTest::newRow("PIPELINING") << "PIPELINING" << "RFC 2920";
    QTest::newRow("SIZE") << "SIZE 10485760" << "RFC 1870";
    QTest::newRow("VRFY") << "VRFY" << "RFC 5321 s.3.5";
    QTest::newRow("ETRN") << "ETRN" << "RFC 1985";
    QTest::newRow("STARTTLS") << "STARTTLS" << "RFC 3207";
    QTest::newRow("AUTH") << "AUTH PLAIN LOGIN" << "RFC 4954";
    QTest::newRow("ENHANCEDSTATUSCODES") << "ENHANCEDSTATUSCODES" << "RFC 2034";
    QTest::newRow("8BITMIME") << "8BITMIME" << "RFC 6152";
    QTest::newRow("DSN") << "DSN" << "RFC 3461";
    QTest::newRow("SMTPUTF8") << "SMTPUTF8" << "RFC 6531";
    QTest::newRow("CHUNKING") << "CHUNKING" << "RFC 3030";
}

void TestLineExplainer::everyExtensionIsExplainedWithItsRfc()
{
    QFETCH(QString, line);
    QFETCH(QString, rfc);
    const EhloLineExplanation e = LineExplainer().explainEhloLine(line, false);
    QVERIFY2(e.known, qPrintable(line));
    QCOMPARE(e.keyword, line.section(u' ', 0, 0));
    QVERIFY2(e.extension.reference().startsWith(rfc), qPrintable(e.extension.reference()));
    QVERIFY(!e.extension.title.isEmpty());
    QVERIFY(e.extension.description.size() > 40);
    QVERIFY2(e.summary().contains(rfc), qPrintable(e.summary()));
    if (line == QLatin1String("ENHANCEDSTATUSCODES"))
        QCOMPARE(e.extension.seeAlso, QStringLiteral("RFC 3463"));
}

void TestLineExplainer::sizeSaysWhatItsNumberMeans_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("limit") << "SIZE 10485760" << "at most 10485760 bytes";
    QTest::newRow("zero") << "SIZE 0" << "no fixed limit";
    QTest::newRow("bare") << "SIZE" << "no fixed limit";
}

void TestLineExplainer::sizeSaysWhatItsNumberMeans()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    const EhloLineExplanation e = LineExplainer().explainEhloLine(line, false);
    QVERIFY2(e.parameterMeaning.contains(expected), qPrintable(e.parameterMeaning));
    QVERIFY(e.extension.parameter.contains(QLatin1String("bytes")));
}

void TestLineExplainer::authNamesEachMechanism()
{
    const EhloLineExplanation e = LineExplainer().explainEhloLine(u"AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2 FROBNICATE", false);
    QCOMPARE(e.mechanisms.size(), 5);
    QCOMPARE(e.mechanisms.at(0).name, QStringLiteral("PLAIN"));
    QCOMPARE(e.mechanisms.at(0).rfc, QStringLiteral("RFC 4616"));
    QVERIFY(e.mechanisms.at(0).clearPassword);
    QVERIFY(e.mechanisms.at(1).description.contains(QLatin1String("one at a time")));
    QCOMPARE(e.mechanisms.at(2).rfc, QStringLiteral("RFC 2195"));
    QVERIFY(!e.mechanisms.at(2).clearPassword);
    QVERIFY(e.mechanisms.at(3).description.contains(QLatin1String("OAuth")));
    QVERIFY(e.mechanisms.at(4).description.isEmpty()); // unknown: said so, not invented
    // The old "AUTH=" form is read the same way.
    const EhloLineExplanation old = LineExplainer().explainEhloLine(u"AUTH=LOGIN PLAIN", false);
    QCOMPARE(old.keyword, QStringLiteral("AUTH"));
    QCOMPARE(old.mechanisms.size(), 2);
}

void TestLineExplainer::simulatedEhloReplyIsExplainedLineByLine()
{
    auto scenario = Scenario::load(QStringLiteral("submission"));
    QVERIFY(scenario);
    SimulatorSession session;
    session.setScenario(*scenario);
    session.connectToServer();
    session.sendLine("EHLO laptop.example.org");
    const QList<TranscriptEntry> &entries = session.transcript()->entries();
    qsizetype first = -1;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).direction == Direction::Client)
            first = i + 1;
    }
    QVERIFY(first > 0);
    const LineExplainer explainer;
    const auto greeting = explainer.explainEhloEntry(entries, first);
    QVERIFY(greeting);
    QVERIFY(greeting->greetingLine);
    int keywords = 0;
    for (qsizetype i = first + 1; i < entries.size(); ++i) {
        const auto line = explainer.explainEhloEntry(entries, i);
        QVERIFY2(line, qPrintable(entries.at(i).text));
        QVERIFY2(line->known, qPrintable(entries.at(i).text)); // nothing the simulator offers is unexplained
        QVERIFY(!line->greetingLine);
        ++keywords;
    }
    QVERIFY(keywords >= 8);
}

void TestLineExplainer::otherRepliesAreNotEhloLines()
{
    auto scenario = Scenario::load(QStringLiteral("relay"));
    SimulatorSession session;
    session.setScenario(*scenario);
    session.connectToServer();
    session.sendLine("NOOP");
    const QList<TranscriptEntry> &entries = session.transcript()->entries();
    const LineExplainer explainer;
    for (qsizetype i = 0; i < entries.size(); ++i)
        QVERIFY2(!explainer.explainEhloEntry(entries, i), qPrintable(entries.at(i).text)); // greeting, 250 Ok
}

void TestLineExplainer::sentCommandComesFromTheCommandsReference()
{
    const ReferenceCatalog &catalog = ReferenceCatalog::instance();
    const LineExplainer explainer;
    for (const CommandInfo &info : catalog.allCommands()) {
        const SentLineExplanation e = explainer.explainSentLine(info.example);
        QCOMPARE(e.kind, SentLineExplanation::Kind::Command);
        QVERIFY(e.command);
        // The same entry as the Commands tab shows, not a second text.
        QCOMPARE(e.command->name, info.name);
        QCOMPARE(e.command->purpose, info.purpose);
        QCOMPARE(e.command->syntax, info.syntax);
        QCOMPARE(e.command->typicalReplies.size(), info.typicalReplies.size());
        QVERIFY2(e.suggestion.isNull(), qPrintable(info.example + " -> " + e.suggestion));
    }
    QCOMPARE(explainer.explainSentLine(u"").kind, SentLineExplanation::Kind::EmptyLine);
    QCOMPARE(explainer.explainSentLine(u"FROBNICATE now").kind, SentLineExplanation::Kind::UnknownVerb);
    const SentLineExplanation slip = explainer.explainSentLine(u"EHOL laptop");
    QCOMPARE(slip.kind, SentLineExplanation::Kind::UnknownVerb);
    QCOMPARE(slip.suggestion, QStringLiteral("EHLO laptop"));
}

void TestLineExplainer::sentLineContextDecidesWhatItIs()
{
    auto scenario = Scenario::load(QStringLiteral("relay"));
    SimulatorSession session;
    session.setScenario(*scenario);
    session.connectToServer();
    for (const char *line : {"EHLO x.example", "MAIL FROM:<a@example.net>", "RCPT TO:<bob@example.com>", "DATA",
                             "Subject: hi", ".", "QUIT"})
        session.sendLine(line);
    const QList<TranscriptEntry> &entries = session.transcript()->entries();
    const LineExplainer explainer;
    QHash<QString, SentLineExplanation::Kind> kinds;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).direction == Direction::Client)
            kinds.insert(entries.at(i).text, explainer.explainClientEntry(entries, i).kind);
    }
    QCOMPARE(kinds.value(QStringLiteral("DATA")), SentLineExplanation::Kind::Command);
    QCOMPARE(kinds.value(QStringLiteral("Subject: hi")), SentLineExplanation::Kind::MessageLine);
    QCOMPARE(kinds.value(QStringLiteral(".")), SentLineExplanation::Kind::MessageLine);
    QCOMPARE(kinds.value(QStringLiteral("QUIT")), SentLineExplanation::Kind::Command);
}

void TestLineExplainer::didYouMean_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: no suggestion
    QTest::newRow("EHOL") << "EHOL laptop.example.org" << "EHLO laptop.example.org";
    QTest::newRow("ehol lower case") << "ehol x" << "EHLO x";
    QTest::newRow("MAIL FORM:") << "MAIL FORM:<alice@example.com>" << "MAIL FROM:<alice@example.com>";
    QTest::newRow("MAILFROM:") << "MAILFROM:<alice@example.com>" << "MAIL FROM:<alice@example.com>";
    QTest::newRow("RCTP") << "RCTP" << "RCPT";
    QTest::newRow("RCTP TO:") << "RCTP TO:<bob@example.com>" << "RCPT TO:<bob@example.com>";
    QTest::newRow("STRATTLS") << "STRATTLS" << "STARTTLS";
    QTest::newRow("QUTI") << "QUTI" << "QUIT";
    QTest::newRow("right already") << "EHLO laptop" << "";
    QTest::newRow("right MAIL") << "MAIL FROM:<a@b.example>" << "";
    QTest::newRow("far off") << "BANANA split" << "";
    QTest::newRow("far off 2") << "XYZZY" << "";
    QTest::newRow("web request") << "GET / HTTP/1.1" << "";
    QTest::newRow("tie") << "HLO x" << ""; // one slip from HELO and from EHLO: no coin toss
    QTest::newRow("empty") << "" << "";
}

void TestLineExplainer::didYouMean()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const QString suggestion = CommandSuggestion().suggest(typed);
    if (expected.isEmpty())
        QVERIFY2(suggestion.isNull(), qPrintable(suggestion));
    else
        QCOMPARE(suggestion, expected);
}

void TestLineExplainer::greetingTimeStartsAtTheConnection()
{
    // The console's session exists from start-up; the learner connects much later.
    SimulatorSession session;
    session.setScenario(*Scenario::load(QStringLiteral("submission")));
    session.sendLine("EHLO early"); // "Not connected yet": recorded before the connection
    QTest::qWait(400);
    session.connectToServer();
    const QList<TranscriptEntry> &entries = session.transcript()->entries();
    QVERIFY(entries.size() >= 3);
    for (const TranscriptEntry &entry : entries)
        QVERIFY2(entry.elapsedMs < 200, qPrintable(QStringLiteral("%1 at %2 ms").arg(entry.text).arg(entry.elapsedMs)));
    QCOMPARE(entries.constLast().replyCode, 220);

    // A bare transcript made long before its first line starts its clock with that line.
    Transcript transcript;
    QTest::qWait(300);
    transcript.addInfo(QStringLiteral("resolving"));
    QVERIFY(transcript.entries().constFirst().elapsedMs < 150);
}

void TestLineExplainer::timesNeverGoBackOnReconnect()
{
    SimulatorSession session;
    session.setScenario(*Scenario::load(QStringLiteral("relay")));
    session.connectToServer();
    QTest::qWait(150);
    session.sendLine("QUIT");
    session.connectToServer();
    qint64 last = 0;
    for (const TranscriptEntry &entry : session.transcript()->entries()) {
        QVERIFY(entry.elapsedMs >= last);
        last = entry.elapsedMs;
    }
    QVERIFY(last >= 150);
}

QTEST_GUILESS_MAIN(TestLineExplainer)
#include "tst_lineexplainer.moc"
