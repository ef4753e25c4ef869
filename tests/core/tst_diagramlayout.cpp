// The sequence diagram's layout, without widgets: arrows per command and reply, folds, the
// message as one arrow, TLS bands, masking, incremental growth and the entry-to-row lookup.
#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "server/scenario.h"
#include "session/diagramlayout.h"

#include <QElapsedTimer>
#include <QTest>

using namespace SmtpTutor;
using Kind = DiagramArrow::Kind;

namespace {

int countKind(const DiagramLayout &layout, Kind kind)
{
    return int(std::count_if(layout.arrows().cbegin(), layout.arrows().cend(),
        [kind](const DiagramArrow &arrow) { return arrow.kind == kind; }));
}

QStringList labels(const DiagramLayout &layout, Kind kind)
{
    QStringList out;
    for (const DiagramArrow &arrow : layout.arrows())
        if (arrow.kind == kind)
            out.append(arrow.label);
    return out;
}

// A layout fed the way the live views feed it: one append() per entriesAppended signal.
struct LiveLayout
{
    DiagramLayout layout;
    QMetaObject::Connection appended, cleared;
    LiveLayout(Transcript *transcript)
    {
        appended = QObject::connect(transcript, &Transcript::entriesAppended, transcript,
            [this, transcript](qsizetype first, qsizetype last) { layout.append(*transcript, first, last); });
        cleared = QObject::connect(transcript, &Transcript::cleared, transcript,
            [this, transcript] { layout.rebuild(*transcript); });
    }
    ~LiveLayout()
    {
        QObject::disconnect(appended);
        QObject::disconnect(cleared);
    }
};

void runHandshakeLesson(SimulatorSession &session)
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    QVERIFY(lesson);
    LessonRunner runner(&session);
    QVERIFY(runner.start(*lesson));
    while (!runner.isFinished())
        runner.submit(runner.suggestedLine().toUtf8());
}

Scenario scenario(const QString &name)
{
    const std::optional<Scenario> loaded = Scenario::load(name);
    return loaded.value_or(Scenario {});
}

// Every transcript entry is shown by exactly the row rowForEntry() names.
void verifyRowForEveryEntry(const DiagramLayout &layout, const Transcript &transcript)
{
    for (qsizetype e = 0; e < transcript.size(); ++e) {
        const qsizetype row = layout.rowForEntry(e);
        QVERIFY2(row >= 0, qPrintable(QStringLiteral("entry %1 has no row").arg(e)));
        const DiagramRow &r = layout.rows().at(row);
        if (r.type == DiagramRow::Type::Note) {
            QCOMPARE(layout.notes().at(r.index).entry, e);
        } else {
            const DiagramArrow &arrow = layout.arrows().at(r.index);
            QVERIFY2(arrow.firstEntry <= e && e <= arrow.lastEntry,
                qPrintable(QStringLiteral("entry %1 is not in arrow %2 (%3..%4)")
                               .arg(e)
                               .arg(r.index)
                               .arg(arrow.firstEntry)
                               .arg(arrow.lastEntry)));
        }
    }
}

} // namespace

class TestDiagramLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullLessonHasOneArrowPerCommandAndReply();
    void multiLineReplyIsOneFoldedArrow();
    void messageIsOneArrowFollowedByTheDot();
    void noteInsideTheMessageKeepsOneArrow();
    void twoMessagesReadInOneGoAreBothLabelled();
    void tlsBandStartsWhenStartTlsHandshakeCompletes();
    void tlsBandStartsAtFirstEntryWithImplicitTls();
    void tlsBandIsLabelledWithProtocolAndCipher();
    void tlsBandClosesWhenANewConnectionIsInClear();
    void authLinesAreMaskedExactlyAsInTheTranscript();
    void tenMegabyteMessageIsOneArrow();
    void incrementalAppendEqualsRebuild();
    void rowForEntryFindsTheRow();
    void expectedArrowStaysLast();
    void classMarksAndAccessibleNames();
    void timesBetweenArrows();
};

