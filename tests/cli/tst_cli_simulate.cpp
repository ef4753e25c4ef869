// smtp-tutor-cli simulate, run as a real process: wire format, scenarios, --explain, exit codes.

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCliSimulate : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList &arguments, const QByteArray &input, bool closeInput = true)
    {
        QProcess process;
        process.start(QStringLiteral(SMTP_TUTOR_CLI), QStringList { QStringLiteral("simulate") } + arguments);
        Run result;
        if (!process.waitForStarted(10000))
            return result;
        process.write(input);
        if (closeInput)
            process.closeWriteChannel();
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished(5000);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // "250 2.1.0" for every reply's last line, in order.
    static QStringList codes(const QByteArray &out)
    {
        QStringList result;
        for (const QByteArray &line : out.split('\n')) {
            if (line.size() >= 4 && line.at(3) == ' ') {
                const QList<QByteArray> words = line.trimmed().split(' ');
                QString code = QString::fromLatin1(words.at(0));
                if (words.size() > 1 && words.at(1).count('.') == 2 && words.at(1).at(0) >= '2'
                    && words.at(1).at(0) <= '5')
                    code += u' ' + QString::fromLatin1(words.at(1));
                result << code;
            } else if (line.size() == 4 && line.endsWith('\r')) {
                result << QString::fromLatin1(line.left(3));
            }
        }
        return result;
    }

private Q_SLOTS:
    void wireFormat();
    void dialogs_data();
    void dialogs();
    void lfOnlyInputAndEndOfInput();
    void explainGoesToStderr();
    void quitEndsTheProcessWithInputOpen();
    void userScenarioFile();
    void usageErrors();
    void listScenarios();
    void recordedSessionReplays();
    void personality();
};

void TestCliSimulate::wireFormat()
{
    const Run r = run({}, "EHLO me\r\nQUIT\r\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("220 mail.example.com "));
    // Every line ends in CRLF, and there is no bare LF.
    QVERIFY(r.out.endsWith("221 2.0.0 Bye\r\n"));
    QCOMPARE(r.out.count('\n'), r.out.count("\r\n"));
    QVERIFY(r.out.contains("\r\n250-mail.example.com\r\n250-PIPELINING\r\n"));
    QVERIFY(r.out.contains("\r\n250 SMTPUTF8\r\n"));
    QVERIFY(r.err.isEmpty());
}

void TestCliSimulate::dialogs_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("relay transaction") << "relay"
                                       << QByteArray("EHLO me\r\nMAIL FROM:<a@example.org>\r\nRCPT "
                                                     "TO:<alice@example.com>\r\nRCPT TO:<x@foreign.org>\r\n"
                                                     "DATA\r\nSubject: hi\r\n\r\n..dot\r\n.\r\nQUIT\r\n")
                                       << QStringList { "220", "250", "250 2.1.0", "250 2.1.5", "554 5.7.1",
                                              "354", "250 2.0.0", "221 2.0.0" };
    QTest::newRow("submission with simulated TLS")
        << "submission"
        << QByteArray("EHLO me\r\nMAIL FROM:<a@example.org>\r\nSTARTTLS\r\nEHLO me\r\nAUTH PLAIN "
                      "AGFsaWNlAHdvbmRlcmxhbmQ=\r\n"
                      "MAIL FROM:<alice@example.com>\r\nRCPT TO:<x@foreign.org>\r\nQUIT\r\n")
        << QStringList { "220", "250", "530 5.7.0", "220 2.0.0", "250", "235 2.7.0", "250 2.1.0", "250 2.1.5",
               "221 2.0.0" };
    QTest::newRow("blacklisted") << "blacklisted" << QByteArray("EHLO me\r\nQUIT\r\n")
                                 << QStringList { "554 5.7.1", "503 5.5.1", "221 2.0.0" };
    QTest::newRow("shutting down") << "shutting-down"
                                   << QByteArray("EHLO me\r\nMAIL FROM:<a@example.org>\r\nNOOP\r\n")
                                   << QStringList { "220", "250", "421 4.3.2" };
    QTest::newRow("AUTH LOGIN") << "smtps"
                                << QByteArray(
                                       "EHLO me\r\nAUTH LOGIN\r\nYWxpY2U=\r\nd29uZGVybGFuZA==\r\nQUIT\r\n")
                                << QStringList { "220", "250", "334", "334", "235 2.7.0", "221 2.0.0" };
}

void TestCliSimulate::dialogs()
{
    QFETCH(QString, scenario);
    QFETCH(QByteArray, input);
    QFETCH(QStringList, expected);
    const Run r = run({ QStringLiteral("--scenario"), scenario }, input);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(codes(r.out), expected);
}

