// The three TLS exams end to end without sockets (ExamHarness): what the exam server says, and
// the verdict each kind of client earns. The real clients that earn them are in
// tests/integration/tst_exam_clients_*.

#include "examharness.h"

#include <QJsonArray>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

namespace {

const QByteArray PlainAlice = "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ="; // \0alice\0wonderland

bool anyLineContains(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(text); });
}

} // namespace

class TestExamTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stripOffersAuthButNoStartTls();
    void stripFailsAuthInClear();
    void stripFailsMailInClear();
    void stripPassesClientThatStops();
    void stripIncompleteWithoutEhlo();
    void stripJudgesEachSession();
    void stripIncompleteWhenServerStopsMidSession();
    void refusedAnswers454();
    void refusedFailsAuthAfterRefusal();
    void refusedPassesClientThatGivesUp();
    void refusedPassesMailWithoutPasswordButSaysSo();
    void refusedIncompleteWithoutStartTls();
    void injectionWritesFakeListBeforeHandshake();
    void injectionPassesEhloAgainAndLogin();
    void injectionFailsAuthPlainFromInjectedList();
    void injectionFailsNoEhloInsideTls();
    void injectionPassesHangUpBeforeHandshake();
    void injectionIncompleteOnHandshakeAlert();
    void evidenceShowsLinesOnceWhenClientHangsUp();
    void verdictLogLineAndJson();
    void catalogNamesRoundTrip();
};

void TestExamTls::stripOffersAuthButNoStartTls()
{
    ExamHarness exam(ExamId::StripStartTls);
    const QStringList ehlo = exam.open().send("EHLO client.example");
    QVERIFY2(anyLineContains(ehlo, QStringLiteral("AUTH")), qPrintable(ehlo.join(u'\n')));
    QVERIFY2(!anyLineContains(ehlo, QStringLiteral("STARTTLS")), qPrintable(ehlo.join(u'\n')));
}

void TestExamTls::stripFailsAuthInClear()
{
    ExamHarness exam(ExamId::StripStartTls);
    ExamSession &client = exam.open();
    client.send("EHLO client.example");
    client.send(PlainAlice);
    const ExamVerdict verdict = exam.verdict();
    QCOMPARE(verdict.result, ExamResult::Fail);
    QVERIFY2(verdict.reason.contains(QStringLiteral("AUTH in clear text")), qPrintable(verdict.reason));
    // The evidence is the transcript's masked line, never the password.
    QVERIFY(anyLineContains(verdict.evidence, QStringLiteral("-> AUTH PLAIN")));
    QVERIFY(!anyLineContains(verdict.evidence, QStringLiteral("AGFsaWNl")));
    QVERIFY(anyLineContains(verdict.evidence, QStringLiteral("250")));
    // The EHLO reply shows its AUTH line; the other extensions are counted, not listed.
    QVERIFY(verdict.evidence.contains(QStringLiteral("<- 250-AUTH PLAIN LOGIN")));
    QVERIFY(!anyLineContains(verdict.evidence, QStringLiteral("PIPELINING")));
    QVERIFY(anyLineContains(verdict.evidence, QStringLiteral("none of them STARTTLS")));
    // Decided at once, not again when the session ends.
    client.send("QUIT");
    client.close();
    QCOMPARE(exam.verdicts().size(), 1);
}

void TestExamTls::stripFailsMailInClear()
{
    ExamHarness exam(ExamId::StripStartTls);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "MAIL FROM:<alice@example.com>" });
    QCOMPARE(exam.verdict().result, ExamResult::Fail);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("MAIL FROM in clear text")));
    QVERIFY(anyLineContains(exam.verdict().evidence, QStringLiteral("-> MAIL FROM:<alice@example.com>")));
}

void TestExamTls::stripPassesClientThatStops()
{
    ExamHarness exam(ExamId::StripStartTls);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "QUIT" });
    QVERIFY(exam.verdicts().isEmpty()); // the verdict waits for the end of the session
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("stopped")));
    QCOMPARE(exam.verdict().sessions, QList<int> { client.id() });
}

void TestExamTls::stripIncompleteWithoutEhlo()
{
    ExamHarness exam(ExamId::StripStartTls);
    exam.open().close();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
}

void TestExamTls::stripJudgesEachSession()
{
    ExamHarness exam(ExamId::StripStartTls);
    ExamSession &careful = exam.open();
    ExamSession &careless = exam.open();
    careful.send("EHLO careful.example");
    careless.send({ "EHLO careless.example", "MAIL FROM:<bob@example.com>" });
    careful.close();
    exam.finish();
    QCOMPARE(exam.verdicts().size(), 2);
    QCOMPARE(exam.verdicts().at(0).sessions, QList<int> { careless.id() });
    QCOMPARE(exam.verdicts().at(0).result, ExamResult::Fail);
    QCOMPARE(exam.verdicts().at(1).sessions, QList<int> { careful.id() });
    QCOMPARE(exam.verdicts().at(1).result, ExamResult::Pass);
}

