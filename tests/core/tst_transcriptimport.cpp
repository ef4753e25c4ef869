// Reading a recorded session (probe report or exported transcript) back into a Transcript.
#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "session/transcriptimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SmtpTutor;

class TestTranscriptImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportedLessonReadsBackTheSame();
    void probeReportGivesTheHost();
    void unmaskedCredentialsAreMaskedOnTheWayIn();
    void linesWithTheirCodeApart();
    void refusesWhatIsNotARecording_data();
    void refusesWhatIsNotARecording();
};

// Transcript::toJson and back: every entry's direction, text, TLS state, code, reply
// boundaries and time survive; so does the explanation on a reply's last line.
void TestTranscriptImport::exportedLessonReadsBackTheSame()
{
    SimulatorSession session;
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    QVERIFY(lesson);
    LessonRunner runner(&session);
    QVERIFY(runner.start(*lesson));
    while (!runner.isFinished())
        runner.submit(runner.suggestedLine().toUtf8());
    const Transcript &original = *session.transcript();
    const QByteArray json = QJsonDocument(original.toJson()).toJson();

    Transcript copy;
    const TranscriptImport::Result result = TranscriptImport::read(json, &copy);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.isProbeReport);
    QCOMPARE(result.host, QStringLiteral("mail.example.com")); // from the greeting
    QCOMPARE(copy.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        const TranscriptEntry &a = original.entries().at(i);
        const TranscriptEntry &b = copy.entries().at(i);
        QCOMPARE(b.direction, a.direction);
        QCOMPARE(b.text, a.text);
        QCOMPARE(b.tls, a.tls);
        QCOMPARE(b.replyCode, a.replyCode);
        QCOMPARE(b.isLastLineOfReply, a.isLastLineOfReply);
        QCOMPARE(b.elapsedMs, a.elapsedMs);
        QCOMPARE(b.explanation, a.explanation);
    }
    QCOMPARE(copy.toJson(), original.toJson());
}

void TestTranscriptImport::probeReportGivesTheHost()
{
    const QByteArray report = R"json({"ok": true, "host": "mx.example.org", "port": 25, "transcript": [
        {"t_ms": 0, "dir": "info", "text": "Connecting to mx.example.org port 25", "tls": false},
        {"t_ms": 40, "dir": "server", "text": "220 other.example.net ESMTP", "code": 220, "tls": false}]})json";
    Transcript transcript;
    const TranscriptImport::Result result = TranscriptImport::read(report, &transcript);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.isProbeReport);
    QCOMPARE(result.host, QStringLiteral("mx.example.org"));
    QCOMPARE(transcript.size(), 2);
    QCOMPARE(transcript.entries().at(1).elapsedMs, 40);
}

void TestTranscriptImport::unmaskedCredentialsAreMaskedOnTheWayIn()
{
    const QByteArray recording = R"json([
        {"dir": "->", "text": "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ="},
        {"dir": "<-", "text": "334 UGFzc3dvcmQ6"},
        {"dir": "->", "text": "d29uZGVybGFuZA=="}])json";
    Transcript transcript;
    QVERIFY(TranscriptImport::read(recording, &transcript).ok);
    QCOMPARE(transcript.entries().at(0).text, QStringLiteral("AUTH PLAIN ****"));
    QCOMPARE(transcript.entries().at(2).text, QStringLiteral("****"));
    const QString all = QString::fromUtf8(QJsonDocument(transcript.toJson()).toJson());
    QVERIFY(!all.contains(QLatin1String("AGFsaWNl")));
    QVERIFY(!all.contains(QLatin1String("d29uZGVy")));
}

// Other recorders keep the code apart from the text and mark continued lines with "more".
void TestTranscriptImport::linesWithTheirCodeApart()
{
    const QByteArray recording = R"json([
        {"dir": "s", "text": "mail.example.com", "code": 250, "more": true, "tls": true},
        {"dir": "s", "text": "STARTTLS", "code": 250}])json";
    Transcript transcript;
    QVERIFY(TranscriptImport::read(recording, &transcript).ok);
    QCOMPARE(transcript.size(), 2);
    QCOMPARE(transcript.entries().at(0).text, QStringLiteral("250-mail.example.com"));
    QVERIFY(!transcript.entries().at(0).isLastLineOfReply);
    QCOMPARE(transcript.entries().at(1).text, QStringLiteral("250 STARTTLS"));
    QVERIFY(transcript.entries().at(1).tls); // the TLS state carries on until a line says otherwise
}

void TestTranscriptImport::refusesWhatIsNotARecording_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("text") << QByteArray("EHLO me") << QStringLiteral("not JSON");
    QTest::newRow("object without transcript")
        << QByteArray(R"({"a": 1})") << QStringLiteral("no transcript");
    QTest::newRow("empty array") << QByteArray("[]") << QStringLiteral("no transcript");
    QTest::newRow("no text") << QByteArray(R"([{"dir": "client"}])") << QStringLiteral("entry 1");
    QTest::newRow("bad reply") << QByteArray(R"([{"dir": "server", "text": "999 nope"}])")
                               << QStringLiteral("not an SMTP reply line");
    QTest::newRow("too large") << QByteArray(TranscriptImport::MaxInputSize + 1, ' ')
                               << QStringLiteral("larger than");
}

void TestTranscriptImport::refusesWhatIsNotARecording()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);
    Transcript transcript;
    const TranscriptImport::Result result = TranscriptImport::read(input, &transcript);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestTranscriptImport)
#include "tst_transcriptimport.moc"
