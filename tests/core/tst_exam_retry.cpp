// The exams that follow a client into its next session, end to end without sockets and on
// the harness's clock: greylisting (450 4.2.0 at RCPT) and a 421 4.3.2 after the message.

#include "examharness.h"

#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

namespace {

// One envelope; returns the reply to the RCPT.
QStringList envelope(ExamSession &client, const QByteArray &sender = "alice@example.com",
    const QByteArray &recipient = "bob@example.com")
{
    client.send({ "EHLO client.example", "MAIL FROM:<" + sender + ">" });
    return client.send("RCPT TO:<" + recipient + ">");
}

// A whole message; returns the reply to its final dot.
QStringList message(ExamSession &client)
{
    envelope(client);
    client.send({ "DATA", "Subject: exam", "", "Hello Bob." });
    return client.send(".");
}

ExamOptions greylist(int delay, int examTime)
{
    ExamOptions options { ExamId::Greylist };
    options.greylistDelaySeconds = delay;
    options.examTimeSeconds = examTime;
    return options;
}

} // namespace

class TestExamRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void greylistDefersFirstAttemptWithDelay();
    void greylistPassesRetryAfterDelayAndReportsIt();
    void greylistCountsRetriesThatCameTooEarly();
    void greylistIncompleteWhenClientNeverReturns();
    void greylistIncompleteAtFinish();
    void greylistIncompleteWithoutRecipient();
    void greylistKeepsSendersApart();
    void greylistMemoryIsBounded();
    void greylistReplyCarriesNoLineBreakFromTheClient();
    void disconnectCutsFirstMessageWith421();
    void disconnectPassesWhenMessageComesBack();
    void disconnectIncompleteWhenMessageNeverComesBack();
    void disconnectIncompleteWithoutMessage();
    void disconnectIncompleteAtFinish();
};

void TestExamRetry::greylistDefersFirstAttemptWithDelay()
{
    ExamHarness exam(greylist(60, 600));
    ExamSession &client = exam.open();
    const QStringList reply = envelope(client);
    QCOMPARE(reply.size(), 1);
    QVERIFY2(reply.first().startsWith(QStringLiteral("450 4.2.0 <bob@example.com>: Recipient address rejected: "
                                                     "Greylisted, try again in 60 seconds")),
        qPrintable(reply.first()));
    QVERIFY(exam.verdicts().isEmpty()); // the verdict comes with the retry
    client.close();
    QVERIFY(exam.verdicts().isEmpty());
}

void TestExamRetry::greylistPassesRetryAfterDelayAndReportsIt()
{
    ExamHarness exam(greylist(60, 600));
    ExamSession &first = exam.open();
    envelope(first);
    first.send("QUIT");
    first.close();
    exam.wait(75);
    ExamSession &retry = exam.open();
    QCOMPARE(envelope(retry).value(0).left(3), QStringLiteral("250"));
    const ExamVerdict verdict = exam.verdict();
    QCOMPARE(verdict.result, ExamResult::Pass);
    QVERIFY2(verdict.reason.contains(QStringLiteral("came back after 75.0 s (the server asked for 60 s)")),
        qPrintable(verdict.reason));
    QCOMPARE(verdict.sessions, (QList<int> { first.id(), retry.id() }));
    QVERIFY(verdict.evidence.join(u'\n').contains(QStringLiteral("450 4.2.0")));
    QVERIFY(verdict.evidence.join(u'\n').contains(QStringLiteral("250")));
    // The retry delivers.
    retry.send({ "DATA", "Subject: retry", "", "Hello again." });
    QCOMPARE(retry.send(".").value(0).left(3), QStringLiteral("250"));
    QCOMPARE(exam.received().size(), 1);
}

void TestExamRetry::greylistCountsRetriesThatCameTooEarly()
{
    ExamHarness exam(greylist(60, 600));
    envelope(exam.open());
    exam.wait(20);
    // Too early: still greylisted, and the 450 says how long is left.
    QVERIFY(envelope(exam.open()).value(0).contains(QStringLiteral("try again in 40 seconds")));
    QVERIFY(exam.verdicts().isEmpty());
    exam.wait(45);
    QCOMPARE(envelope(exam.open()).value(0).left(3), QStringLiteral("250"));
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
    QVERIFY2(exam.verdict().reason.contains(QStringLiteral("came back after 65.0 s")),
        qPrintable(exam.verdict().reason));
    QVERIFY2(exam.verdict().reason.contains(QStringLiteral("too early")), qPrintable(exam.verdict().reason));
    QCOMPARE(exam.verdict().sessions.size(), 3);
}

void TestExamRetry::greylistIncompleteWhenClientNeverReturns()
{
    ExamHarness exam(greylist(60, 300));
    ExamSession &client = exam.open();
    envelope(client);
    client.close();
    exam.wait(299);
    QVERIFY(exam.verdicts().isEmpty());
    exam.wait(1);
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY2(exam.verdict().reason.contains(QStringLiteral("within the exam's 300 s")),
        qPrintable(exam.verdict().reason));
    QCOMPARE(exam.verdict().sessions, QList<int> { client.id() });
}

