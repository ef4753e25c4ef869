// Replay against the real thing: the project's probe records a session with the test Postfix
// (tools/postfix/start), `serve --scenario <that JSON>` plays it back, and the same probe run
// against the practice server must get exactly the replies Postfix gave, line for line.

#include "integration/practiceserveprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor::Testing;

class TestPracticePostfix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    quint16 m_plainPort = 0;
    quint16 m_submissionPort = 0;
    QString m_postfixCa;

    static QByteArray runProbe(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRACTICE_PASSWORD"), QStringLiteral("wonderland"));
        process.setProcessEnvironment(environment);
        process.start(cliProgram(),
            QStringList { QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--json"),
                QStringLiteral("--ehlo"), QStringLiteral("replay.example.org"), QStringLiteral("--timeout"),
                QStringLiteral("10") }
                + arguments);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return process.readAllStandardOutput();
    }

    static QStringList serverLines(const QByteArray &json)
    {
        QStringList lines;
        const QJsonArray transcript
            = QJsonDocument::fromJson(json).object().value(QLatin1String("transcript")).toArray();
        for (const QJsonValue &entry : transcript) {
            if (entry.toObject().value(QLatin1String("dir")).toString() == QLatin1String("server"))
                lines << entry.toObject().value(QLatin1String("text")).toString();
        }
        return lines;
    }

    void recordAndReplay(const QStringList &postfixArguments, const QStringList &practiceArguments)
    {
        int recordedExit = -1;
        const QByteArray recorded = runProbe(postfixArguments, &recordedExit);
        QVERIFY2(recordedExit >= 0 && !serverLines(recorded).isEmpty(), recorded.constData());
        const QString file
            = m_home.filePath(QStringLiteral("recorded-%1.json").arg(QTest::currentTestFunction()));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(recorded);
        out.close();

        ServeProcess serve(m_home.path());
        const QString problem = serve.start({ QStringLiteral("--scenario"), file });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(serve.standardOutput().contains("replaying"));
        QStringList arguments = practiceArguments;
        arguments.replaceInStrings(QStringLiteral("@PORT@"), QString::number(serve.port()));
        arguments.replaceInStrings(QStringLiteral("@CA@"), serve.certificate());
        int exitCode = -1;
        const QByteArray replayed = runProbe(arguments, &exitCode);
        // The probe comes to the same verdict against the replay as against Postfix itself.
        QVERIFY2(exitCode == recordedExit, replayed.constData());

        const QStringList fromPostfix = serverLines(recorded);
        const QStringList fromReplay = serverLines(replayed);
        QVERIFY(fromPostfix.size() > 10);
        QVERIFY(fromPostfix.first().contains(QStringLiteral("Postfix")));
        QCOMPARE(fromReplay, fromPostfix);
        if (fromPostfix.join(QLatin1Char('\n')).contains(QStringLiteral("queued as")))
            QVERIFY(serve.waitForLog(QStringLiteral("=== message")));
        QCOMPARE(serve.stop(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_plainPort = qEnvironmentVariable("SMTP_TUTOR_POSTFIX_PLAIN_PORT").toUShort();
        m_submissionPort = qEnvironmentVariable("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT").toUShort();
        m_postfixCa = qEnvironmentVariable("SMTP_TUTOR_TEST_CA");
        if (m_plainPort == 0 || m_submissionPort == 0 || m_postfixCa.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("SMTP_TUTOR_POSTFIX_* variables are missing on CI");
            QSKIP(
                "The test Postfix is not running: run tools/test (it starts tools/postfix/start and sets "
                "SMTP_TUTOR_POSTFIX_PLAIN_PORT, SMTP_TUTOR_POSTFIX_SUBMISSION_PORT and SMTP_TUTOR_TEST_CA).");
        }
        QVERIFY(m_home.isValid());
    }

    void plainSessionReplaysLikePostfix()
    {
        const QStringList common { QStringLiteral("--tls"), QStringLiteral("none"), QStringLiteral("--from"),
            QStringLiteral("bob@example.com"), QStringLiteral("--to"), QStringLiteral("alice@example.com"),
            QStringLiteral("--to"), QStringLiteral("nobody@example.com"), QStringLiteral("--send") };
        recordAndReplay(QStringList { QStringLiteral("--port"), QString::number(m_plainPort) } + common,
            QStringList { QStringLiteral("--port"), QStringLiteral("@PORT@") } + common);
    }

    void startTlsAuthSessionReplaysLikePostfix()
    {
        const QStringList common { QStringLiteral("--tls"), QStringLiteral("starttls"),
            QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--password-env"),
            QStringLiteral("PRACTICE_PASSWORD"), QStringLiteral("--from"),
            QStringLiteral("alice@example.com"), QStringLiteral("--to"), QStringLiteral("bob@example.com"),
            QStringLiteral("--send") };
        recordAndReplay(QStringList { QStringLiteral("--port"), QString::number(m_submissionPort),
                            QStringLiteral("--cafile"), m_postfixCa }
                + common,
            QStringList { QStringLiteral("--port"), QStringLiteral("@PORT@"), QStringLiteral("--cafile"),
                QStringLiteral("@CA@") }
                + common);
    }
};

QTEST_MAIN(TestPracticePostfix)
#include "tst_practice_postfix.moc"