void TestDiagramLayout::fullLessonHasOneArrowPerCommandAndReply()
{
    SimulatorSession session;
    runHandshakeLesson(session);
    DiagramLayout layout;
    layout.rebuild(*session.transcript());

    QCOMPARE(labels(layout, Kind::Command),
        QStringList({ QStringLiteral("EHLO laptop.example.org"), QStringLiteral("STARTTLS"),
            QStringLiteral("EHLO laptop.example.org"), QStringLiteral("AUTH LOGIN"), QStringLiteral("****"),
            QStringLiteral("****"), QStringLiteral("MAIL FROM:<alice@example.com>"),
            QStringLiteral("RCPT TO:<bob@example.com>"), QStringLiteral("DATA"), QStringLiteral("."),
            QStringLiteral("QUIT") }));
    QList<int> codes;
    for (const DiagramArrow &arrow : layout.arrows())
        if (arrow.kind == Kind::Reply)
            codes.append(arrow.replyCode);
    QCOMPARE(codes, QList<int>({ 220, 250, 220, 250, 334, 334, 235, 250, 250, 354, 250, 221 }));
    QCOMPARE(countKind(layout, Kind::Message), 1);
    QCOMPARE(countKind(layout, Kind::Expected), 0);
    // Cross-check against the transcript itself: one reply arrow per reply (its last line).
    int lastLines = 0;
    for (const TranscriptEntry &entry : session.transcript()->entries())
        lastLines += entry.direction == Direction::Server && entry.isLastLineOfReply;
    QCOMPARE(countKind(layout, Kind::Reply), lastLines);
    QCOMPARE(layout.rows().size(), layout.arrows().size() + layout.notes().size());
    QCOMPARE(layout.tlsBands().size(), 1);
}

void TestDiagramLayout::multiLineReplyIsOneFoldedArrow()
{
    Transcript transcript;
    transcript.addReply(Reply(220, { QStringLiteral("mail.example.com ESMTP") }), false);
    transcript.addClientLine("EHLO me", false);
    transcript.addReply(Reply(250,
                            { QStringLiteral("mail.example.com"), QStringLiteral("PIPELINING"),
                                QStringLiteral("SIZE 10240000"), QStringLiteral("STARTTLS") }),
        false);
    DiagramLayout layout;
    layout.rebuild(transcript);
    QCOMPARE(layout.arrows().size(), 3);
    const DiagramArrow &greeting = layout.arrows().at(0);
    QCOMPARE(greeting.label, QStringLiteral("220 mail.example.com ESMTP"));
    QVERIFY(greeting.foldedLines.isEmpty());
    QVERIFY(!greeting.isMultiLineReply());
    const DiagramArrow &ehlo = layout.arrows().at(2);
    QCOMPARE(ehlo.kind, Kind::Reply);
    QCOMPARE(ehlo.label, QStringLiteral("250-mail.example.com (+3 lines)"));
    QCOMPARE(ehlo.foldedLines,
        QStringList({ QStringLiteral("250-mail.example.com"), QStringLiteral("250-PIPELINING"),
            QStringLiteral("250-SIZE 10240000"), QStringLiteral("250 STARTTLS") }));
    QCOMPARE(ehlo.firstEntry, 2);
    QCOMPARE(ehlo.lastEntry, 5);
    QCOMPARE(ehlo.replyCode, 250);
    QCOMPARE(layout.rowForEntry(4), layout.rowForEntry(2));
}

void TestDiagramLayout::messageIsOneArrowFollowedByTheDot()
{
    SimulatorSession session;
    session.setScenario(scenario(QStringLiteral("relay")));
    session.connectToServer();
    for (const char *line : { "EHLO me", "MAIL FROM:<me@example.org>", "RCPT TO:<bob@example.com>", "DATA",
             "Subject: hi", "", "..a stuffed line", "h\xc3\xa9", ".", "QUIT" })
        session.sendLine(line);
    DiagramLayout layout;
    layout.rebuild(*session.transcript());

    QCOMPARE(countKind(layout, Kind::Message), 1);
    qsizetype message = -1;
    for (qsizetype i = 0; i < layout.arrows().size(); ++i)
        if (layout.arrows().at(i).kind == Kind::Message)
            message = i;
    const DiagramArrow &arrow = layout.arrows().at(message);
    QCOMPARE(arrow.messageLines, 4);
    // "Subject: hi" 11, "" 0, "..a stuffed line" 16, "hé" 3 octets; CRLF after each.
    QCOMPARE(arrow.messageBytes, 11 + 0 + 16 + 3 + 4 * 2);
    QCOMPARE(arrow.label, QStringLiteral("message: 4 lines, 38 bytes"));
    QCOMPARE(arrow.accessibleName(), QStringLiteral("message, 4 lines, 38 bytes"));
    QCOMPARE(layout.arrows().at(message - 1).replyCode, 354);
    QCOMPARE(layout.arrows().at(message + 1).label, QStringLiteral("."));
    QCOMPARE(layout.arrows().at(message + 1).kind, Kind::Command);
    QCOMPARE(layout.arrows().at(message + 2).replyCode, 250);
    QCOMPARE(layout.arrows().at(message + 3).label, QStringLiteral("QUIT"));
}

