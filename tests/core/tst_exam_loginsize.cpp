// The envelope exams end to end without sockets: a login refused once (RFC 4954 s.6) and the
// size limit (RFC 1870).

#include "examharness.h"

#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

namespace {

const QByteArray PlainAlice = "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ="; // \0alice\0wonderland

// A message of about `bytes` octets in 1000-octet lines; returns the reply to its final dot.
QStringList sendMessage(ExamSession &client, qint64 bytes)
{
    client.send({ "DATA", "Subject: size", "" });
    const QByteArray line(998, 'x');
    for (qint64 sent = 0; sent < bytes; sent += line.size() + 2)
        client.send(line);
    return client.send(".");
}

} // namespace

class TestExamLoginSize : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authRefusesRightPasswordInFirstSession();
    void authPassesClientThatStopsAfterRefusal();
    void authPassesLaterLogin();
    void authAllowsThreeRetries();
    void authFailsFourthRetryInARow();
    void authFailsMailAfterRefusal();
    void authIncompleteWithoutLogin();
    void sizeAdvertisedInEhlo();
    void sizePassesDeclaredSize();
    void sizePassesDeclaredSizeInLowerCase();
    void sizePassesOversizeRefusedAtMail();
    void sizeFailsUndeclaredOversizeMessage();
    void sizeIncompleteForSmallUndeclaredMessage();
    void sizeIncompleteWithoutMail();
};

void TestExamLoginSize::authRefusesRightPasswordInFirstSession()
{
    ExamHarness exam(ExamId::AuthFailThenOk);
    ExamSession &client = exam.open();
    // AUTH is offered as usual (it once was not: the refusing session had no users at all).
    const QStringList ehlo = client.send("EHLO client.example");
    QVERIFY2(ehlo.join(u'\n').contains(QStringLiteral("AUTH PLAIN")), qPrintable(ehlo.join(u'\n')));
    const QStringList reply = client.send(PlainAlice);
    QVERIFY2(reply.value(0).startsWith(QStringLiteral("535 5.7.8 ")), qPrintable(reply.join(u'\n')));
    // Still refused on the same session: the first session that logs in is refused throughout.
    QVERIFY(client.send(PlainAlice).value(0).startsWith(QStringLiteral("535")));
}

void TestExamLoginSize::authPassesClientThatStopsAfterRefusal()
{
    ExamHarness exam(ExamId::AuthFailThenOk);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", PlainAlice, "QUIT" });
    QVERIFY(exam.verdicts().isEmpty());
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
    QVERIFY2(exam.verdict().reason.contains(QStringLiteral("stopped after")), qPrintable(exam.verdict().reason));
    QVERIFY(exam.verdict().evidence.join(u'\n').contains(QStringLiteral("535 5.7.8")));
    QVERIFY(!exam.verdict().evidence.join(u'\n').contains(QStringLiteral("AGFsaWNl"))); // masked
}

void TestExamLoginSize::authPassesLaterLogin()
{
    ExamHarness exam(ExamId::AuthFailThenOk);
    ExamSession &first = exam.open();
    first.send({ "EHLO client.example", PlainAlice, "QUIT" });
    first.close();
    ExamSession &second = exam.open();
    second.send("EHLO client.example");
    QCOMPARE(second.send(PlainAlice).value(0).left(3), QStringLiteral("235"));
    second.send("QUIT");
    second.close();
    QCOMPARE(exam.verdicts().size(), 2);
    QCOMPARE(exam.verdicts().at(1).result, ExamResult::Pass);
    QVERIFY(exam.verdicts().at(1).reason.contains(QStringLiteral("later try")));
}

void TestExamLoginSize::authAllowsThreeRetries()
{
    ExamHarness exam(ExamId::AuthFailThenOk);
    ExamSession &client = exam.open();
    client.send("EHLO client.example");
    for (int attempt = 0; attempt < 4; ++attempt) // the first try and 3 retries
        client.send(PlainAlice);
    QVERIFY(exam.verdicts().isEmpty());
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
}

