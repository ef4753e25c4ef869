// `smtp-tutor-cli explain` as a user runs it: the real executable through QProcess.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCliExplain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void json_data();
    void json();
    void notRecognised_data();
    void notRecognised();
    void usageErrors_data();
    void usageErrors();
    void help();
    void standardInput();

private:
    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList &arguments, const QByteArray &input = {});
};

TestCliExplain::Result TestCliExplain::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(SMTP_TUTOR_CLI), QStringList { QStringLiteral("explain") } + arguments);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    Result result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCliExplain::text_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("reply line") << QStringList { QStringLiteral(
        "550 5.1.1 <x@example.com>: Recipient address rejected") }
                                << QStringList { QStringLiteral("Reply code 550"),
                                       QStringLiteral("permanent"), QStringLiteral("Enhanced code 5.1.1"),
                                       QStringLiteral("What to do"), QStringLiteral("RFC 5321 s.4.2.3") };
    // Unquoted words are joined back into one line.
    QTest::newRow("unquoted words") << QStringList { QStringLiteral("450"), QStringLiteral("4.7.1"),
        QStringLiteral("Greylisted") }
                                    << QStringList { QStringLiteral("Reply code 450"),
                                           QStringLiteral("temporary"),
                                           QStringLiteral("Enhanced code 4.7.1") };
    QTest::newRow("421") << QStringList { QStringLiteral("421") }
                         << QStringList { QStringLiteral("Reply code 421"), QStringLiteral("Common causes") };
    QTest::newRow("5.7.1") << QStringList { QStringLiteral("5.7.1") }
                           << QStringList { QStringLiteral("Enhanced code 5.7.1"),
                                  QStringLiteral("Security or policy") };
    QTest::newRow("5.7.8") << QStringList { QStringLiteral("5.7.8") }
                           << QStringList { QStringLiteral("credentials"), QStringLiteral("RFC 4954") };
    QTest::newRow("587") << QStringList { QStringLiteral("587") }
                         << QStringList { QStringLiteral("Port 587"), QStringLiteral("STARTTLS"),
                                QStringLiteral("RFC 6409") };
    QTest::newRow("2525") << QStringList { QStringLiteral("2525") }
                          << QStringList { QStringLiteral("Port 2525"), QStringLiteral("not a standard") };
    QTest::newRow("command") << QStringList { QStringLiteral(
        "starttls") } << QStringList { QStringLiteral("Command STARTTLS"), QStringLiteral("RFC 3207") };
}

void TestCliExplain::text()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QString flat = result.out.simplified();
    for (const QString &piece : expected)
        QVERIFY2(flat.contains(piece), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(piece, result.out)));
    // Readable in a terminal: wrapped at 78 columns by default.
    for (const QString &line : result.out.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 78 || !line.trimmed().contains(QLatin1Char(' ')), qPrintable(line));
}

void TestCliExplain::json_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");

    QTest::newRow("reply") << QStringLiteral("550 5.1.1 <x@example.com>: Recipient address rejected")
                           << QStringLiteral("reply") << QStringLiteral("enhancedCode/code")
                           << QStringLiteral("5.1.1");
    QTest::newRow("reply class") << QStringLiteral("452 4.2.2 Mailbox full") << QStringLiteral("reply")
                                 << QStringLiteral("replyCode/class") << QStringLiteral("temporary");
    QTest::newRow("code") << QStringLiteral("421") << QStringLiteral("replyCode")
                          << QStringLiteral("replyCode/meaning")
                          << QStringLiteral("Service not available, closing");
    QTest::newRow("enhanced") << QStringLiteral("5.7.11") << QStringLiteral("enhancedCode")
                              << QStringLiteral("enhancedCode/rfc") << QStringLiteral("RFC 4954");
    QTest::newRow("port") << QStringLiteral("465") << QStringLiteral("port") << QStringLiteral("port/tls")
                          << QStringLiteral("implicit");
    QTest::newRow("command") << QStringLiteral("EHLO") << QStringLiteral("command")
                             << QStringLiteral("command/reference") << QStringLiteral("RFC 5321 s.4.1.1.1");
}

