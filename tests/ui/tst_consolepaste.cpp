// The console's command line and a pasted block of several lines: each line becomes one
// command, shown and sent in turn. A line break never reaches the server inside a command.

#include "commandlineedit.h"
#include "consolewidget.h"
#include "lesson/simulatorsession.h"
#include "server/scenario.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QTest>

using namespace SmtpTutor;

class TestConsolePaste : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pastedBlockBecomesSeveralCommands();
    void pastedMessageKeepsItsBlankLine();

private:
    static QStringList clientLines(const Transcript &transcript);
};

QStringList TestConsolePaste::clientLines(const Transcript &transcript)
{
    QStringList lines;
    for (const TranscriptEntry &entry : transcript.entries()) {
        if (entry.direction == Direction::Client)
            lines.append(entry.text);
    }
    return lines;
}

void TestConsolePaste::pastedBlockBecomesSeveralCommands()
{
    SimulatorSession session;
    session.connectToServer();
    ConsoleWidget console(&session);
    console.show();
    CommandLineEdit *edit = console.commandLine();
    edit->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("EHLO laptop.example.org\r\nMAIL FROM:<a@example.com>\nRCPT TO:<bob@exa"));
    QTest::keySequence(edit, QKeySequence::Paste);

    QTRY_COMPARE(clientLines(*session.transcript()),
                 (QStringList{QStringLiteral("EHLO laptop.example.org"), QStringLiteral("MAIL FROM:<a@example.com>")}));
    // Each command got its own reply; none has a line break inside.
    int replies = 0;
    for (const TranscriptEntry &entry : session.transcript()->entries()) {
        QVERIFY(!entry.text.contains(u'\n') && !entry.text.contains(u'\r'));
        if (entry.direction == Direction::Server && entry.isLastLineOfReply)
            ++replies;
    }
    QCOMPARE(replies, 3); // greeting, EHLO, MAIL
    // The unfinished last line stays in the field for the learner to complete.
    QCOMPARE(edit->text(), QStringLiteral("RCPT TO:<bob@exa"));
    QVERIFY(edit->history().contains(QStringLiteral("MAIL FROM:<a@example.com>")));
}

void TestConsolePaste::pastedMessageKeepsItsBlankLine()
{
    SimulatorSession session;
    const std::optional<Scenario> relay = Scenario::load(QStringLiteral("relay"));
    QVERIFY(relay);
    session.setScenario(*relay); // takes mail for bob@example.com without a login
    session.connectToServer();
    ConsoleWidget console(&session);
    console.show();
    CommandLineEdit *edit = console.commandLine();
    edit->setText(QStringLiteral("EHLO me.example\nMAIL FROM:<a@example.com>\nRCPT TO:<bob@example.com>\nDATA\n"
                                 "Subject: hi\n\nHello.\n.\n"));
    QTRY_VERIFY2(clientLines(*session.transcript()).contains(QStringLiteral(".")), qPrintable(session.transcript()->toText()));
    const QStringList lines = clientLines(*session.transcript());
    // Between DATA and "." every line is message text, the empty one that ends the headers too.
    const qsizetype subject = lines.indexOf(QStringLiteral("Subject: hi"));
    QVERIFY(subject > 0);
    QCOMPARE(lines.at(subject + 1), QString());
    QCOMPARE(lines.at(subject + 2), QStringLiteral("Hello."));
    QVERIFY(!edit->isMessageMode()); // the "." ended the message
    QVERIFY(edit->text().isEmpty());
}

QTEST_MAIN(TestConsolePaste)
#include "tst_consolepaste.moc"
