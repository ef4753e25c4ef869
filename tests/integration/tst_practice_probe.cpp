// The project's own probe (smtp-tutor-cli probe) against `smtp-tutor-cli serve` in every TLS
// mode: plain, STARTTLS with AUTH, implicit TLS; and without trusting the practice server's
// self-signed certificate, which must stop the probe before any secret is sent.

#include "integration/practiceserveprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor::Testing;

class TestPracticeProbe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    struct ProbeRun
    {
        int exitCode = -1;
        QJsonObject report;
        QString raw;
    };

    static ProbeRun probe(quint16 port, const QStringList &arguments, const QString &password = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PRACTICE_PASSWORD"), password);
        process.setProcessEnvironment(environment);
        QStringList all { QStringLiteral("probe"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QString::number(port), QStringLiteral("--timeout"), QStringLiteral("10"),
            QStringLiteral("--json") };
        all << arguments;
        if (!password.isEmpty())
            all << QStringLiteral("--password-env") << QStringLiteral("PRACTICE_PASSWORD");
        process.start(cliProgram(), all);
        ProbeRun run;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitCode();
        run.raw = QString::fromUtf8(process.readAllStandardOutput())
            + QString::fromUtf8(process.readAllStandardError());
        run.report = QJsonDocument::fromJson(run.raw.toUtf8()).object();
        return run;
    }

    static QString transcriptText(const QJsonObject &report)
    {
        QString text;
        for (const QJsonValue &entry : report.value(QLatin1String("transcript")).toArray())
            text += entry.toObject().value(QLatin1String("dir")).toString() + QLatin1Char(' ')
                + entry.toObject().value(QLatin1String("text")).toString() + QLatin1Char('\n');
        return text;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void plain()
    {
        ServeProcess serve(m_home.path());
        QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("relay") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ProbeRun run = probe(serve.port(),
            { QStringLiteral("--tls"), QStringLiteral("none"), QStringLiteral("--from"),
                QStringLiteral("bob@example.com"), QStringLiteral("--to"),
                QStringLiteral("alice@example.com"), QStringLiteral("--send") });
        QVERIFY2(run.exitCode == 0, qPrintable(run.raw));
        QVERIFY(transcriptText(run.report).contains(QStringLiteral("server 250 2.0.0 Ok: queued as")));
        QVERIFY(serve.waitForLog(QStringLiteral("=== message")));
        QCOMPARE(serve.stop(), 0);
    }

    void startTlsWithAuth()
    {
        ServeProcess serve(m_home.path());
        QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("submission") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ProbeRun run = probe(serve.port(),
            { QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--cafile"),
                serve.certificate(), QStringLiteral("--user"), QStringLiteral("alice"),
                QStringLiteral("--from"), QStringLiteral("alice@example.com"), QStringLiteral("--to"),
                QStringLiteral("carol@elsewhere.example"), QStringLiteral("--send") },
            QStringLiteral("wonderland"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.raw));
        QCOMPARE(run.report.value(QLatin1String("tls_used")).toString(), QStringLiteral("starttls"));
        const QString transcript = transcriptText(run.report);
        QVERIFY(transcript.contains(QStringLiteral("server 235 2.7.0")));
        QVERIFY(!run.raw.contains(QStringLiteral("wonderland")));
        QVERIFY(serve.waitForLog(QStringLiteral("over TLS, user alice")));
        QCOMPARE(serve.stop(), 0);
    }

    void implicitTls()
    {
        ServeProcess serve(m_home.path());
        QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("smtps") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ProbeRun run = probe(serve.implicitPort(),
            { QStringLiteral("--tls"), QStringLiteral("implicit"), QStringLiteral("--cafile"),
                serve.certificate(), QStringLiteral("--user"), QStringLiteral("bob"),
                QStringLiteral("--from"), QStringLiteral("bob@example.com"), QStringLiteral("--to"),
                QStringLiteral("alice@example.com"), QStringLiteral("--send") },
            QStringLiteral("builder"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.raw));
        QCOMPARE(run.report.value(QLatin1String("tls_used")).toString(), QStringLiteral("implicit"));
        QVERIFY(serve.waitForLog(QStringLiteral("over TLS, user bob")));
        QCOMPARE(serve.stop(), 0);
    }

    void untrustedSelfSignedCertificateStopsTheProbe()
    {
        ServeProcess serve(m_home.path());
        QString problem = serve.start({ QStringLiteral("--scenario"), QStringLiteral("submission") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // No --cafile: the system store does not know the practice certificate.
        const ProbeRun run = probe(serve.port(),
            { QStringLiteral("--tls"), QStringLiteral("starttls"), QStringLiteral("--user"),
                QStringLiteral("alice") },
            QStringLiteral("wonderland"));
        QVERIFY2(run.exitCode != 0, qPrintable(run.raw));
        QVERIFY(!transcriptText(run.report).contains(QStringLiteral("AUTH")));
        QVERIFY(serve.waitForLog(QStringLiteral("Connection closed")));
        QVERIFY(!serve.log().contains(QStringLiteral("AUTH")));
        QCOMPARE(serve.stop(), 0);
    }
};

QTEST_MAIN(TestPracticeProbe)
#include "tst_practice_probe.moc"
