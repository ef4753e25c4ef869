#pragma once

// What the tst_exam_clients_* suites share: the real clients (Debian packages that tools/test
// installs) with their versions, a `smtp-tutor-cli serve --exam NAME --json-log FILE` per run,
// and the verdicts read back from that JSON log, the way a script would read them.
//
// Each run starts its own server, so one client's session can never be graded as another's.
// The results table (docs/exam-clients.md) is printed by each suite at its end from the rows
// the assertions passed on.

#include "integration/clientprocess.h"
#include "integration/practiceserveprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace SmtpTutor::Testing {

struct ExamClient
{
    QString program; // empty when not installed
    QString version; // the first line of its --version, "swaks version 20201014.0"
};

struct Verdict
{
    QString verdict; // PASS, FAIL, INCOMPLETE
    QString reason;
    QStringList evidence;
};

inline bool underCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

// Finds swaks, msmtp, curl and Debian's python3 and names each with its version (qInfo).
// Returns the ones that are missing.
inline QStringList findExamClients(QHash<QString, ExamClient> *clients)
{
    QStringList missing;
    for (const QString &name : { QStringLiteral("swaks"), QStringLiteral("msmtp"), QStringLiteral("curl"),
             QStringLiteral("python3") }) {
        // Debian's python3 first: the one the package list installs, whatever else is on PATH.
        QString program = QStandardPaths::findExecutable(name, { QStringLiteral("/usr/bin") });
        if (program.isEmpty())
            program = QStandardPaths::findExecutable(name);
        if (program.isEmpty()) {
            missing << name;
            continue;
        }
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, { QStringLiteral("--version") });
        process.waitForFinished(10000);
        const QString version = QString::fromUtf8(process.readAll()).trimmed().section(u'\n', 0, 0).trimmed();
        clients->insert(name, ExamClient { program, version });
    }
    return missing;
}

// One `smtp-tutor-cli serve --exam NAME --json-log FILE` on 127.0.0.1, port 0.
class ExamServe
{
public:
    explicit ExamServe(const QString &dataHome)
        : m_dataHome(dataHome)
        , m_serve(dataHome)
    {
    }

    QString start(const QString &exam, const QStringList &extra = {})
    {
        m_jsonFile = QDir(m_dataHome).filePath(QStringLiteral("exam-%1.jsonl").arg(++s_counter));
        return m_serve.start(
            QStringList { QStringLiteral("--exam"), exam, QStringLiteral("--json-log"), m_jsonFile } + extra);
    }
    quint16 port() const { return m_serve.port(); }
    int stop() { return m_serve.stop(); }

    // Every JSON line of the log whose "event" is `event`.
    QList<QJsonObject> events(const QString &event) const
    {
        QFile file(m_jsonFile);
        QList<QJsonObject> found;
        if (!file.open(QIODevice::ReadOnly))
            return found;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (object.value(QStringLiteral("event")).toString() == event)
                found << object;
        }
        return found;
    }

    QList<Verdict> verdicts() const
    {
        QList<Verdict> found;
        for (const QJsonObject &object : events(QStringLiteral("verdict"))) {
            QStringList evidence;
            for (const QJsonValue &line : object.value(QStringLiteral("evidence")).toArray())
                evidence << line.toString();
            found << Verdict { object.value(QStringLiteral("verdict")).toString(),
                object.value(QStringLiteral("reason")).toString(), evidence };
        }
        return found;
    }

    // Waits for `count` verdicts; the retry exams give theirs when the exam's time is over.
    bool waitForVerdicts(int count, int timeoutMs = 30000) const
    {
        return QTest::qWaitFor([&] { return verdicts().size() >= count; }, timeoutMs);
    }

    // The transcript of every session as "C: ..." / "S: ..." lines, for failure messages.
    QString transcript() const
    {
        QStringList lines;
        for (const QJsonObject &line : events(QStringLiteral("line"))) {
            const QString dir = line.value(QStringLiteral("dir")).toString();
            lines << QStringLiteral("%1 %2%3: %4")
                         .arg(line.value(QStringLiteral("session")).toInt())
                         .arg(dir == QLatin1String("client")      ? u'C'
                                 : dir == QLatin1String("server") ? u'S'
                                                                  : u'*')
                         .arg(line.value(QStringLiteral("tls")).toBool() ? QStringLiteral("~") : QString())
                         .arg(line.value(QStringLiteral("text")).toString());
        }
        return lines.join(u'\n');
    }

