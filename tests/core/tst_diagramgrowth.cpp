// The sequence diagram's layout as it grows: appending entry by entry equals rebuilding, a
// 10 MiB message stays one arrow, the "your turn" arrow stays last, and every entry maps to
// its row.
#include "diagramtesting.h"

#include <QElapsedTimer>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::DiagramTesting;

class TestDiagramGrowth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tenMegabyteMessageIsOneArrow();
    void incrementalAppendEqualsRebuild();
    void rowForEntryFindsTheRow();
    void expectedArrowStaysLast();
};

void TestDiagramGrowth::tenMegabyteMessageIsOneArrow()
{
    Transcript transcript;
    LiveLayout live(&transcript);
    transcript.addClientLine("DATA", false);
    transcript.addReply(Reply(354, { QStringLiteral("go ahead") }), false);
    const QByteArray line(78, 'x'); // 80 octets with CRLF
    const qsizetype lines = 10 * 1024 * 1024 / 80;
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < lines; ++i)
        transcript.addClientLine(line, false);
    const qint64 appendMs = timer.elapsed();
    transcript.addClientLine(".", false);
    transcript.addReply(Reply(250, { QStringLiteral("2.0.0 Ok: queued") }), false);

    const DiagramLayout &layout = live.layout;
    QCOMPARE(layout.arrows().size(), 5); // DATA, 354, message, ".", 250
    QCOMPARE(layout.rows().size(), 5);
    const DiagramArrow &message = layout.arrows().at(2);
    QCOMPARE(message.kind, Kind::Message);
    QCOMPARE(message.messageLines, lines);
    QCOMPARE(message.messageBytes, qint64(10 * 1024 * 1024));
    QCOMPARE(message.label, QStringLiteral("message: %1 lines, 10485760 bytes").arg(lines));
    QCOMPARE(layout.rowForEntry(2 + lines / 2), 2);
    qInfo("appending %lld message lines one by one: %lld ms", qlonglong(lines), appendMs);

    DiagramLayout rebuilt;
    timer.restart();
    rebuilt.rebuild(transcript);
    qInfo("rebuilding from the whole transcript: %lld ms", qlonglong(timer.elapsed()));
    QCOMPARE(rebuilt.arrows(), layout.arrows());
}

void TestDiagramGrowth::incrementalAppendEqualsRebuild()
{
    SimulatorSession session;
    LiveLayout live(session.transcript());
    live.layout.setExpected(QStringLiteral("EHLO client.example.org"));
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    QVERIFY(lesson);
    LessonRunner runner(&session);
    QVERIFY(runner.start(*lesson));
    int checks = 0;
    while (!runner.isFinished()) {
        runner.submit(runner.suggestedLine().toUtf8());
        DiagramLayout rebuilt;
        rebuilt.setExpected(QStringLiteral("EHLO client.example.org"));
        rebuilt.rebuild(*session.transcript());
        QCOMPARE(live.layout.rows(), rebuilt.rows());
        QCOMPARE(live.layout.arrows(), rebuilt.arrows());
        QCOMPARE(live.layout.notes(), rebuilt.notes());
        QCOMPARE(live.layout.tlsBands(), rebuilt.tlsBands());
        for (qsizetype e = 0; e < session.transcript()->size(); ++e)
            QCOMPARE(live.layout.rowForEntry(e), rebuilt.rowForEntry(e));
        ++checks;
    }
    QVERIFY(checks >= 9);
    QVERIFY(live.layout.arrows().size() > 20);
    // An append with nothing new changes nothing; a cleared transcript empties the layout.
    const QList<DiagramArrow> before = live.layout.arrows();
    live.layout.append(*session.transcript(), 0, session.transcript()->size() - 1);
    QCOMPARE(live.layout.arrows(), before);
    QCOMPARE(live.layout.firstChangedRow(), live.layout.rows().size());
    session.transcript()->clear();
    QCOMPARE(live.layout.rows().size(), 1); // only the Expected arrow
}

void TestDiagramGrowth::rowForEntryFindsTheRow()
{
    SimulatorSession session;
    runHandshakeLesson(session);
    DiagramLayout layout;
    layout.rebuild(*session.transcript());
    verifyRowForEveryEntry(layout, *session.transcript());
    QCOMPARE(layout.rowForEntry(-1), -1);
    QCOMPARE(layout.rowForEntry(session.transcript()->size()), -1);
    // The EHLO reply's lines all map to its one row.
    const qsizetype ehloRow = layout.rowForEntry(3);
    const DiagramArrow &ehlo = layout.arrows().at(layout.rows().at(ehloRow).index);
    QVERIFY(ehlo.isMultiLineReply());
    for (qsizetype e = ehlo.firstEntry; e <= ehlo.lastEntry; ++e)
        QCOMPARE(layout.rowForEntry(e), ehloRow);
}

void TestDiagramGrowth::expectedArrowStaysLast()
{
    Transcript transcript;
    LiveLayout live(&transcript);
    DiagramLayout &layout = live.layout;
    transcript.addReply(Reply(220, { QStringLiteral("mail.example.com ESMTP") }), false);
    layout.setExpected(QStringLiteral("EHLO me"));
    QCOMPARE(layout.arrows().constLast().kind, Kind::Expected);
    QCOMPARE(layout.arrows().constLast().label, QStringLiteral("your turn: EHLO me"));
    QCOMPARE(layout.arrows().constLast().firstEntry, -1);
    QCOMPARE(layout.firstChangedRow(), 1);
    transcript.addClientLine("EHLO me", false);
    QCOMPARE(layout.firstChangedRow(), 1); // the new arrow took the Expected arrow's place
    transcript.addReply(Reply(250, { QStringLiteral("mail.example.com") }), false);
    QCOMPARE(layout.arrows().size(), 4);
    QCOMPARE(layout.arrows().constLast().kind, Kind::Expected);
    QCOMPARE(layout.rows().constLast().index, 3);
    QCOMPARE(layout.rowForEntry(2), 2);
    layout.setExpected(QString());
    QCOMPARE(layout.arrows().size(), 3);
    QCOMPARE(countKind(layout, Kind::Expected), 0);
}

QTEST_GUILESS_MAIN(TestDiagramGrowth)
#include "tst_diagramgrowth.moc"
