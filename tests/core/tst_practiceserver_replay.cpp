// Replay: a session recorded from the real test Postfix opens as a scenario, and the practice
// server then answers as that Postfix did. The recordings are in tests/integration/data/ (made
// from tools/postfix/start's Postfix 3.7; tst_practice_postfix records a fresh one and replays it).

#include "core/practicetestclient.h"
#include "practice/practicecertificate.h"
#include "practice/practiceconnection.h"
#include "practice/practiceserver.h"
#include "server/replayscenario.h"
#include "session/transcript.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;
using SmtpTutor::Testing::PracticeTestClient;

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/tests/integration/data/") + QLatin1String(name);
}

QJsonArray transcriptOf(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(in.readAll()).object().value(QLatin1String("transcript")).toArray();
}
} // namespace

class TestPracticeReplay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<QSslConfiguration> m_tls;
    QList<QSslCertificate> m_trusted;

    std::unique_ptr<PracticeServer> replayServer(const ReplayScenario &replay)
    {
        auto server = std::make_unique<PracticeServer>(replayResponderFactory(replay));
        server->setTlsConfiguration(*m_tls);
        if (!server->listen(QHostAddress::LocalHost, 0))
            qFatal("cannot listen");
        return server;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(PracticeCertificate::ensureBlocking(m_dir.path(), &error), qPrintable(error));
        m_tls
            = PracticeCertificate::loadServerConfiguration(PracticeCertificate::certificatePath(m_dir.path()),
                PracticeCertificate::keyPath(m_dir.path()), &error);
        QVERIFY(m_tls);
        m_trusted = QSslCertificate::fromPath(PracticeCertificate::certificatePath(m_dir.path()));
    }

    void recognisesRecordingsButNotScenarios()
    {
        QVERIFY(ReplayScenario::looksLikeRecording(dataFile("postfix-plain-session.json")));
        QVERIFY(!ReplayScenario::looksLikeRecording(
            QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/resources/scenarios/relay.json")));
        QVERIFY(!ReplayScenario::looksLikeRecording(QStringLiteral("/nonexistent.json")));
        QString error;
        QVERIFY(!ReplayScenario::fromJson(QJsonDocument::fromJson("[]"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!ReplayScenario::fromJson(
            QJsonDocument::fromJson(R"([{"dir":"server","text":"hello there"}])"), &error));
        QVERIFY2(error.contains(QStringLiteral("not an SMTP reply")), qPrintable(error));
    }

    void derivesTheScenarioFromTheRecording()
    {
        QString error;
        const std::optional<ReplayScenario> replay
            = ReplayScenario::load(dataFile("postfix-submission-session.json"), &error);
        QVERIFY2(replay, qPrintable(error));
        QCOMPARE(replay->greeting.code(), 220);
        QCOMPARE(replay->scenario.hostname, QStringLiteral("mail.example.com"));
        QVERIFY(replay->scenario.offersStartTls);
        QVERIFY(!replay->scenario.implicitTls);
        QCOMPARE(replay->scenario.maxMessageSize, qint64(10485760));
        QCOMPARE(replay->scenario.authMechanisms,
            (QStringList { QStringLiteral("PLAIN"), QStringLiteral("LOGIN") }));
        // MAIL before TLS (530), then MAIL after AUTH (250): two MAIL exchanges, one per TLS state.
        int mails = 0;
        for (const ReplayScenario::Exchange &exchange : replay->exchanges)
            mails += exchange.key == QLatin1String("MAIL");
        QCOMPARE(mails, 2);
    }

    void plainPostfixSessionReplaysWithTheSameReplies()
    {
        QString error;
        const std::optional<ReplayScenario> replay
            = ReplayScenario::load(dataFile("postfix-plain-session.json"), &error);
        QVERIFY2(replay, qPrintable(error));
        auto server = replayServer(*replay);
        const QStringList problems = Testing::replayClientSide(
            transcriptOf(dataFile("postfix-plain-session.json")), server->port(), m_trusted);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QTRY_COMPARE(server->messages().size(), 1);
        const PracticeMessage &message = server->messages().first();
        QCOMPARE(message.message.queueId, QStringLiteral("5BEC6A72120")); // the recorded queue id
        QVERIFY(message.body().contains("\r\n.a line that starts with a dot")); // dot-unstuffed
    }

    void submissionSessionWithStartTlsReplays()
    {
        QString error;
        const std::optional<ReplayScenario> replay
            = ReplayScenario::load(dataFile("postfix-submission-session.json"), &error);
        QVERIFY2(replay, qPrintable(error));
        auto server = replayServer(*replay);
        QSignalSpy added(server.get(), &PracticeServer::connectionAdded);
        const QStringList problems = Testing::replayClientSide(
            transcriptOf(dataFile("postfix-submission-session.json")), server->port(), m_trusted);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QTRY_COMPARE(server->messages().size(), 1);
        QVERIFY(server->messages().first().message.overTls);
        QVERIFY(server->connection(added.first().at(0).toInt())->isTlsActive());
    }

    void varyingTheSessionUsesRecordedRepliesByVerbAndTheEngineForTheRest()
    {
        QString error;
        const std::optional<ReplayScenario> replay
            = ReplayScenario::load(dataFile("postfix-plain-session.json"), &error);
        QVERIFY(replay);
        auto server = replayServer(*replay);
        QSignalSpy added(server.get(), &PracticeServer::connectionAdded);
        PracticeTestClient client(m_trusted);
        QVERIFY(client.connectPlain(server->port()));
        QCOMPARE(client.readReply()->code(), 220);
        QCOMPARE(client.command("EHLO learner.example"), 250);
        QCOMPARE(client.command("MAIL FROM:<someone@example.com>"), 250);
        Reply reply;
        // The recording's RCPTs came back 250, 550, 554: a learner's RCPTs get them in order,
        // then the last one again.
        QCOMPARE(client.command("RCPT TO:<x@example.com>"), 250);
        QCOMPARE(client.command("RCPT TO:<y@example.com>", &reply), 550);
        QVERIFY(reply.text().contains(QStringLiteral("User unknown")));
        QCOMPARE(client.command("RCPT TO:<z@example.com>"), 554);
        QCOMPARE(client.command("RCPT TO:<w@example.com>"), 554);
        // HELP never happened in the recording: the simulator answers, and says so.
        const int help = client.command("HELP");
        QVERIFY(help >= 200 && help < 600);
        QCOMPARE(client.command("QUIT"), 221);
        QVERIFY(client.waitClosed());
        const Transcript *transcript = server->connection(added.first().at(0).toInt())->transcript();
        bool explained = false;
        for (const TranscriptEntry &entry : transcript->entries())
            explained
                = explained || entry.explanation.contains(QStringLiteral("recording has no such command"));
        QVERIFY(explained);
    }

    void anExportedTranscriptReplaysToo()
    {
        // Transcript::toJson() output (what the GUI exports) is a recording as well.
        const QJsonArray recorded = transcriptOf(dataFile("postfix-plain-session.json"));
        Transcript transcript;
        ReplyParser parser;
        for (const QJsonValue &value : recorded) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("dir")).toString() == QLatin1String("client")) {
                transcript.addClientLine(entry.value(QLatin1String("text")).toString().toUtf8(), false);
            } else if (entry.value(QLatin1String("dir")).toString() == QLatin1String("server")) {
                parser.feed(entry.value(QLatin1String("text")).toString().toUtf8() + "\r\n");
                while (std::optional<Reply> reply = parser.takeReply())
                    transcript.addReply(*reply, false);
            }
        }
        transcript.addInfo(QStringLiteral("a note, skipped by the replay"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("exported.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(transcript.toJson()).toJson());
        out.close();
        QVERIFY(ReplayScenario::looksLikeRecording(file));
        QString error;
        const std::optional<ReplayScenario> replay = ReplayScenario::load(file, &error);
        QVERIFY2(replay, qPrintable(error));
        const std::optional<ReplayScenario> original
            = ReplayScenario::load(dataFile("postfix-plain-session.json"));
        QCOMPARE(replay->greeting, original->greeting);
        QCOMPARE(replay->exchanges.size(), original->exchanges.size());
        for (qsizetype i = 0; i < replay->exchanges.size(); ++i) {
            QCOMPARE(replay->exchanges.at(i).key, original->exchanges.at(i).key);
            QCOMPARE(replay->exchanges.at(i).reply, original->exchanges.at(i).reply);
        }
    }
};

QTEST_MAIN(TestPracticeReplay)
#include "tst_practiceserver_replay.moc"