private:
    inline static int s_counter = 0;
    QString m_dataHome;
    ServeProcess m_serve;
    QString m_jsonFile;
};

// The clients, a scratch HOME with the messages to send, and the rows of the results table.
// Every suite has one data-driven test: one row per client run, with what the client must say
// and what the exam must decide.
class ExamBench
{
public:
    // Empty when every client is there, else what is missing.
    QString setUp()
    {
        if (!m_home.isValid())
            return QStringLiteral("no scratch folder");
        // A small message, and one over the size-limit exam's 1000000 bytes (RFC 1870).
        const QByteArray header
            = "From: <alice@example.com>\r\nTo: <bob@example.com>\r\nSubject: exam\r\n\r\n";
        m_messages.insert(QStringLiteral("small"), header + "Hello from the exam.\r\n");
        m_messages.insert(QStringLiteral("big"),
            header
                + QByteArray("The quick brown fox jumps over the lazy dog, again and again.\r\n")
                      .repeated(20000));
        for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
            QFile file(QDir(m_home.path()).filePath(it.key() + QStringLiteral(".eml")));
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
                return QStringLiteral("cannot write %1").arg(file.fileName());
        }
        const QStringList missing = findExamClients(&m_clients);
        for (auto it = m_clients.cbegin(); it != m_clients.cend(); ++it)
            qInfo("client: %s (%s: %s)", qPrintable(label(it.key())), qPrintable(it->program),
                qPrintable(it->version));
        return missing.isEmpty() ? QString()
                                 : QStringLiteral("not installed: %1 (tools/test installs them)")
                                       .arg(missing.join(QStringLiteral(", ")));
    }
    // For initTestCase: under CI a missing client fails the suite; elsewhere its rows skip.
    void setUpSuite()
    {
        const QString missing = setUp();
        if (missing.isEmpty())
            return;
        if (underCi())
            QFAIL(qPrintable(missing));
        qWarning("%s; their rows are skipped", qPrintable(missing));
    }
    bool has(const QString &client) const { return m_clients.contains(client); }
    // msmtp and curl -T - read the message from standard input; swaks and the smtplib
    // program make their own.
    static QString standardInputFor(const char *client)
    {
        return qstrcmp(client, "msmtp") == 0 || qstrcmp(client, "curl") == 0 ? QStringLiteral("small")
                                                                             : QStringLiteral("none");
    }

    // "swaks 20201014.0", "msmtp 1.8.23", "curl 7.88.1", "Python 3.11.2 smtplib"
    QString label(const QString &client) const
    {
        static const QRegularExpression number(QStringLiteral("\\d+(\\.\\d+)+"));
        const QString version = number.match(m_clients.value(client).version).captured(0);
        if (client == QLatin1String("python3"))
            return QStringLiteral("Python %1 smtplib").arg(version);
        return client + u' ' + version;
    }

    // What every run of a client has in common: the server, alice's login, bob as recipient.
    // The practice server's certificate is self-signed: swaks does not check it unless told
    // to, the others are told not to.
    QStringList commonArguments(const QString &client, quint16 port) const
    {
        const QString server = QStringLiteral("127.0.0.1:%1").arg(port);
        if (client == QLatin1String("swaks"))
            return { QStringLiteral("--server"), server, QStringLiteral("--from"),
                QStringLiteral("alice@example.com"), QStringLiteral("--to"),
                QStringLiteral("bob@example.com"), QStringLiteral("--helo"),
                QStringLiteral("client.example.org"), QStringLiteral("--timeout"), QStringLiteral("20"),
                QStringLiteral("--auth-user"), QStringLiteral("alice"), QStringLiteral("--auth-password"),
                QStringLiteral("wonderland") };
        if (client == QLatin1String("msmtp"))
            return { QStringLiteral("--host=localhost"), QStringLiteral("--port=%1").arg(port),
                QStringLiteral("--domain=client.example.org"), QStringLiteral("--from=alice@example.com"),
                QStringLiteral("--tls-certcheck=off"), QStringLiteral("--auth=on"),
                QStringLiteral("--user=alice"), QStringLiteral("--passwordeval=printf %s wonderland") };
        if (client == QLatin1String("curl"))
            // The URL's path is the name curl gives in EHLO.
            return { QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--max-time"),
                QStringLiteral("30"), QStringLiteral("--insecure"),
                QStringLiteral("smtp://%1/client.example.org").arg(server), QStringLiteral("--mail-from"),
                QStringLiteral("alice@example.com"), QStringLiteral("--mail-rcpt"),
                QStringLiteral("bob@example.com"), QStringLiteral("--user"),
                QStringLiteral("alice:wonderland") };
        return { QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/tests/integration/data/exam_smtplib_client.py"),
            QStringLiteral("--port"), QString::number(port), QStringLiteral("--user"),
            QStringLiteral("alice"), QStringLiteral("--password"), QStringLiteral("wonderland") };
    }

    static void addColumns()
    {
        QTest::addColumn<QString>("exam");
        QTest::addColumn<QStringList>("serve"); // more serve arguments: the retry exams' clocks
        QTest::addColumn<QString>("client"); // swaks, msmtp, curl, python3
        QTest::addColumn<QStringList>("flags"); // the client's own flags; {small}/{big}: the message files
        QTest::addColumn<QString>("input"); // the message on standard input: small, big or none
        QTest::addColumn<int>("runs"); // the same client run again against the same server
        QTest::addColumn<QStringList>("verdicts"); // one per verdict, in order: "PASS: words of the reason"
        QTest::addColumn<QList<int>>("exits"); // the client's exit status, one per run
        QTest::addColumn<QString>("says"); // what the first run's output must contain
        QTest::addColumn<QString>("why"); // for the results table
    }

    // One client run (or several against the same server), checked and recorded.
    void verifyRow()
    {
        QFETCH(QString, exam);
        QFETCH(QStringList, serve);
        QFETCH(QString, client);
        QFETCH(QStringList, flags);
        QFETCH(QString, input);
        QFETCH(int, runs);
        QFETCH(QStringList, verdicts);
        QFETCH(QList<int>, exits);
        QFETCH(QString, says);
        QFETCH(QString, why);
        if (!has(client)) {
            if (underCi())
                QFAIL(qPrintable(QStringLiteral("%1 is not installed").arg(client)));
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (tools/test installs it)").arg(client)));
        }
        for (QString &flag : flags) {
            flag.replace(
                QStringLiteral("{small}"), QDir(m_home.path()).filePath(QStringLiteral("small.eml")));
            flag.replace(QStringLiteral("{big}"), QDir(m_home.path()).filePath(QStringLiteral("big.eml")));
        }

        ExamServe server(m_home.path());
        const QString problem = server.start(exam, serve);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList arguments = commonArguments(client, server.port()) + flags;
        if (client == QLatin1String("msmtp"))
            arguments << QStringLiteral("--") << QStringLiteral("bob@example.com"); // after every option
        QList<ClientRun> done;
        for (int run = 0; run < runs; ++run)
            done << runClientProcess(
                m_clients.value(client).program, arguments, m_messages.value(input), m_home.path());
        // Single-session exams decide when the session closes; the retry exams when the client
        // comes back or when their time is over. Stopping the server settles the rest.
        server.waitForVerdicts(int(verdicts.size()), 60000);
        QCOMPARE(server.stop(), 0);

        const QList<Verdict> got = server.verdicts();
        const QString context = describe(client, arguments, done, server, got);
        QVERIFY2(got.size() == verdicts.size(), qPrintable(context));
        for (qsizetype i = 0; i < verdicts.size(); ++i) {
            const QString expected = verdicts.at(i).section(QStringLiteral(": "), 0, 0);
            const QString words = verdicts.at(i).section(QStringLiteral(": "), 1);
            QVERIFY2(got.at(i).verdict == expected, qPrintable(context));
            QVERIFY2(got.at(i).reason.contains(words), qPrintable(context));
            QVERIFY2(!repeatsItself(got.at(i).evidence), qPrintable(context));
        }
        for (qsizetype i = 0; i < exits.size(); ++i)
            QVERIFY2(done.value(i).exitCode == exits.at(i), qPrintable(context));
        QVERIFY2(done.value(0).output.contains(says), qPrintable(context));

        QStringList shown = flags;
        shown.replaceInStrings(QDir(m_home.path()).path() + u'/', QString());
        if (!m_messages.value(input).isEmpty())
            shown << QStringLiteral("< %1.eml").arg(input);
        QStringList results;
        for (const Verdict &verdict : got)
            results << verdict.verdict;
        m_rows << ExamRow { exam, label(client), shown.join(u' '), results.join(QStringLiteral(", then ")),
            says.isEmpty() ? QStringLiteral("exit %1").arg(done.value(0).exitCode)
                           : QStringLiteral("exit %1, \"%2\"").arg(done.value(0).exitCode).arg(says),
            why };
    }

    // The results table, as docs/exam-clients.md shows it.
    void printTable() const
    {
        if (m_rows.isEmpty())
            return;
        QStringList lines { QStringLiteral("| exam | client | flags | verdict | the client said | why |"),
            QStringLiteral("|---|---|---|---|---|---|") };
        for (const ExamRow &row : m_rows)
            lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                         .arg(row.exam, row.client,
                             row.flags.isEmpty() ? QStringLiteral("(defaults)") : u'`' + row.flags + u'`',
                             row.verdict, row.said, row.why);
        qInfo("\n%s", qPrintable(lines.join(u'\n')));
    }