void TestExamLoginSize::authFailsFourthRetryInARow()
{
    ExamHarness exam(ExamId::AuthFailThenOk);
    ExamSession &client = exam.open();
    client.send("EHLO client.example");
    for (int attempt = 0; attempt < 5; ++attempt)
        client.send(PlainAlice);
    QCOMPARE(exam.verdict().result, ExamResult::Fail);
    QVERIFY2(exam.verdict().reason.contains(QStringLiteral("5 times in a row")), qPrintable(exam.verdict().reason));
    // AUTH LOGIN, with its answers in two more lines, counts the same.
    ExamHarness loginExam(ExamId::AuthFailThenOk);
    ExamSession &loginClient = loginExam.open();
    loginClient.send("EHLO client.example");
    for (int attempt = 0; attempt < 5; ++attempt)
        loginClient.send({ "AUTH LOGIN", "YWxpY2U=", "d29uZGVybGFuZA==" });
    QCOMPARE(loginExam.verdict().result, ExamResult::Fail);
}

void TestExamLoginSize::authFailsMailAfterRefusal()
{
    ExamHarness exam(ExamId::AuthFailThenOk);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", PlainAlice, "MAIL FROM:<alice@example.com>" });
    QCOMPARE(exam.verdict().result, ExamResult::Fail);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("MAIL FROM after its login was refused")));
}

void TestExamLoginSize::authIncompleteWithoutLogin()
{
    ExamHarness exam(ExamId::AuthFailThenOk);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "QUIT" });
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("did not try to log in")));
}

void TestExamLoginSize::sizeAdvertisedInEhlo()
{
    ExamHarness exam(ExamId::SizeLimit);
    const QStringList ehlo = exam.open().send("EHLO client.example");
    QVERIFY2(ehlo.contains(QStringLiteral("250-SIZE 1000000")), qPrintable(ehlo.join(u'\n')));
}

void TestExamLoginSize::sizePassesDeclaredSize()
{
    ExamHarness exam(ExamId::SizeLimit);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "MAIL FROM:<alice@example.com> SIZE=1200", "RCPT TO:<bob@example.com>" });
    QCOMPARE(sendMessage(client, 1000).value(0).left(3), QStringLiteral("250"));
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
    QVERIFY(exam.verdict().evidence.join(u'\n').contains(QStringLiteral("SIZE=1200")));
}

void TestExamLoginSize::sizePassesDeclaredSizeInLowerCase()
{
    // Python's smtplib writes "size=" (ESMTP keywords are case-insensitive, RFC 5321 s.2.4).
    ExamHarness exam(ExamId::SizeLimit);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "MAIL FROM:<alice@example.com> size=1200" });
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
}

void TestExamLoginSize::sizePassesOversizeRefusedAtMail()
{
    ExamHarness exam(ExamId::SizeLimit);
    ExamSession &client = exam.open();
    client.send("EHLO client.example");
    const QStringList reply = client.send("MAIL FROM:<alice@example.com> SIZE=2000000");
    QVERIFY2(reply.value(0).startsWith(QStringLiteral("552 5.3.4 ")), qPrintable(reply.join(u'\n')));
    client.send("QUIT");
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("before a byte")));
}

void TestExamLoginSize::sizeFailsUndeclaredOversizeMessage()
{
    ExamHarness exam(ExamId::SizeLimit);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "MAIL FROM:<alice@example.com>", "RCPT TO:<bob@example.com>" });
    const QStringList reply = sendMessage(client, 1100000);
    QVERIFY2(reply.value(0).startsWith(QStringLiteral("552")), qPrintable(reply.join(u'\n')));
    QCOMPARE(exam.verdict().result, ExamResult::Fail);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("without declaring its size")));
    QVERIFY(exam.received().isEmpty());
}

void TestExamLoginSize::sizeIncompleteForSmallUndeclaredMessage()
{
    ExamHarness exam(ExamId::SizeLimit);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "MAIL FROM:<alice@example.com>", "RCPT TO:<bob@example.com>" });
    QCOMPARE(sendMessage(client, 2000).value(0).left(3), QStringLiteral("250"));
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("within the limit")));
}

void TestExamLoginSize::sizeIncompleteWithoutMail()
{
    ExamHarness exam(ExamId::SizeLimit);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "QUIT" });
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("sent no mail")));
}

QTEST_GUILESS_MAIN(TestExamLoginSize)
#include "tst_exam_loginsize.moc"
