#pragma once

// Starts `smtp-tutor-cli serve` as a child process for the practice-server integration tests:
// on 127.0.0.1 port 0 (the server prints the port it got), with its certificate made in a
// temporary XDG_DATA_HOME (never the user's own data folder), logging to a file.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace SmtpTutor::Testing {

inline QString cliProgram()
{
    const QString overridden = qEnvironmentVariable("SMTP_TUTOR_CLI");
    return overridden.isEmpty() ? QStringLiteral(SMTP_TUTOR_BINARY_DIR "/bin/smtp-tutor-cli") : overridden;
}

class ServeProcess
{
public:
    explicit ServeProcess(const QString &dataHome)
        : m_dataHome(dataHome)
    {
    }
    ~ServeProcess() { stop(); }

    // Returns an empty string on success, else why it failed.
    QString start(const QStringList &extraArguments, bool implicitListener = false)
    {
        m_logFile = QDir(m_dataHome).filePath(QStringLiteral("serve-%1.log").arg(++s_counter));
        QStringList arguments { QStringLiteral("serve"), QStringLiteral("--listen"),
            QStringLiteral("127.0.0.1:0"), QStringLiteral("--log"), m_logFile };
        if (implicitListener)
            arguments << QStringLiteral("--implicit-tls-listen") << QStringLiteral("127.0.0.1:0");
        arguments << extraArguments;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
        m_process.setProcessEnvironment(environment);
        m_process.setProgram(cliProgram());
        m_process.setArguments(arguments);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("cannot start %1: %2").arg(cliProgram(), m_process.errorString());
        // The banner ends with the "Limits:" line; the certificate is made before it (openssl).
        const bool ready = QTest::qWaitFor(
            [this] {
                m_stdout += m_process.readAllStandardOutput();
                return m_stdout.contains("Limits:") || m_process.state() == QProcess::NotRunning;
            },
            60000);
        m_stdout += m_process.readAllStandardOutput();
        if (!ready || m_process.state() != QProcess::Running)
            return QStringLiteral("serve did not start: %1 %2")
                .arg(QString::fromUtf8(m_stdout), QString::fromUtf8(m_process.readAllStandardError()));
        static const QRegularExpression listening(
            QStringLiteral("Listening on 127\\.0\\.0\\.1:(\\d+) \\((.*)\\)"));
        auto it = listening.globalMatch(QString::fromUtf8(m_stdout));
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.captured(2).contains(QStringLiteral("implicit TLS")))
                m_implicitPort = match.captured(1).toUShort();
            else
                m_port = match.captured(1).toUShort();
        }
        static const QRegularExpression certificate(QStringLiteral("Certificate: (.*)\\n"));
        m_certificate = certificate.match(QString::fromUtf8(m_stdout)).captured(1).trimmed();
        return {};
    }

    // SIGTERM, then the exit status (or -1 if it did not stop within the time).
    int stop(int timeoutMs = 10000)
    {
        if (m_process.state() == QProcess::NotRunning)
            return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(2000);
            return -1;
        }
        m_stdout += m_process.readAllStandardOutput();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

    QString log() const
    {
        QFile file(m_logFile);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    // Waits until the log holds `text` (the server writes it as the session goes).
    bool waitForLog(const QString &text, int timeoutMs = 5000) const
    {
        return QTest::qWaitFor([&] { return log().contains(text); }, timeoutMs);
    }

    QProcess &process() { return m_process; }
    QByteArray standardOutput() { return m_stdout += m_process.readAllStandardOutput(); }
    quint16 port() const { return m_port; }
    quint16 implicitPort() const { return m_implicitPort; }
    QString certificate() const { return m_certificate; }
    qint64 pid() const { return m_process.processId(); }

    // Resident memory of the server process in KiB, from /proc.
    qint64 residentKiB() const
    {
        QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

private:
    inline static int s_counter = 0;
    QString m_dataHome;
    QString m_logFile;
    QProcess m_process;
    QByteArray m_stdout;
    quint16 m_port = 0;
    quint16 m_implicitPort = 0;
    QString m_certificate;
};

struct ToolResult
{
    int exitCode = -1;
    QString output;
};

// Runs a real client (swaks, smtp-source) to the end.
inline ToolResult runTool(const QString &program, const QStringList &arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    ToolResult result;
    if (!process.waitForStarted(10000)) {
        result.output = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.output = QStringLiteral("%1 did not finish in time").arg(program);
        return result;
    }
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

} // namespace SmtpTutor::Testing
