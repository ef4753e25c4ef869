// Real mail clients that nobody here wrote, all Debian packages, against `smtp-tutor-cli serve`:
// s-nail, msmtp, curl and Python's smtplib, in every TLS mode each supports (STARTTLS on the
// submission port, implicit TLS on --implicit-tls-listen), with AUTH PLAIN with and without an
// initial response and AUTH LOGIN, then a wrong password and a refused recipient. What a user
// would notice is asserted: the client's exit status and error text, and whether the practice
// server received the message (its log). No Postfix is needed; with CI=true a missing client
// fails the test instead of skipping it.
//
// Who sends what (found by running them against the test Postfix and this server):
//   s-nail 14.9   AUTH PLAIN without an initial response, always (waits for "334 "); AUTH LOGIN
//   msmtp 1.8     AUTH PLAIN with an initial response, always; AUTH LOGIN without one
//   curl 7.88     without an initial response unless --sasl-ir, for PLAIN and LOGIN alike
//   smtplib 3.11  login() picks PLAIN with an initial response; auth(..., initial_response_ok=
//                 False) sends none; AUTH LOGIN with one sends the user name on the AUTH line

#include "integration/clientprocess.h"
#include "integration/practiceserveprocess.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor::Testing;

namespace {

enum class Expect { Delivered, LoginRefused, RecipientRefused };

QString firstLine(const QString &text)
{
    return text.trimmed().section(u'\n', 0, 0).trimmed();
}

// The line of a client's output that names the failure, for the results table.
QString lineContaining(const QString &output, const QString &text)
{
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines) {
        if (!text.isEmpty() && line.contains(text))
            return line.trimmed();
    }
    return firstLine(output);
}

} // namespace