// Two mails in one session, read in one go (an imported transcript, `smtp-tutor-cli diagram`):
// fuzz_diagram found the first message arrow left without its label.
void TestDiagramLayout::twoMessagesReadInOneGoAreBothLabelled()
{
    SimulatorSession session;
    session.setScenario(scenario(QStringLiteral("relay")));
    session.connectToServer();
    for (const char *line : { "EHLO me", "MAIL FROM:<me@example.org>", "RCPT TO:<bob@example.com>", "DATA",
             "Subject: one", "", "first", ".", "MAIL FROM:<me@example.org>", "RCPT TO:<bob@example.com>",
             "DATA", "Subject: two", ".", "QUIT" })
        session.sendLine(line);
    DiagramLayout layout;
    layout.rebuild(*session.transcript());
    QStringList labels;
    for (const DiagramArrow &arrow : layout.arrows())
        if (arrow.kind == Kind::Message)
            labels.append(arrow.label);
    QCOMPARE(labels,
        QStringList({ QStringLiteral("message: 3 lines, 23 bytes"), QStringLiteral("message: 1 line, 14 bytes") }));
}

// The practice server writes a note between message lines when it cuts a long line; the
// message stays one arrow, the note is a separator after it, and every line maps to the arrow.
void TestDiagramLayout::noteInsideTheMessageKeepsOneArrow()
{
    Transcript transcript;
    transcript.addReply(Reply(354, { QStringLiteral("End data with <CR><LF>.<CR><LF>") }), false);
    transcript.addClientLine("first", false);
    transcript.addInfo(QStringLiteral("A message line longer than 1000 octets was cut here into pieces"));
    transcript.addClientLine("second", false);
    transcript.addClientLine("third", false);
    transcript.addClientLine(".", false);
    DiagramLayout layout;
    layout.rebuild(transcript);
    QCOMPARE(countKind(layout, Kind::Message), 1);
    QCOMPARE(layout.arrows().at(1).messageLines, 3);
    QCOMPARE(layout.arrows().at(1).lastEntry, 4);
    QCOMPARE(layout.rows().at(2).type, DiagramRow::Type::Note);
    QCOMPARE(layout.arrows().at(2).label, QStringLiteral("."));
    QCOMPARE(layout.rowForEntry(1), 1);
    QCOMPARE(layout.rowForEntry(2), 2);
    QCOMPARE(layout.rowForEntry(3), 1);
    QCOMPARE(layout.rowForEntry(4), 1);
    QCOMPARE(layout.rowForEntry(5), 3);
    verifyRowForEveryEntry(layout, transcript);
}

void TestDiagramLayout::tlsBandStartsWhenStartTlsHandshakeCompletes()
{
    SimulatorSession session;
    session.setScenario(scenario(QStringLiteral("submission")));
    session.connectToServer();
    session.sendLine("EHLO me");
    session.sendLine("STARTTLS");
    session.sendLine("EHLO me");
    DiagramLayout layout;
    layout.rebuild(*session.transcript());
    QCOMPARE(layout.tlsBands().size(), 1);
    const DiagramTlsBand band = layout.tlsBands().constFirst();
    QCOMPARE(band.lastRow, -1); // open to the end
    // The row before the band is the 220 to STARTTLS, sent in clear; the band's first row is the
    // note that the handshake completed.
    const DiagramRow before = layout.rows().at(band.firstRow - 1);
    QCOMPARE(before.type, DiagramRow::Type::Arrow);
    QCOMPARE(layout.arrows().at(before.index).replyCode, 220);
    QVERIFY(!layout.arrows().at(before.index).tls);
    const DiagramRow first = layout.rows().at(band.firstRow);
    QCOMPARE(first.type, DiagramRow::Type::Note);
    QVERIFY(layout.notes().at(first.index).text.startsWith(QLatin1String("TLS started")));
    QVERIFY(layout.arrows().constLast().tls);
    QCOMPARE(layout.tlsBandForRow(band.firstRow - 1), -1);
    QCOMPARE(layout.tlsBandForRow(layout.rows().size() - 1), 0);
    QCOMPARE(band.displayLabel(), QStringLiteral("TLS")); // the simulator names no cipher
}

