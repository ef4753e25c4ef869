// smtp-tutor-cli diagram, run as a real process on the recorded Postfix sessions: Mermaid and
// SVG output, standard input, -o FILE, bad input (exit 1) and usage errors (exit 2).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <QXmlStreamReader>

namespace {

const QString DataDir = QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/tests/integration/data");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(SMTP_TUTOR_CLI), QStringList { QStringLiteral("diagram") } + arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int countLines(const QString &text, const QString &prefix)
{
    int n = 0;
    for (const QString &line : text.split(u'\n'))
        n += line.trimmed().startsWith(prefix);
    return n;
}

QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts.append(xml.readElementText());
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

} // namespace

class TestCliDiagram : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mermaidOfRecordedProbes_data();
    void mermaidOfRecordedProbes();
    void svgOfRecordedProbe();
    void standardInputAndOutputFile();
    void exportedTranscriptArray();
    void credentialsNeverAppear();
    void badInputExitsOne_data();
    void badInputExitsOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void helpNamesTheFormats();
};

void TestCliDiagram::mermaidOfRecordedProbes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("commands"); // client arrows, the message included
    QTest::addColumn<int>("replies");
    QTest::addColumn<bool>("tls");
    // Counted by hand from the recordings.
    QTest::newRow("submission") << QStringLiteral("postfix-submission-session.json") << 11 << 11 << true;
    QTest::newRow("plain") << QStringLiteral("postfix-plain-session.json") << 12 << 12 << false;
}

void TestCliDiagram::mermaidOfRecordedProbes()
{
    QFETCH(QString, file);
    QFETCH(int, commands);
    QFETCH(int, replies);
    QFETCH(bool, tls);
    const Run result = run({ DataDir + u'/' + file });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    const QString out = QString::fromUtf8(result.out);
    QVERIFY(out.startsWith(
        QLatin1String("sequenceDiagram\n    participant C as SMTP Tutor\n    participant S as 127.0.0.1\n")));
    QCOMPARE(countLines(out, QStringLiteral("participant ")), 2);
    QVERIFY(out.contains(QStringLiteral("S-->>C: \u2713 220 mail.example.com ESMTP Postfix (Debian/GNU)\n")));
    QVERIFY(out.contains(QLatin1String("C->>S: EHLO client.example.org\n")));
    QVERIFY(out.contains(QStringLiteral("S-->>C: \u2713 250-mail.example.com (+")));
    QCOMPARE(countLines(out, QStringLiteral("C->>S: ")), commands);
    QCOMPARE(countLines(out, QStringLiteral("S-->>C: ")), replies);
    // Both recordings send the same six message lines; the "." follows as its own arrow.
    QVERIFY(out.contains(QStringLiteral("C->>S: message#58; 6 lines, 121 bytes\n%1C->>S: .\n")
                             .arg(QString(tls ? 8 : 4, u' '))));
    QCOMPARE(countLines(out, QStringLiteral("rect rgb(")), tls ? 1 : 0);
    if (tls) {
        QVERIFY(out.contains(QLatin1String("Note over C,S: TLS#58; TLSv1.3\n")));
        QVERIFY(out.indexOf(QLatin1String("rect rgb("))
            > out.indexOf(QLatin1String("220 2.0.0 Ready to start TLS")));
        QVERIFY(out.endsWith(QLatin1String("    end\n")));
    }
}

void TestCliDiagram::svgOfRecordedProbe()
{
    const Run result = run({ DataDir + QStringLiteral("/postfix-submission-session.json"),
        QStringLiteral("--format"), QStringLiteral("svg") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("<?xml"));
    QString error;
    const QStringList texts = svgTexts(result.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(texts.contains(QStringLiteral("\u2713 250 2.1.5 Ok")));
    QVERIFY(texts.contains(QStringLiteral("\u2717 530 5.7.0 Must issue a STARTTLS command first")));
    QVERIFY(texts.contains(QStringLiteral("TLS: TLSv1.3")));
    QVERIFY(texts.contains(QStringLiteral("SMTP Tutor")));
    int twoFifty = 0;
    for (const QString &text : texts)
        twoFifty += text.contains(QLatin1String("250"));
    QVERIFY(twoFifty >= 5);
}

void TestCliDiagram::standardInputAndOutputFile()
{
    const QByteArray recording = readFile(DataDir + QStringLiteral("/postfix-submission-session.json"));
    QVERIFY(!recording.isEmpty());
    const Run fromFile = run({ DataDir + QStringLiteral("/postfix-submission-session.json") });
    const Run fromStdin = run({ QStringLiteral("-") }, recording);
    QCOMPARE(fromStdin.exitCode, 0);
    QCOMPARE(fromStdin.out, fromFile.out);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("session.svg"));
    const Run toFile = run(
        { QStringLiteral("-"), QStringLiteral("-f"), QStringLiteral("svg"), QStringLiteral("-o"), path },
        recording);
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    const QByteArray svg = readFile(path);
    QString error;
    QVERIFY(svgTexts(svg, &error).contains(QStringLiteral("\u2713 221 2.0.0 Bye")));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const Run unwritable = run(
        { QStringLiteral("-"), QStringLiteral("-o"), dir.filePath(QStringLiteral("no/such/dir/x.mmd")) },
        recording);
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY(unwritable.err.contains("cannot write"));
}

// Transcript::toJson's shape: a bare array, notes and all; the lanes come from the greeting.
void TestCliDiagram::exportedTranscriptArray()
{
    const QByteArray exported = R"json([
        {"t_ms": 0, "dir": "info", "text": "Connected to mail.example.com port 465 (simulated)", "tls": false},
        {"t_ms": 1, "dir": "info", "text": "TLS started: TLSv1.2, ECDHE-RSA-AES256-GCM-SHA384", "tls": true},
        {"t_ms": 2, "dir": "server", "text": "220 mx.example.net ESMTP", "code": 220, "tls": true},
        {"t_ms": 3, "dir": "client", "text": "QUIT", "tls": true},
        {"t_ms": 9, "dir": "server", "text": "221 2.0.0 Bye", "code": 221, "tls": true},
        {"t_ms": 9, "dir": "error", "text": "The server closed the connection", "tls": true}
    ])json";
    const Run result = run({ QStringLiteral("-"), QStringLiteral("--times") }, exported);
    QCOMPARE(result.exitCode, 0);
    const QString out = QString::fromUtf8(result.out);
    QVERIFY(out.contains(QLatin1String("participant C as client\n    participant S as mx.example.net\n")));
    QVERIFY(out.contains(QLatin1String("rect rgb(")));
    QVERIFY(out.contains(QLatin1String("Note over C,S: TLS#58; TLSv1.2, ECDHE-RSA-AES256-GCM-SHA384\n")));
    QVERIFY(out.contains(QLatin1String("C->>S: QUIT (+1 ms)\n")));
    QVERIFY(out.contains(QStringLiteral("S-->>C: \u2713 221 2.0.0 Bye (+6 ms)\n")));
    QVERIFY(out.contains(QLatin1String("Note over C,S: error#58; The server closed the connection\n")));
}