class TestPracticeClients : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<ServeProcess> m_submission; // STARTTLS port and implicit-TLS port
    std::unique_ptr<ServeProcess> m_relay; // a port-25 server: no AUTH, no relaying
    QHash<QString, QString> m_programs; // client name -> executable
    QStringList m_table;
    int m_runs = 0;

    // The client's executable, or a skip (a failure when CI=true) when it is not installed.
    bool findClient(const QString &client, QString *program)
    {
        *program = m_programs.value(client);
        return !program->isEmpty();
    }

    QStringList snailArguments(const QString &mode, const QString &mechanism, quint16 port,
        const QString &user, const QString &password, const QString &sender, const QString &recipient) const
    {
        const QString scheme
            = mode == QLatin1String("implicit") ? QStringLiteral("smtps") : QStringLiteral("smtp");
        const QString credentials = user.isEmpty() ? QString() : user + u':' + password + u'@';
        // s-nail checks the certificate against DNS names only, so "localhost", not 127.0.0.1.
        QStringList arguments { QStringLiteral("-:/"), QStringLiteral("-Sv15-compat"),
            QStringLiteral("-Sttycharset=utf-8"), QStringLiteral("-Ssendwait"),
            QStringLiteral("-Smta=%1://%2localhost:%3").arg(scheme, credentials).arg(port),
            QStringLiteral("-Stls-ca-file=") + m_submission->certificate(),
            QStringLiteral("-Stls-ca-no-defaults"),
            QStringLiteral("-Ssmtp-auth=") + (user.isEmpty() ? QStringLiteral("none") : mechanism.toLower()),
            QStringLiteral("-Sfrom=") + sender, QStringLiteral("-Shostname=client.example.org"),
            QStringLiteral("-SDEAD=") + m_home.filePath(QStringLiteral("dead.letter")), QStringLiteral("-s"),
            QStringLiteral("s-nail practice") };
        if (mode == QLatin1String("starttls"))
            arguments << QStringLiteral("-Ssmtp-use-starttls");
        arguments << QStringLiteral("-.") << recipient; // "-." ends s-nail's options
        return arguments;
    }

    QStringList msmtpArguments(const QString &mode, const QString &mechanism, quint16 port,
        const QString &user, const QString &password, const QString &sender, const QString &recipient) const
    {
        QStringList arguments { QStringLiteral("--host=localhost"), QStringLiteral("--port=%1").arg(port),
            QStringLiteral("--domain=client.example.org"), QStringLiteral("--from=") + sender };
        if (mode == QLatin1String("plain")) {
            arguments << QStringLiteral("--tls=off");
        } else {
            arguments << QStringLiteral("--tls=on")
                      << QStringLiteral("--tls-starttls=")
                    + (mode == QLatin1String("starttls") ? "on" : "off")
                      << QStringLiteral("--tls-trust-file=") + m_submission->certificate();
        }
        if (user.isEmpty())
            arguments << QStringLiteral("--auth=off");
        else
            arguments << QStringLiteral("--auth=") + mechanism.toLower() << QStringLiteral("--user=") + user
                      << QStringLiteral("--passwordeval=printf %s ") + password;
        arguments << QStringLiteral("--") << recipient;
        return arguments;
    }

    QStringList curlArguments(const QString &mode, const QString &mechanism, bool initialResponse,
        quint16 port, const QString &user, const QString &password, const QString &sender,
        const QString &recipient) const
    {
        // The URL's path is the name curl gives in EHLO.
        const QString scheme
            = mode == QLatin1String("implicit") ? QStringLiteral("smtps") : QStringLiteral("smtp");
        QStringList arguments { QStringLiteral("--silent"), QStringLiteral("--show-error"),
            QStringLiteral("--max-time"), QStringLiteral("30"),
            QStringLiteral("%1://127.0.0.1:%2/client.example.org").arg(scheme).arg(port),
            QStringLiteral("--mail-from"), sender, QStringLiteral("--mail-rcpt"), recipient,
            QStringLiteral("--upload-file"), QStringLiteral("-") };
        if (mode != QLatin1String("plain"))
            arguments << QStringLiteral("--cacert") << m_submission->certificate();
        if (mode == QLatin1String("starttls"))
            arguments << QStringLiteral("--ssl-reqd");
        if (!user.isEmpty())
            arguments << QStringLiteral("--user") << user + u':' + password
                      << QStringLiteral("--login-options") << QStringLiteral("AUTH=") + mechanism;
        if (initialResponse)
            arguments << QStringLiteral("--sasl-ir");
        return arguments;
    }

    QStringList smtplibArguments(const QString &mode, const QString &mechanism, bool initialResponse,
        quint16 port, const QString &user, const QString &password, const QString &sender,
        const QString &recipient) const
    {
        QStringList arguments { QStringLiteral(
                                    SMTP_TUTOR_SOURCE_DIR "/tests/integration/data/smtplib_client.py"),
            QStringLiteral("--port"), QString::number(port), QStringLiteral("--mode"), mode,
            QStringLiteral("--sender"), sender, QStringLiteral("--recipient"), recipient };
        if (mode != QLatin1String("plain"))
            arguments << QStringLiteral("--cafile") << m_submission->certificate();
        if (!user.isEmpty())
            arguments << QStringLiteral("--user") << user << QStringLiteral("--password") << password
                      << QStringLiteral("--mechanism") << mechanism;
        if (!initialResponse)
            arguments << QStringLiteral("--no-initial-response");
        // SMTPUTF8 (RFC 6531) with a UTF-8 sender whenever the message should go through.
        if (sender.contains(QChar(u'\u00f6')))
            arguments << QStringLiteral("--smtputf8");
        return arguments;
    }

    static QString version(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        process.waitForFinished(10000);
        return firstLine(QString::fromUtf8(process.readAll()));
    }

    // What one row sends: the client's command line and message, from whom, to whom, as whom.
    struct Attempt
    {
        QString user;
        QString password;
        QString sender;
        QString recipient;
        QStringList arguments;
        QByteArray message;
    };

    Attempt attemptFor(const QString &client, const QString &mode, const QString &mechanism, bool initialResponse,
        Expect expected, bool login, bool onRelay, quint16 port)
    {
        Attempt attempt;
        attempt.user = login ? QStringLiteral("alice") : QString();
        attempt.password = expected == Expect::LoginRefused ? QStringLiteral("looking-glass")
                                                            : QStringLiteral("wonderland");
        // A sender of its own per run finds this run's message in the log; smtplib's carries a
        // UTF-8 local part (SMTPUTF8).
        const QString tag = QStringLiteral("%1.%2").arg(client).arg(++m_runs);
        attempt.sender = client == QLatin1String("smtplib") && expected == Expect::Delivered
            ? QStringLiteral("j\u00f6rg.%1@example.org").arg(m_runs)
            : tag + QStringLiteral("@example.org");
        attempt.recipient = expected == Expect::RecipientRefused && onRelay
            ? QStringLiteral("carol@elsewhere.example")
            : QStringLiteral("bob@example.com");

        if (client == QLatin1String("s-nail"))
            attempt.arguments = snailArguments(mode, mechanism, port, attempt.user, attempt.password,
                attempt.sender, attempt.recipient);
        else if (client == QLatin1String("msmtp"))
            attempt.arguments = msmtpArguments(mode, mechanism, port, attempt.user, attempt.password,
                attempt.sender, attempt.recipient);
        else if (client == QLatin1String("curl"))
            attempt.arguments = curlArguments(mode, mechanism, initialResponse, port, attempt.user,
                attempt.password, attempt.sender, attempt.recipient);
        else
            attempt.arguments = smtplibArguments(mode, mechanism, initialResponse, port, attempt.user,
                attempt.password, attempt.sender, attempt.recipient);
        attempt.message = client == QLatin1String("s-nail")
            ? QByteArray("Hello from s-nail.\n")
            : "From: <" + attempt.sender.toUtf8() + ">\r\nTo: <" + attempt.recipient.toUtf8()
                + ">\r\nSubject: " + client.toUtf8() + " practice\r\n\r\nHello.\r\n";
        return attempt;
    }

    // What the row expects to have happened, from the client's exit status and output and the
    // server's log of the session.
    static void verifyOutcome(Expect expected, const ClientRun &run, const Attempt &attempt, const QString &session,
        bool delivered, const QString &errorText, const QString &context)
    {
        switch (expected) {
        case Expect::Delivered:
            QVERIFY2(run.exitCode == 0, qPrintable(context));
            QVERIFY2(delivered, qPrintable(context));
            QVERIFY2(session.contains(QStringLiteral(", over TLS, user alice")), qPrintable(context));
            QVERIFY2(session.contains(QStringLiteral(" from <") + attempt.sender + u'>'), qPrintable(context));
            break;
        case Expect::LoginRefused:
            QVERIFY2(run.exitCode != 0, qPrintable(context));
            QVERIFY2(!delivered, qPrintable(context));
            QVERIFY2(session.contains(QStringLiteral("535 5.7.8")), qPrintable(context));
            QVERIFY2(run.output.contains(errorText), qPrintable(context));
            break;
        case Expect::RecipientRefused:
            QVERIFY2(run.exitCode != 0, qPrintable(context));
            QVERIFY2(!delivered, qPrintable(context));
            QVERIFY2(session.contains(QStringLiteral("554 5.7.1")), qPrintable(context));
            QVERIFY2(run.output.contains(errorText), qPrintable(context));
            break;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QStringList missing;
        const QList<std::pair<QString, QString>> clients { { QStringLiteral("s-nail"),
                                                               QStringLiteral("s-nail") },
            { QStringLiteral("msmtp"), QStringLiteral("msmtp") },
            { QStringLiteral("curl"), QStringLiteral("curl") },
            { QStringLiteral("smtplib"), QStringLiteral("python3") } };
        for (const auto &[client, executable] : clients) {
            // Debian's python3 first: the one the package list installs, whatever else is on PATH.
            QString program = executable == QLatin1String("python3")
                ? QStandardPaths::findExecutable(executable, { QStringLiteral("/usr/bin") })
                : QString();
            if (program.isEmpty())
                program = QStandardPaths::findExecutable(executable);
            if (program.isEmpty()) {
                missing << executable;
                continue;
            }
            m_programs.insert(client, program);
        }
        if (!missing.isEmpty()) {
            const QString message = QStringLiteral("not installed: %1 (tools/test installs them)")
                                        .arg(missing.join(QStringLiteral(", ")));
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(message));
            qWarning("%s; their rows are skipped", qPrintable(message));
        }
        if (m_programs.contains(QStringLiteral("s-nail")))
            qInfo("client: %s", qPrintable(version(m_programs.value("s-nail"), { QStringLiteral("-V") })));
        if (m_programs.contains(QStringLiteral("msmtp")))
            qInfo("client: %s",
                qPrintable(version(m_programs.value("msmtp"), { QStringLiteral("--version") })));
        if (m_programs.contains(QStringLiteral("curl")))
            qInfo(
                "client: %s", qPrintable(version(m_programs.value("curl"), { QStringLiteral("--version") })));
        if (m_programs.contains(QStringLiteral("smtplib")))
            qInfo("client: smtplib of %s (%s)",
                qPrintable(version(m_programs.value("smtplib"), { QStringLiteral("--version") })),
                qPrintable(m_programs.value("smtplib")));

        m_submission = std::make_unique<ServeProcess>(m_home.path());
        QString problem
            = m_submission->start({ QStringLiteral("--scenario"), QStringLiteral("submission") }, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_submission->port() != 0 && m_submission->implicitPort() != 0);
        m_relay = std::make_unique<ServeProcess>(m_home.path());
        problem = m_relay->start({ QStringLiteral("--scenario"), QStringLiteral("relay") });
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void session_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("mode"); // plain | starttls | implicit
        QTest::addColumn<QString>("mechanism"); // PLAIN | LOGIN | login (smtplib's own choice) | none
        QTest::addColumn<bool>("initialResponse");
        QTest::addColumn<int>("expect");
        QTest::addColumn<QString>("errorText"); // what the client's output must name on failure

        const auto add = [](const char *client, const char *mode, const char *mechanism, bool initial,
                             Expect expect, const char *errorText = "") {
            QTest::addRow("%s %s %s%s %s", client, mode, mechanism, initial ? "" : " (no initial response)",
                expect == Expect::Delivered          ? "delivered"
                    : expect == Expect::LoginRefused ? "wrong password"
                                                     : "recipient refused")
                << QString::fromLatin1(client) << QString::fromLatin1(mode) << QString::fromLatin1(mechanism)
                << initial << int(expect) << QString::fromLatin1(errorText);
        };
        const Expect ok = Expect::Delivered, badLogin = Expect::LoginRefused,
                     refused = Expect::RecipientRefused;
        for (const char *mode : { "starttls", "implicit" }) {
            add("s-nail", mode, "PLAIN", false, ok);
            add("s-nail", mode, "LOGIN", false, ok);
            add("msmtp", mode, "PLAIN", true, ok);
            add("msmtp", mode, "LOGIN", false, ok);
            add("curl", mode, "PLAIN", false, ok);
            add("curl", mode, "PLAIN", true, ok);
            add("curl", mode, "LOGIN", false, ok);
            add("curl", mode, "LOGIN", true, ok);
            add("smtplib", mode, "login", true, ok);
            add("smtplib", mode, "PLAIN", false, ok);
            add("smtplib", mode, "LOGIN", true, ok);
            add("smtplib", mode, "LOGIN", false, ok);
        }
        add("s-nail", "starttls", "PLAIN", false, badLogin, "535");
        add("msmtp", "starttls", "PLAIN", true, badLogin, "535");
        add("curl", "starttls", "PLAIN", false, badLogin, "Login denied");
        add("smtplib", "implicit", "PLAIN", true, badLogin, "535 5.7.8");
        // Port 25 without AUTH: a recipient in another domain is relaying, refused with 554 5.7.1.
        add("s-nail", "plain", "none", false, refused, "554");
        add("msmtp", "plain", "none", false, refused, "554");
        add("curl", "plain", "none", false, refused, "554");
        add("smtplib", "plain", "none", false, refused, "Relay access denied");
        // The submission port without AUTH serves nobody, not even a local mailbox.
        add("smtplib", "starttls", "none", false, refused, "Client host rejected");
        add("curl", "implicit", "none", false, refused, "554");
    }

    void session()
    {
        QFETCH(QString, client);
        QFETCH(QString, mode);
        QFETCH(QString, mechanism);
        QFETCH(bool, initialResponse);
        QFETCH(int, expect);
        QFETCH(QString, errorText);
        QString program;
        if (!findClient(client, &program))
            QSKIP(qPrintable(client + QStringLiteral(" is not installed")));

        const Expect expected = Expect(expect);
        const bool login = mechanism != QLatin1String("none");
        const bool onRelay = mode == QLatin1String("plain");
        ServeProcess &serve = onRelay ? *m_relay : *m_submission;
        const quint16 port = mode == QLatin1String("implicit") ? serve.implicitPort() : serve.port();
        const Attempt attempt
            = attemptFor(client, mode, mechanism, initialResponse, expected, login, onRelay, port);

        const qsizetype logBefore = serve.log().size();
        const ClientRun run = runClientProcess(program, attempt.arguments, attempt.message, m_home.path(), 60000);
        // The session is over when the server has logged its end.
        QVERIFY2(QTest::qWaitFor(
                     [&] { return serve.log().mid(logBefore).contains(QStringLiteral("Connection closed")); },
                     10000),
            qPrintable(QStringLiteral("the server never saw the session end\n") + run.output));
        const QString session = serve.log().mid(logBefore);
        const bool delivered = session.contains(QStringLiteral("=== message"));
        const QString outcome = delivered ? QStringLiteral("delivered, exit %1").arg(run.exitCode)
                                          : QStringLiteral("not sent, exit %1: %2")
                                                .arg(run.exitCode)
                                                .arg(lineContaining(run.output, errorText));
        const bool sentInitialResponse = session.contains(QStringLiteral("> AUTH PLAIN ****"))
            || session.contains(QRegularExpression(QStringLiteral("> AUTH LOGIN \\S")));
        m_table << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                       .arg(client, mode, mechanism,
                           !login                    ? QStringLiteral("-")
                               : sentInitialResponse ? QStringLiteral("yes")
                                                     : QStringLiteral("no"),
                           outcome);

        const QString context = QStringLiteral("%1 %2\n--- client output:\n%3\n--- server log:\n%4")
                                    .arg(program, attempt.arguments.join(u' '), run.output, session);
        if (login && expected != Expect::RecipientRefused)
            QVERIFY2(
                session.contains(QStringLiteral("> AUTH ")
                    + (mechanism == QLatin1String("login") ? QStringLiteral("PLAIN") : mechanism.toUpper())),
                qPrintable(context));
        if (login && mechanism != QLatin1String("login")) // the initial response as intended
            QVERIFY2(sentInitialResponse == initialResponse, qPrintable(context));
        verifyOutcome(expected, run, attempt, session, delivered, errorText, context);
    }

    void cleanupTestCase()
    {
        if (!m_table.isEmpty())
            qInfo("\n| client | TLS | mechanism | initial response | outcome |\n|---|---|---|---|---|\n%s",
                qPrintable(m_table.join(u'\n')));
        if (m_submission)
            QCOMPARE(m_submission->stop(), 0);
        if (m_relay)
            QCOMPARE(m_relay->stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPracticeClients)
#include "tst_practice_clients.moc"
