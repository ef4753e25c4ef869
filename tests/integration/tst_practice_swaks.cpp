// swaks, a real SMTP client nobody here wrote, against `smtp-tutor-cli serve`: plain,
// STARTTLS with AUTH PLAIN and AUTH LOGIN, implicit TLS, a wrong password, an unknown
// recipient; swaks' exit status and what the server logged are both checked.
// Needs swaks (with libnet-ssleay-perl for TLS); no Postfix.

#include "integration/practiceserveprocess.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor::Testing;

class TestPracticeSwaks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_swaks;

    ToolResult swaks(const ServeProcess &serve, quint16 port, QStringList arguments)
    {
        arguments.prepend(QStringLiteral("127.0.0.1:%1").arg(port));
        arguments.prepend(QStringLiteral("--server"));
        arguments << QStringLiteral("--from") << QStringLiteral("bob@example.com")
                  << QStringLiteral("--timeout") << QStringLiteral("20");
        if (arguments.contains(QStringLiteral("-tls")) || arguments.contains(QStringLiteral("--tlsc")))
            arguments << QStringLiteral("--tls-verify") << QStringLiteral("--tls-ca-path")
                      << serve.certificate();
        return runTool(m_swaks, arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
        if (m_swaks.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL("swaks is not installed");
            QSKIP("swaks is not installed (tools/test installs it)");
        }
        QVERIFY(m_home.isValid());
    }

    void plainTransaction()
    {
        ServeProcess serve(m_home.path());
        const QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("relay") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(serve.port() != 0);
        const ToolResult result = swaks(serve, serve.port(),
            { QStringLiteral("--to"), QStringLiteral("alice@example.com"), QStringLiteral("--header"),
                QStringLiteral("Subject: practice plain") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY(result.output.contains(QStringLiteral("<-  250 2.0.0 Ok: queued as")));
        QVERIFY(serve.waitForLog(QStringLiteral("=== message")));
        const QString log = serve.log();
        QVERIFY2(log.contains(QStringLiteral("-> Subject: practice plain")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("to <alice@example.com>")));
        QVERIFY(log.contains(QStringLiteral("<- 221 2.0.0")));
        QCOMPARE(serve.stop(), 0);
        QVERIFY(serve.standardOutput().contains("Messages accepted: 1."));
    }

    void startTlsAuthPlain()
    {
        ServeProcess serve(m_home.path());
        const QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("submission") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(QFile::exists(serve.certificate()), qPrintable(serve.certificate()));
        QVERIFY(serve.certificate().startsWith(m_home.path())); // in the data folder, not the repo
        const ToolResult result = swaks(serve, serve.port(),
            { QStringLiteral("-tls"), QStringLiteral("--to"), QStringLiteral("carol@elsewhere.example"),
                QStringLiteral("--auth"), QStringLiteral("PLAIN"), QStringLiteral("--auth-user"),
                QStringLiteral("alice"), QStringLiteral("--auth-password"), QStringLiteral("wonderland") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY(result.output.contains(QStringLiteral("=== TLS started with cipher TLSv1.3")));
        QVERIFY(result.output.contains(QStringLiteral("<~  235 2.7.0")));
        QVERIFY(serve.waitForLog(QStringLiteral("=== message")));
        const QString log = serve.log();
        QVERIFY2(log.contains(QStringLiteral("~> AUTH PLAIN ****")), qPrintable(log));
        QVERIFY(!log.contains(QString::fromLatin1(QByteArray("\0alice\0wonderland", 17).toBase64())));
        QVERIFY(!log.contains(QStringLiteral("wonderland")));
        QVERIFY(log.contains(QStringLiteral("over TLS, user alice")));
        QCOMPARE(serve.stop(), 0);
    }

    void startTlsAuthLogin()
    {
        ServeProcess serve(m_home.path());
        const QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("submission") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ToolResult result = swaks(serve, serve.port(),
            { QStringLiteral("-tls"), QStringLiteral("--to"), QStringLiteral("alice@example.com"),
                QStringLiteral("--auth"), QStringLiteral("LOGIN"), QStringLiteral("--auth-user"),
                QStringLiteral("bob"), QStringLiteral("--auth-password"), QStringLiteral("builder") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY(result.output.contains(QStringLiteral("<~  334 VXNlcm5hbWU6")));
        QVERIFY(serve.waitForLog(QStringLiteral("=== message")));
        const QString log = serve.log();
        QVERIFY2(log.contains(QStringLiteral("over TLS, user bob")), qPrintable(log));
        QVERIFY(!log.contains(QString::fromLatin1(QByteArray("builder").toBase64())));
        QCOMPARE(serve.stop(), 0);
    }

    void implicitTls()
    {
        ServeProcess serve(m_home.path());
        const QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("smtps") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(serve.implicitPort() != 0);
        const ToolResult result = swaks(serve, serve.implicitPort(),
            { QStringLiteral("--tlsc"), QStringLiteral("--to"), QStringLiteral("alice@example.com"),
                QStringLiteral("--auth"), QStringLiteral("PLAIN"), QStringLiteral("--auth-user"),
                QStringLiteral("alice"), QStringLiteral("--auth-password"), QStringLiteral("wonderland") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY(result.output.contains(QStringLiteral("<~  220 ")));
        QVERIFY(serve.waitForLog(QStringLiteral("=== message")));
        QVERIFY(serve.log().contains(QStringLiteral("=== Implicit TLS: TLSv1.3")));
        QCOMPARE(serve.stop(), 0);
    }

    void implicitTlsBesideStartTls()
    {
        // One server, both listeners: --listen with STARTTLS and --implicit-tls-listen.
        ServeProcess serve(m_home.path());
        const QString problem
            = serve.start({ QStringLiteral("--scenario"), QStringLiteral("submission") }, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(serve.port() != 0 && serve.implicitPort() != 0);
        const ToolResult result = swaks(serve, serve.implicitPort(),
            { QStringLiteral("--tlsc"), QStringLiteral("--to"), QStringLiteral("alice@example.com"),
                QStringLiteral("--auth"), QStringLiteral("LOGIN"), QStringLiteral("--auth-user"),
                QStringLiteral("alice"), QStringLiteral("--auth-password"), QStringLiteral("wonderland") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY(!result.output.contains(QStringLiteral("250-STARTTLS"))); // not offered inside TLS
        QCOMPARE(serve.stop(), 0);
    }

    void wrongPassword()
    {
        ServeProcess serve(m_home.path());
        const QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("submission") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ToolResult result = swaks(serve, serve.port(),
            { QStringLiteral("-tls"), QStringLiteral("--to"), QStringLiteral("alice@example.com"),
                QStringLiteral("--auth"), QStringLiteral("PLAIN"), QStringLiteral("--auth-user"),
                QStringLiteral("alice"), QStringLiteral("--auth-password"),
                QStringLiteral("looking-glass") });
        QCOMPARE(result.exitCode, 28); // swaks: error in AUTH transaction
        QVERIFY(result.output.contains(QStringLiteral("<~* 535 5.7.8")));
        QVERIFY(serve.waitForLog(QStringLiteral("<~ 535 5.7.8")));
        QVERIFY(!serve.log().contains(QStringLiteral("=== message")));
        QCOMPARE(serve.stop(), 0);
    }

    void unknownRecipient()
    {
        ServeProcess serve(m_home.path());
        const QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("relay") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ToolResult result
            = swaks(serve, serve.port(), { QStringLiteral("--to"), QStringLiteral("nobody@example.com") });
        QCOMPARE(result.exitCode, 24); // swaks: no RCPTs accepted
        QVERIFY(result.output.contains(QStringLiteral("<** 550 5.1.1")));
        QVERIFY(serve.waitForLog(QStringLiteral("<- 550 5.1.1")));
        QCOMPARE(serve.stop(), 0);
    }

    void usageErrors()
    {
        for (const QStringList &arguments :
            { QStringList { QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("nonsense") },
                QStringList {
                    QStringLiteral("serve"), QStringLiteral("--max-connections"), QStringLiteral("0") },
                QStringList {
                    QStringLiteral("serve"), QStringLiteral("--cert"), QStringLiteral("/tmp/x.pem") },
                QStringList { QStringLiteral("serve"), QStringLiteral("--scenario"),
                    QStringLiteral("no-such-scenario") } }) {
            const ToolResult result = runTool(cliProgram(), arguments, 10000);
            QVERIFY2(result.exitCode == 2,
                qPrintable(arguments.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.output));
        }
    }
};

QTEST_MAIN(TestPracticeSwaks)
#include "tst_practice_swaks.moc"
