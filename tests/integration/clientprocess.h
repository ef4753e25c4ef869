#pragma once

// Runs a real mail client (swaks, msmtp, curl, s-nail, a Python script) to its end, the way the
// practice-server suites need it: `input` on its standard input, HOME in a scratch folder (no
// ~/.msmtprc, ~/.swaksrc or ~/.curlrc of the person running the tests), C.UTF-8 messages, and
// its output with standard error merged in.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace SmtpTutor::Testing {

struct ClientRun
{
    int exitCode = -1; // -1 when it did not start, crashed or did not finish in time
    QString output;
};

inline ClientRun runClientProcess(const QString &program, const QStringList &arguments, const QByteArray &input,
    const QString &home, int timeoutMs = 90000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    ClientRun run;
    if (!process.waitForStarted(10000)) {
        run.output = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        run.output = QStringLiteral("%1 did not finish in time: %2").arg(program, QString::fromUtf8(process.readAll()));
        return run;
    }
    run.output = QString::fromUtf8(process.readAll());
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

} // namespace SmtpTutor::Testing