private:
    struct ExamRow
    {
        QString exam;
        QString client; // with its version
        QString flags;
        QString verdict;
        QString said; // exit status and the words asserted
        QString why;
    };

    // What the learner reads as evidence shows no line, or pair of lines, twice in a row.
    static bool repeatsItself(const QStringList &evidence)
    {
        for (qsizetype length = 1; length <= 2; ++length) {
            for (qsizetype at = 0; at + 2 * length <= evidence.size(); ++at) {
                if (evidence.mid(at, length) == evidence.mid(at + length, length))
                    return true;
            }
        }
        return false;
    }

    QString describe(const QString &client, const QStringList &arguments, const QList<ClientRun> &done,
        const ExamServe &server, const QList<Verdict> &got) const
    {
        QStringList text { label(client) + u' ' + arguments.join(u' ') };
        for (const ClientRun &run : done)
            text << QStringLiteral("--- exit %1, output:\n%2").arg(run.exitCode).arg(run.output.right(3000));
        text << QStringLiteral("--- transcript:\n") + server.transcript().right(6000);
        text << QStringLiteral("--- verdicts:");
        for (const Verdict &verdict : got)
            text << verdict.verdict + QStringLiteral(": ") + verdict.reason
                    + QStringLiteral("\n    evidence: ")
                    + verdict.evidence.join(QStringLiteral("\n    evidence: "));
        return text.join(u'\n');
    }

    QTemporaryDir m_home;
    QHash<QString, ExamClient> m_clients;
    QHash<QString, QByteArray> m_messages;
    QList<ExamRow> m_rows;
};

} // namespace SmtpTutor::Testing