void TestDiagramLayout::tlsBandStartsAtFirstEntryWithImplicitTls()
{
    SimulatorSession session;
    session.setScenario(scenario(QStringLiteral("smtps")));
    QVERIFY(session.scenario().implicitTls);
    session.connectToServer();
    session.sendLine("EHLO me");
    DiagramLayout layout;
    layout.rebuild(*session.transcript());
    QCOMPARE(layout.tlsBands().size(), 1);
    // Row 0 is "Connected to ..." (before any byte); the band starts with the next row and
    // holds the greeting.
    QCOMPARE(layout.tlsBands().constFirst().firstRow, 1);
    QCOMPARE(layout.rows().at(0).type, DiagramRow::Type::Note);
    QVERIFY(!layout.notes().at(0).text.contains(QLatin1String("TLS")));
    for (const DiagramArrow &arrow : layout.arrows())
        QVERIFY(arrow.tls);

    // A transcript that is inside TLS from its very first entry gets a band from row 0.
    Transcript recorded;
    recorded.addReply(Reply(220, { QStringLiteral("mail.example.com ESMTP") }), true);
    recorded.addClientLine("QUIT", true);
    layout.rebuild(recorded);
    QCOMPARE(layout.tlsBands().size(), 1);
    QCOMPARE(layout.tlsBands().constFirst().firstRow, 0);
}

// A probe's note names protocol and cipher; the band carries them as its label.
void TestDiagramLayout::tlsBandIsLabelledWithProtocolAndCipher()
{
    Transcript transcript;
    transcript.addInfo(
        QStringLiteral("Connecting to mail.example.com port 465 with TLS from the first byte"));
    transcript.addInfo(QStringLiteral("Connected to 127.0.0.1 port 465 after 2 ms"));
    transcript.addInfo(QStringLiteral("TLS started: TLSv1.3, TLS_AES_256_GCM_SHA384"), true);
    transcript.addReply(Reply(220, { QStringLiteral("mail.example.com ESMTP") }), true);
    DiagramLayout layout;
    layout.rebuild(transcript);
    QCOMPARE(layout.tlsBands().size(), 1);
    QCOMPARE(layout.tlsBands().constFirst().firstRow, 2);
    QCOMPARE(layout.tlsBands().constFirst().label, QStringLiteral("TLSv1.3, TLS_AES_256_GCM_SHA384"));

    Transcript practice; // the practice server's wording, protocol only in a recording
    practice.addInfo(QStringLiteral("Implicit TLS: TLSv1.2, ECDHE-RSA-AES256-GCM-SHA384"), true);
    layout.rebuild(practice);
    QCOMPARE(layout.tlsBands().constFirst().label, QStringLiteral("TLSv1.2, ECDHE-RSA-AES256-GCM-SHA384"));
    Transcript recorded;
    recorded.addInfo(QStringLiteral("TLS started: TLSv1.3"), true);
    layout.rebuild(recorded);
    QCOMPARE(layout.tlsBands().constFirst().label, QStringLiteral("TLSv1.3"));
}

void TestDiagramLayout::tlsBandClosesWhenANewConnectionIsInClear()
{
    SimulatorSession session;
    session.setScenario(scenario(QStringLiteral("submission")));
    session.connectToServer();
    session.sendLine("EHLO me");
    session.sendLine("STARTTLS");
    session.sendLine("EHLO me");
    session.connectToServer(); // "Connection dropped" inside TLS, then a new one in clear
    DiagramLayout layout;
    layout.rebuild(*session.transcript());
    QCOMPARE(layout.tlsBands().size(), 1);
    const DiagramTlsBand band = layout.tlsBands().constFirst();
    QVERIFY(band.lastRow > band.firstRow);
    const DiagramRow last = layout.rows().at(band.lastRow);
    QCOMPARE(last.type, DiagramRow::Type::Note);
    QVERIFY(layout.notes().at(last.index).text.contains(QLatin1String("dropped")));
    QCOMPARE(layout.tlsBandForRow(band.lastRow + 1), -1);
    QVERIFY(!layout.arrows().constLast().tls);
}