void TestExamTls::stripIncompleteWhenServerStopsMidSession()
{
    // A client idle after EHLO (its user reading a warning, say) has not yet stopped: the server
    // stopping is not the client passing.
    ExamHarness exam(ExamId::StripStartTls);
    exam.open().send("EHLO client.example");
    exam.finish();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY2(exam.verdict().reason.contains(QStringLiteral("server stopped while this session was still open")),
        qPrintable(exam.verdict().reason));
    QVERIFY(exam.verdict().evidence.join(u'\n').contains(QStringLiteral("-> EHLO client.example")));
}

void TestExamTls::refusedAnswers454()
{
    ExamHarness exam(ExamId::StartTlsRefused);
    ExamSession &client = exam.open();
    QVERIFY(anyLineContains(client.send("EHLO client.example"), QStringLiteral("STARTTLS")));
    const QStringList reply = client.send("STARTTLS");
    QCOMPARE(reply, QStringList { QStringLiteral("454 4.7.0 TLS not available due to local problem") });
    QVERIFY(!client.isTlsRequested());
}

void TestExamTls::refusedFailsAuthAfterRefusal()
{
    ExamHarness exam(ExamId::StartTlsRefused);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "STARTTLS", PlainAlice });
    QCOMPARE(exam.verdict().result, ExamResult::Fail);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("after the 454")));
    QVERIFY(anyLineContains(exam.verdict().evidence, QStringLiteral("454 4.7.0")));
}

void TestExamTls::refusedPassesClientThatGivesUp()
{
    ExamHarness exam(ExamId::StartTlsRefused);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "STARTTLS", "QUIT" });
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("gave up after the 454")));
}

void TestExamTls::refusedPassesMailWithoutPasswordButSaysSo()
{
    // An MTA relaying to another MTA may go on in clear (opportunistic TLS, RFC 3207 s.4.1),
    // so MAIL without a password passes, with a warning in the reason.
    ExamHarness exam(ExamId::StartTlsRefused);
    ExamSession &client = exam.open();
    client.send({ "EHLO mta.example", "STARTTLS", "MAIL FROM:<alice@example.com>", "QUIT" });
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("mail in clear text")));
    QVERIFY(anyLineContains(exam.verdict().evidence, QStringLiteral("MAIL FROM:<alice@example.com>")));
}

void TestExamTls::refusedIncompleteWithoutStartTls()
{
    ExamHarness exam(ExamId::StartTlsRefused);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "QUIT" });
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("never asked for STARTTLS")));
}

void TestExamTls::injectionWritesFakeListBeforeHandshake()
{
    ExamHarness exam(ExamId::StartTlsInjection);
    ExamSession &client = exam.open();
    const QStringList clear = client.send("EHLO client.example");
    QVERIFY(anyLineContains(clear, QStringLiteral("STARTTLS")));
    QCOMPARE(client.send("STARTTLS").value(0).left(3), QStringLiteral("220"));
    QVERIFY(client.isTlsRequested());
    QVERIFY2(anyLineContains(client.injectedBeforeTls(), QStringLiteral("AUTH PLAIN")),
        qPrintable(client.injectedBeforeTls().join(u'\n')));
    client.handshake();
    // Inside TLS the real list offers AUTH LOGIN only.
    const QStringList inside = client.send("EHLO client.example");
    QVERIFY2(anyLineContains(inside, QStringLiteral("AUTH LOGIN")), qPrintable(inside.join(u'\n')));
    QVERIFY(!anyLineContains(inside, QStringLiteral("PLAIN")));
}

void TestExamTls::injectionPassesEhloAgainAndLogin()
{
    ExamHarness exam(ExamId::StartTlsInjection);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "STARTTLS" });
    client.handshake();
    client.send({ "EHLO client.example", "AUTH LOGIN" });
    client.send("YWxpY2U="); // alice
    QCOMPARE(client.send("d29uZGVybGFuZA==").value(0).left(3), QStringLiteral("235")); // wonderland
    client.send("QUIT");
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("EHLO again")));
    QVERIFY(anyLineContains(exam.verdict().evidence, QStringLiteral("AUTH PLAIN"))); // the injected line
}

void TestExamTls::injectionFailsAuthPlainFromInjectedList()
{
    // What swaks 20201014 does: EHLO again, then AUTH PLAIN, which only the injected list had.
    ExamHarness exam(ExamId::StartTlsInjection);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "STARTTLS" });
    client.handshake();
    client.send({ "EHLO client.example", PlainAlice });
    QCOMPARE(exam.verdict().result, ExamResult::Fail);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("AUTH PLAIN")));
}