// A recording that holds an AUTH line unmasked (a hand-made file, another tool) is masked on
// the way in; a masked one stays masked. Neither format shows the base64 or the password.
void TestCliDiagram::credentialsNeverAppear()
{
    const QByteArray recording = R"json({"host": "mail.example.com", "transcript": [
        {"dir": "server", "text": "220 mail.example.com ESMTP", "tls": true},
        {"dir": "client", "text": "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", "tls": true},
        {"dir": "server", "text": "235 2.7.0 Authentication successful", "tls": true},
        {"dir": "client", "text": "AUTH LOGIN", "tls": true},
        {"dir": "server", "text": "334 VXNlcm5hbWU6", "tls": true},
        {"dir": "client", "text": "YWxpY2U=", "tls": true},
        {"dir": "server", "text": "334 UGFzc3dvcmQ6", "tls": true},
        {"dir": "client", "text": "d29uZGVybGFuZA==", "tls": true},
        {"dir": "server", "text": "235 2.7.0 Authentication successful", "tls": true}
    ]})json";
    for (const QString &format : { QStringLiteral("mermaid"), QStringLiteral("svg") }) {
        const Run result = run({ QStringLiteral("-"), QStringLiteral("--format"), format }, recording);
        QCOMPARE(result.exitCode, 0);
        for (const char *secret : { "AGFsaWNlAHdvbmRlcmxhbmQ", "YWxpY2U", "d29uZGVybGFuZA", "wonderland" })
            QVERIFY2(!result.out.contains(secret), qPrintable(format + u' ' + QLatin1String(secret)));
        QVERIFY(result.out.contains("AUTH PLAIN ****"));
        QCOMPARE(result.out.count(">****<") + result.out.count("C->>S: ****\n"), 2);
    }
}

void TestCliDiagram::badInputExitsOne_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("not JSON") << QByteArray("220 mail.example.com ESMTP\r\n") << QString()
                              << QByteArray("not JSON");
    QTest::newRow("empty") << QByteArray() << QString() << QByteArray("not JSON");
    QTest::newRow("wrong shape") << QByteArray(R"({"ok": true, "host": "x"})") << QString()
                                 << QByteArray("holds no transcript");
    QTest::newRow("not lines") << QByteArray(R"([1, 2, 3])") << QString()
                               << QByteArray("entry 1 of the transcript");
    QTest::newRow("unknown direction")
        << QByteArray(R"([{"dir": "sideways", "text": "x"}])") << QString() << QByteArray("\"dir\"");
    QTest::newRow("server line not a reply") << QByteArray(R"([{"dir": "server", "text": "hello"}])")
                                             << QString() << QByteArray("not an SMTP reply line");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("/nonexistent/probe.json")
                                  << QByteArray("cannot read /nonexistent/probe.json");
    QTest::newRow("a folder") << QByteArray() << QDir::tempPath() << QByteArray("folder");
}

void TestCliDiagram::badInputExitsOne()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, file);
    QFETCH(QByteArray, message);
    const Run result = run({ file.isEmpty() ? QStringLiteral("-") : file }, input);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.startsWith("smtp-tutor-cli diagram: "), result.err.constData());
    QVERIFY2(result.err.contains(message), result.err.constData());
}

void TestCliDiagram::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no input") << QStringList {};
    QTest::newRow("two inputs") << QStringList { QStringLiteral("a.json"), QStringLiteral("b.json") };
    QTest::newRow("unknown format") << QStringList { QStringLiteral("-"), QStringLiteral("--format"),
        QStringLiteral("png") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("-"), QStringLiteral("--colour") };
    QTest::newRow("-o without a file") << QStringList { QStringLiteral("-"), QStringLiteral("-o") };
}

void TestCliDiagram::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments, "[]");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains("smtp-tutor-cli diagram: "), result.err.constData());
    QVERIFY(result.err.contains("--help"));
}

void TestCliDiagram::helpNamesTheFormats()
{
    const Run result = run({ QStringLiteral("--help") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("Usage: smtp-tutor-cli diagram [options] INPUT"));
    QVERIFY(result.out.contains("mermaid"));
    QVERIFY(result.out.contains("svg"));
}

QTEST_GUILESS_MAIN(TestCliDiagram)
#include "tst_cli_diagram.moc"