void TestDiagramLayout::authLinesAreMaskedExactlyAsInTheTranscript()
{
    Transcript transcript;
    transcript.addClientLine("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", true);
    transcript.addReply(Reply(235, { QStringLiteral("2.7.0 Authentication successful") }), true);
    transcript.addClientLine("AUTH LOGIN", true);
    transcript.addReply(Reply(334, { QStringLiteral("VXNlcm5hbWU6") }), true);
    transcript.addClientLine("YWxpY2U=", true);
    transcript.addReply(Reply(334, { QStringLiteral("UGFzc3dvcmQ6") }), true);
    transcript.addClientLine("d29uZGVybGFuZA==", true);
    DiagramLayout layout;
    layout.rebuild(transcript);
    QStringList shown;
    for (const DiagramArrow &arrow : layout.arrows()) {
        shown << arrow.label << arrow.foldedLines << arrow.accessibleName();
        if (arrow.kind == Kind::Command)
            QCOMPARE(arrow.label, transcript.entries().at(arrow.firstEntry).text);
    }
    QCOMPARE(labels(layout, Kind::Command),
        QStringList({ QStringLiteral("AUTH PLAIN ****"), QStringLiteral("AUTH LOGIN"), QStringLiteral("****"),
            QStringLiteral("****") }));
    const QString all = shown.join(u'\n');
    for (const char *secret : { "AGFsaWNlAHdvbmRlcmxhbmQ=", "YWxpY2U=", "d29uZGVybGFuZA==", "wonderland" })
        QVERIFY2(!all.contains(QLatin1String(secret)), secret);
}

void TestDiagramLayout::tenMegabyteMessageIsOneArrow()
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

void TestDiagramLayout::incrementalAppendEqualsRebuild()
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

void TestDiagramLayout::rowForEntryFindsTheRow()
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

void TestDiagramLayout::expectedArrowStaysLast()
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

void TestDiagramLayout::classMarksAndAccessibleNames()
{
    Transcript transcript;
    transcript.addClientLine("RCPT TO:<bob@example.com>", false);
    transcript.addReply(Reply(250, { QStringLiteral("2.1.5 Ok") }), false);
    transcript.addReply(Reply(354, { QStringLiteral("go ahead") }), false);
    transcript.addReply(Reply(451, { QStringLiteral("4.7.1 try again later") }), false);
    transcript.addReply(Reply(550, { QStringLiteral("5.1.1 no such user") }), false);
    transcript.addReply(Reply(250, { QStringLiteral("first"), QStringLiteral("second") }), false);
    DiagramLayout layout;
    layout.rebuild(transcript);
    const QList<DiagramArrow> &a = layout.arrows();
    QCOMPARE(a.at(0).replyClass(), 0);
    QVERIFY(a.at(0).classMark().isEmpty());
    QCOMPARE(a.at(0).accessibleName(), QStringLiteral("client command RCPT TO:<bob@example.com>"));
    QCOMPARE(a.at(1).replyClass(), 2);
    QCOMPARE(a.at(2).replyClass(), 3);
    QCOMPARE(a.at(3).replyClass(), 4);
    QCOMPARE(a.at(4).replyClass(), 5);
    QSet<QString> marks;
    for (int i = 1; i <= 4; ++i)
        marks.insert(a.at(i).classMark());
    QCOMPARE(marks.size(), 4); // four classes, four different marks
    QVERIFY(!marks.contains(QString()));
    QCOMPARE(a.at(1).accessibleName(), QStringLiteral("server reply 250 2.1.5 Ok"));
    QCOMPARE(a.at(5).label, QStringLiteral("250-first (+1 line)"));
    QCOMPARE(a.at(5).accessibleName(), QStringLiteral("server reply 250-first and 1 more line"));
}

void TestDiagramLayout::timesBetweenArrows()
{
    Transcript transcript;
    transcript.addReply(Reply(220, { QStringLiteral("hi") }), false);
    QTest::qWait(30);
    transcript.addClientLine("QUIT", false);
    DiagramLayout layout;
    layout.rebuild(transcript);
    QCOMPARE(layout.arrows().at(0).sincePreviousMs, -1);
    QVERIFY(layout.arrows().at(1).sincePreviousMs >= 25);
    QCOMPARE(layout.arrows().at(1).sincePreviousMs,
        transcript.entries().at(1).elapsedMs - transcript.entries().at(0).elapsedMs);
}

QTEST_GUILESS_MAIN(TestDiagramLayout)
#include "tst_diagramlayout.moc"