void TestExamTls::injectionFailsNoEhloInsideTls()
{
    ExamHarness exam(ExamId::StartTlsInjection);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "STARTTLS" });
    client.handshake();
    client.send("MAIL FROM:<alice@example.com>");
    QCOMPARE(exam.verdict().result, ExamResult::Fail);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("did not send EHLO again")));
}

void TestExamTls::injectionPassesHangUpBeforeHandshake()
{
    // curl and msmtp: bytes they did not ask for after the 220, so they hang up.
    ExamHarness exam(ExamId::StartTlsInjection);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "STARTTLS" });
    client.close();
    QCOMPARE(exam.verdict().result, ExamResult::Pass);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("hung up")));
}

void TestExamTls::injectionIncompleteOnHandshakeAlert()
{
    // A client that does not trust the self-signed certificate: safe, but not proof.
    ExamHarness exam(ExamId::StartTlsInjection);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", "STARTTLS" });
    client.close(QStringLiteral("tlsv1 alert unknown ca"));
    QCOMPARE(exam.verdict().result, ExamResult::Incomplete);
    QVERIFY(exam.verdict().reason.contains(QStringLiteral("tlsv1 alert unknown ca")));
}

void TestExamTls::evidenceShowsLinesOnceWhenClientHangsUp()
{
    // msmtp and curl hang up without QUIT right after the EHLO reply, the 454 or the injected
    // lines: those lines end the evidence once, not twice (seen with the real clients).
    const QList<std::pair<ExamId, QList<QByteArray>>> sessions {
        { ExamId::StripStartTls, { "EHLO client.example" } },
        { ExamId::StartTlsRefused, { "EHLO client.example", "STARTTLS" } },
        { ExamId::StartTlsInjection, { "EHLO client.example", "STARTTLS" } },
    };
    for (const auto &[id, lines] : sessions) {
        ExamHarness exam(id);
        ExamSession &client = exam.open();
        client.send(lines);
        client.close();
        const QStringList evidence = exam.verdict().evidence;
        QCOMPARE(exam.verdict().result, ExamResult::Pass);
        QVERIFY2(evidence.size() >= 2, qPrintable(evidence.join(u'\n')));
        QVERIFY2(evidence.count(evidence.last()) == 1, qPrintable(evidence.join(u'\n')));
    }
}

void TestExamTls::verdictLogLineAndJson()
{
    ExamHarness exam(ExamId::StripStartTls);
    ExamSession &client = exam.open();
    client.send({ "EHLO client.example", PlainAlice });
    const ExamVerdict verdict = exam.verdict();
    QVERIFY2(verdict.logLine().startsWith(QStringLiteral("exam strip-starttls: FAIL: sent AUTH")),
        qPrintable(verdict.logLine()));
    const QJsonObject json = verdict.toJson();
    QCOMPARE(json.value(QStringLiteral("exam")).toString(), QStringLiteral("strip-starttls"));
    QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("FAIL"));
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), verdict.reason);
    QVERIFY(json.value(QStringLiteral("rfc")).toString().contains(QStringLiteral("RFC 3207")));
    QVERIFY(!json.value(QStringLiteral("correct_client")).toString().isEmpty());
    QCOMPARE(json.value(QStringLiteral("evidence")).toArray().size(), verdict.evidence.size());
}

void TestExamTls::catalogNamesRoundTrip()
{
    const QStringList names = ExamCatalog::names();
    QCOMPARE(names,
        (QStringList { QStringLiteral("strip-starttls"), QStringLiteral("starttls-refused"),
            QStringLiteral("starttls-injection"), QStringLiteral("greylist"), QStringLiteral("disconnect-421"),
            QStringLiteral("auth-fail-then-ok"), QStringLiteral("size-limit") }));
    for (const ExamId id : ExamCatalog::all()) {
        const ExamInfo info = ExamCatalog::info(id);
        QCOMPARE(ExamCatalog::fromName(info.name), std::optional<ExamId>(info.id));
        QVERIFY(!info.title.isEmpty() && !info.serverDoes.isEmpty() && !info.correctClient.isEmpty());
        QVERIFY2(info.rfc.startsWith(QStringLiteral("RFC ")), qPrintable(info.rfc));
    }
    QVERIFY(!ExamCatalog::fromName(QStringLiteral("STRIP-STARTTLS ")).has_value());
    QVERIFY(!ExamCatalog::fromName(QString()).has_value());
}

QTEST_GUILESS_MAIN(TestExamTls)
#include "tst_exam_tls.moc"
