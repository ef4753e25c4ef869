// The console can replay a recorded real server, not only play a scenario: SimulatorSession
// drives any SmtpResponder, a ReplayEngine as well as a ServerEngine. The recording is the
// real test Postfix's submission session in tests/integration/data/.

#include "lesson/simulatorsession.h"
#include "server/replayscenario.h"
#include "session/transcript.h"

#include <QTest>

using namespace SmtpTutor;

namespace {
QString recordingFile()
{
    return QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/tests/integration/data/postfix-submission-session.json");
}

ReplayScenario loadRecording()
{
    QString error;
    std::optional<ReplayScenario> replay = ReplayScenario::load(recordingFile(), &error);
    if (!replay)
        qFatal("cannot load the recording: %s", qPrintable(error));
    return *replay;
}

QString firstLine(const QList<ServerResponse> &responses)
{
    return responses.isEmpty() ? QString()
                               : QString::fromUtf8(responses.first().reply.toWire()).split(QStringLiteral("\r\n")).first();
}
} // namespace

class TestSimulatorReplay : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consoleAnswersWithTheRecordedServersWords();
    void personalityDoesNotApplyToARecording();
    void newSessionKeepsReplayingAndAScenarioEndsIt();
};

void TestSimulatorReplay::consoleAnswersWithTheRecordedServersWords()
{
    SimulatorSession session;
    session.setReplay(loadRecording());
    QVERIFY(session.isReplaying());
    QCOMPARE(session.replaySource(), recordingFile());
    session.connectToServer();
    QVERIFY(session.isConnected());
    const QList<TranscriptEntry> &entries = session.transcript()->entries();
    bool greeted = false;
    for (const TranscriptEntry &entry : entries)
        greeted = greeted || entry.text == QStringLiteral("220 mail.example.com ESMTP Postfix (Debian/GNU)");
    QVERIFY2(greeted, "the recorded greeting, word for word");

    // The recorded Postfix refused MAIL before STARTTLS on its submission port.
    QCOMPARE(session.sendLine("EHLO laptop.example.org").first().reply.code(), 250);
    QCOMPARE(firstLine(session.sendLine("MAIL FROM:<alice@example.com>")),
        QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"));
    QCOMPARE(firstLine(session.sendLine("STARTTLS")), QStringLiteral("220 2.0.0 Ready to start TLS"));
    QVERIFY(session.engine()->isTlsActive()); // the session did the TLS switch for the replay too
    QCOMPARE(session.sendLine("EHLO laptop.example.org").first().reply.code(), 250);
    QCOMPARE(firstLine(session.sendLine("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=")),
        QStringLiteral("235 2.7.0 Authentication successful"));
    QCOMPARE(session.engine()->phase(), SessionPhase::Identified);
}

void TestSimulatorReplay::personalityDoesNotApplyToARecording()
{
    SimulatorSession session;
    session.setReplay(loadRecording());
    session.setPersonality(PersonaId::Exim);
    QVERIFY(session.isReplaying());
    session.connectToServer();
    // Exim would say "550 relay not permitted"-style words without enhanced codes; the
    // recording keeps Postfix's.
    QCOMPARE(session.sendLine("EHLO laptop.example.org").first().reply.code(), 250);
    QCOMPARE(firstLine(session.sendLine("MAIL FROM:<alice@example.com>")),
        QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"));
}

void TestSimulatorReplay::newSessionKeepsReplayingAndAScenarioEndsIt()
{
    SimulatorSession session;
    session.setReplay(loadRecording());
    session.connectToServer();
    session.sendLine("EHLO laptop.example.org");
    session.restart();
    QVERIFY(session.isReplaying());
    QVERIFY(!session.isConnected());
    QVERIFY(session.transcript()->entries().isEmpty());
    session.connectToServer();
    QCOMPARE(session.transcript()->entries().last().text,
        QStringLiteral("220 mail.example.com ESMTP Postfix (Debian/GNU)"));

    auto relay = Scenario::load(QStringLiteral("relay"));
    QVERIFY(relay);
    session.setScenario(*relay);
    QVERIFY(!session.isReplaying());
    QVERIFY(session.replaySource().isEmpty());
    session.connectToServer();
    QVERIFY(session.transcript()->entries().size() >= 2);
    QVERIFY(session.transcript()->entries().last().text.startsWith(QStringLiteral("220 ")));
    QVERIFY(!session.transcript()->entries().last().text.contains(QStringLiteral("Debian/GNU")));
}

QTEST_GUILESS_MAIN(TestSimulatorReplay)
#include "tst_simulatorreplay.moc"