void TestCliSimulate::lfOnlyInputAndEndOfInput()
{
    // Bare LF line ends are accepted; the end of input ends the session with status 0.
    const Run r = run({}, "EHLO me\nMAIL FROM:<a@example.org>\nRCPT TO:<nobody@example.com>");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(codes(r.out), (QStringList { "220", "250", "250 2.1.0", "550 5.1.1" }));
}

void TestCliSimulate::explainGoesToStderr()
{
    const Run r = run({ QStringLiteral("--explain") }, "MAIL FROM:<a@example.org>\r\nQUIT\r\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(codes(r.out), (QStringList { "220", "503 5.5.1", "221 2.0.0" }));
    const QList<QByteArray> notes = r.err.trimmed().split('\n');
    QCOMPARE(notes.size(), 3);
    for (const QByteArray &note : notes)
        QVERIFY2(note.startsWith("# ") && note.contains("[RFC "), note.constData());
    QVERIFY(notes.at(1).contains("EHLO"));
    QVERIFY(!r.out.contains('#'));
}

void TestCliSimulate::quitEndsTheProcessWithInputOpen()
{
    // After QUIT the program must exit even though standard input stays open.
    const Run r = run({}, "QUIT\r\n", false);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(codes(r.out), (QStringList { "220", "221 2.0.0" }));
}

void TestCliSimulate::userScenarioFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lab.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"hostname": "mx.lab.test", "localDomains": ["lab.test"], "mailboxes": ["root"]})");
    file.close();
    const Run r = run({ QStringLiteral("--scenario"), path },
        "EHLO me\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<root@lab.test>\r\nRCPT TO:<alice@example.com>\r\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("220 mx.lab.test "));
    QCOMPARE(codes(r.out), (QStringList { "220", "250", "250 2.1.0", "250 2.1.5", "554 5.7.1" }));
}

void TestCliSimulate::usageErrors()
{
    Run r = run({ QStringLiteral("--scenario"), QStringLiteral("no-such-thing") }, "QUIT\r\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("no-such-thing"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"port\": \"twenty-five\"}");
    file.close();
    r = run({ QStringLiteral("--scenario"), path }, "QUIT\r\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("'port'"));

    r = run({ QStringLiteral("--frobnicate") }, "");
    QCOMPARE(r.exitCode, 2);
}

void TestCliSimulate::personality()
{
    // Without --scenario, Exim plays the reference Exim's one port; its words, no enhanced codes.
    Run r = run({ QStringLiteral("--personality"), QStringLiteral("exim") },
        "EHLO me\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<x@foreign.org>\r\nQUIT\r\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(codes(r.out), (QStringList { "220", "250", "250", "550", "221" }));
    QVERIFY(r.out.contains("250-SIZE 52428800\r\n"));
    QVERIFY(r.out.contains("550 relay not permitted\r\n"));
    // A fault scenario plays with either personality.
    r = run({ QStringLiteral("--personality"), QStringLiteral("EXIM"), QStringLiteral("--scenario"),
                QStringLiteral("unknown-user") },
        "EHLO me\r\nMAIL FROM:<a@example.org>\r\nRCPT TO:<nobody@example.com>\r\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("550 Unknown user\r\n"));
    r = run({ QStringLiteral("--personality"), QStringLiteral("postfix") }, "QUIT\r\n");
    QCOMPARE(codes(r.out), (QStringList { "220", "221 2.0.0" }));
    r = run({ QStringLiteral("--personality"), QStringLiteral("sendmail") }, "QUIT\r\n");
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("postfix or exim"));
}

void TestCliSimulate::listScenarios()
{
    const Run r = run({ QStringLiteral("--list-scenarios") }, "");
    QCOMPARE(r.exitCode, 0);
    for (const char *name : { "relay", "submission", "smtps", "greylist", "mailbox-full", "unknown-user",
             "blacklisted", "shutting-down", "size-limit", "auth-required" })
        QVERIFY2(r.out.contains(name), name);
}

void TestCliSimulate::recordedSessionReplays()
{
    // A session recorded from the real Postfix answers as that server did, texts included.
    const QString recording = QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/tests/integration/data/postfix-plain-session.json");
    const Run r = run({ QStringLiteral("--scenario"), recording },
        "EHLO client.example.org\r\nMAIL FROM:<bob@example.com>\r\nRCPT TO:<nobody@example.com>\r\nQUIT\r\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("220 mail.example.com ESMTP Postfix (Debian/GNU)\r\n"), r.out.constData());
    QVERIFY(r.out.contains("250 CHUNKING\r\n"));
    QVERIFY(r.out.contains("550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table\r\n"));
    QCOMPARE(codes(r.out), (QStringList { "220", "250", "250 2.1.0", "550 5.1.1", "221 2.0.0" }));
}

QTEST_GUILESS_MAIN(TestCliSimulate)
#include "tst_cli_simulate.moc"