void TestCliExplain::json()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(QString, value);

    const Result result = run({ QStringLiteral("--json"), input });
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(result.out));
    QVERIFY(document.isObject());
    const QJsonObject object = document.object();
    QCOMPARE(object.value(QLatin1String("kind")).toString(), kind);
    QCOMPARE(object.value(QLatin1String("input")).toString(), input);
    QVERIFY(!object.value(QLatin1String("summary")).toString().isEmpty());
    const QStringList keys = path.split(QLatin1Char('/'));
    QCOMPARE(object.value(keys.at(0)).toObject().value(keys.at(1)).toString(), value);
}

void TestCliExplain::notRecognised_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("words") << QStringList { QStringLiteral("hello"), QStringLiteral("world") }
                           << QStringLiteral("Could not recognise");
    QTest::newRow("unknown port") << QStringList { QStringLiteral("8080") } << QStringLiteral("neither");
    QTest::newRow("bad class") << QStringList { QStringLiteral("3.1.1") }
                               << QStringLiteral("must be 2, 4 or 5");
    QTest::newRow("malformed reply") << QStringList { QStringLiteral("999 nonsense") }
                                     << QStringLiteral("malformed");
    QTest::newRow("blank") << QStringList { QStringLiteral("  ") } << QStringLiteral("Nothing to explain");
}

void TestCliExplain::notRecognised()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Result text = run(arguments);
    QCOMPARE(text.exitCode, 1);
    QVERIFY(text.out.isEmpty());
    QVERIFY2(text.err.contains(message), qPrintable(text.err));
    QVERIFY(text.err.startsWith(QLatin1String("smtp-tutor-cli explain: ")));

    // With --json a script still gets one object, and the same status.
    const Result json = run(QStringList { QStringLiteral("--json") } + arguments);
    QCOMPARE(json.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("unknown"));
    QVERIFY(object.value(QLatin1String("error")).toString().contains(message));
    QVERIFY(json.err.contains(message));
}

void TestCliExplain::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList {} << QStringLiteral("give the TEXT");
    QTest::newRow("only --json") << QStringList { QStringLiteral("--json") }
                                 << QStringLiteral("give the TEXT");
    QTest::newRow("unknown option") << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("421") }
                                    << QStringLiteral("frobnicate");
    QTest::newRow("bad width") << QStringList { QStringLiteral("--width"), QStringLiteral("3"),
        QStringLiteral("421") } << QStringLiteral("--width");
}

void TestCliExplain::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.err.contains(QLatin1String("--help")));
}

void TestCliExplain::help()
{
    const Result result = run({ QStringLiteral("--help") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith(QLatin1String("Usage: smtp-tutor-cli explain")));
    QVERIFY(result.out.contains(QLatin1String("--json")));
    QVERIFY(result.out.contains(QLatin1String("Exit status")));
    QVERIFY(result.err.isEmpty());
}

void TestCliExplain::standardInput()
{
    // A whole EHLO exchange pasted on standard input: the failing reply is the one explained.
    const QByteArray pasted = "250-mail.example.com\r\n250-PIPELINING\r\n250 STARTTLS\r\n"
                              "530 5.7.0 Must issue a STARTTLS command first\r\n";
    const Result result = run({ QStringLiteral("--json"), QStringLiteral("-") }, pasted);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("reply"));
    QCOMPARE(object.value(QLatin1String("reply")).toObject().value(QLatin1String("code")).toInt(), 530);
    QCOMPARE(object.value(QLatin1String("enhancedCode")).toObject().value(QLatin1String("code")).toString(),
        QStringLiteral("5.7.0"));
    QVERIFY(object.value(QLatin1String("notes"))
                .toArray()
                .first()
                .toString()
                .contains(QLatin1String("2 replies")));

    const Result empty = run({ QStringLiteral("-") });
    QCOMPARE(empty.exitCode, 1);
    QVERIFY(empty.err.contains(QLatin1String("Nothing to explain")));
}

QTEST_GUILESS_MAIN(TestCliExplain)
#include "tst_cli_explain.moc"