void TestExamRetry::greylistIncompleteAtFinish()
{
    ExamHarness exam(greylist(60, 600));
    envelope(exam.open());
    exam.wait(10);
    exam.finish();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    // Said as it happened: the exam ended early, not "did not come back within 600 s".
    QVERIFY2(exam.verdict().reason.contains(QStringLiteral("the exam ended 10.0 s after the first 450")),
        qPrintable(exam.verdict().reason));
}

void TestExamRetry::greylistIncompleteWithoutRecipient()
{
    ExamHarness exam(greylist(60, 600));
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "QUIT" });
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("no recipient")));
}

void TestExamRetry::greylistKeepsSendersApart()
{
    // Greylisting keys on sender and recipient (RFC 6647 s.2.1): a different sender is new.
    ExamHarness exam(greylist(60, 600));
    envelope(exam.open(), "alice@example.com");
    exam.wait(61);
    QVERIFY(envelope(exam.open(), "carol@example.org").value(0).startsWith(QStringLiteral("450 4.2.0")));
    QCOMPARE(envelope(exam.open(), "alice@example.com").value(0).left(3), QStringLiteral("250"));
    QCOMPARE(exam.verdicts().size(), 1);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("came back after 61.0 s")));
}

void TestExamRetry::greylistMemoryIsBounded()
{
    // A client inventing senders must not make the server remember without end.
    ExamHarness exam(greylist(60, 600));
    ExamSession &flood = exam.open();
    flood.send("EHLO flood.example");
    for (int i = 0; i < ExamServerState::MaxGreylistEntries; ++i)
        flood.send({ "MAIL FROM:<s" + QByteArray::number(i) + "@example.org>", "RCPT TO:<bob@example.com>", "RSET" });
    QCOMPARE(exam.examState().greylistFirstSeen.size(), ExamServerState::MaxGreylistEntries);
    exam.wait(61);
    // The next new triplet makes room by forgetting those whose delay is over.
    QVERIFY(envelope(exam.open(), "late@example.org").value(0).startsWith(QStringLiteral("450")));
    QCOMPARE(exam.examState().greylistFirstSeen.size(), 1);
}

void TestExamRetry::greylistReplyCarriesNoLineBreakFromTheClient()
{
    // The 450 names the recipient the client typed: a CR in it must never reach the wire as a
    // line break (a forged second reply line).
    ExamHarness exam(greylist(60, 600));
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "MAIL FROM:<alice@example.com>" });
    const QStringList reply = client.send(QByteArray("RCPT TO:<bob\r250 ok@example.com>"));
    for (const QString &line : reply)
        QVERIFY2(!line.contains(u'\r') && !line.contains(u'\n'), qPrintable(line));
    QVERIFY2(reply.size() == 1, qPrintable(reply.join(QStringLiteral(" | "))));
}

void TestExamRetry::disconnectCutsFirstMessageWith421()
{
    ExamHarness exam(ExamId::Disconnect421);
    ExamSession &client = exam.open();
    const QStringList reply = message(client);
    QCOMPARE(reply.size(), 1);
    QVERIFY2(reply.first().startsWith(QStringLiteral("421 4.3.2 ")), qPrintable(reply.first()));
    QVERIFY(client.closedByServer());
    QVERIFY(exam.received().isEmpty()); // nothing was accepted
    client.close();
    QVERIFY(exam.verdicts().isEmpty());
}

void TestExamRetry::disconnectPassesWhenMessageComesBack()
{
    ExamHarness exam(ExamId::Disconnect421);
    ExamSession &first = exam.open();
    message(first);
    first.close();
    exam.wait(120);
    ExamSession &again = exam.open();
    QCOMPARE(message(again).value(0).left(3), QStringLiteral("250"));
    QCOMPARE(exam.received().size(), 1);
    const ExamVerdict verdict = exam.verdict();
    QCOMPARE(verdict.result, ExamResult::Pass);
    QVERIFY2(verdict.reason.contains(QStringLiteral("again 120.0 s later")), qPrintable(verdict.reason));
    QCOMPARE(verdict.sessions, (QList<int> { first.id(), again.id() }));
    QVERIFY(verdict.evidence.join(u'\n').contains(QStringLiteral("421 4.3.2")));
}

void TestExamRetry::disconnectIncompleteWhenMessageNeverComesBack()
{
    ExamOptions options { ExamId::Disconnect421 };
    options.examTimeSeconds = 90;
    ExamHarness exam(options);
    ExamSession &client = exam.open();
    message(client);
    client.close();
    exam.wait(89);
    QVERIFY(exam.verdicts().isEmpty());
    exam.wait(1);
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("within the exam's 90 s")));
}

void TestExamRetry::disconnectIncompleteWithoutMessage()
{
    ExamHarness exam(ExamId::Disconnect421);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "QUIT" });
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("sent no message")));
}

void TestExamRetry::disconnectIncompleteAtFinish()
{
    ExamHarness exam(ExamId::Disconnect421);
    ExamSession &client = exam.open();
    message(client);
    client.close();
    exam.wait(5);
    exam.finish();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY2(exam.verdict().reason.contains(QStringLiteral("the exam ended 5.0 s after the 421")),
        qPrintable(exam.verdict().reason));
}

QTEST_GUILESS_MAIN(TestExamRetry)
#include "tst_exam_retry.moc"
