// The sequence diagram's layout, without widgets: arrows per command and reply, folds, the
// message as one arrow, masking, class marks and times. TLS bands: tst_diagramtls; live growth
// and the entry-to-row lookup: tst_diagramgrowth.
#include "diagramtesting.h"

#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::DiagramTesting;

class TestDiagramLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullLessonHasOneArrowPerCommandAndReply();
    void multiLineReplyIsOneFoldedArrow();
    void messageIsOneArrowFollowedByTheDot();
    void noteInsideTheMessageKeepsOneArrow();
    void twoMessagesReadInOneGoAreBothLabelled();
    void authLinesAreMaskedExactlyAsInTheTranscript();
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
