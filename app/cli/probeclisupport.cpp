#include "probeclisupport.h"

#include <QFile>
#include <QObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace SmtpTutor::Cli {

int exitCodeFor(const ClientError &error)
{
    if (!error.isError())
        return ExitOk;
    if (error.isTimeout())
        return ExitTimeout;
    if (error.isProtocolViolation())
        return ExitProtocolViolation;
    if (error.kind == ClientErrorKind::Cancelled || error.kind == ClientErrorKind::UnsafeCommand)
        return ExitInternal;
    switch (error.stage) {
    case ProbeStage::Connect: return ExitConnect;
    case ProbeStage::Greeting: return ExitGreeting;
    case ProbeStage::Ehlo: return ExitEhlo;
    case ProbeStage::StartTls: return ExitStartTls;
    case ProbeStage::Tls: return ExitTls;
    case ProbeStage::Auth: return ExitAuth;
    case ProbeStage::Mail: return ExitMail;
    case ProbeStage::Rcpt: return ExitRcpt;
    case ProbeStage::Data: return ExitData;
    case ProbeStage::Quit:
    case ProbeStage::Done: return ExitInternal;
    }
    return ExitInternal;
}

void printTranscriptLive(const Transcript &transcript)
{
    QObject::connect(&transcript, &Transcript::entriesAppended, &transcript,
                     [&transcript](qsizetype first, qsizetype last) {
                         QTextStream out(stdout);
                         for (qsizetype i = first; i <= last && i < transcript.entries().size(); ++i) {
                             const TranscriptEntry &entry = transcript.entries().at(i);
                             out << Transcript::mark(entry.direction, entry.tls) << ' ' << entry.text << '\n';
                         }
                         out.flush();
                     });
}

namespace {
std::optional<QString> promptWithoutEcho(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << '\n';
    err.flush();
    return line;
}
} // namespace

std::optional<QString> readSecret(const QString &environmentVariable, const QString &file,
                                  const QString &user, QString *usageError)
{
    if (!environmentVariable.isEmpty() && !file.isEmpty()) {
        *usageError = QObject::tr("give --password-env or --password-file, not both");
        return std::nullopt;
    }
    if (!environmentVariable.isEmpty()) {
        if (!qEnvironmentVariableIsSet(environmentVariable.toLocal8Bit().constData())) {
            *usageError = QObject::tr("the environment variable %1 is not set").arg(environmentVariable);
            return std::nullopt;
        }
        return qEnvironmentVariable(environmentVariable.toLocal8Bit().constData());
    }
    if (!file.isEmpty()) {
        QFile input(file);
        if (!input.open(QIODevice::ReadOnly)) {
            *usageError = QObject::tr("cannot read the password file %1").arg(file);
            return std::nullopt;
        }
        // The first line is the secret; a trailing newline is not part of it.
        QByteArray line = input.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            *usageError = QObject::tr("the password file %1 is empty").arg(file);
            return std::nullopt;
        }
        return QString::fromUtf8(line);
    }
    const auto typed = promptWithoutEcho(QObject::tr("Password for %1: ").arg(user));
    if (!typed) {
        *usageError = QObject::tr("--user needs a password: --password-env VAR, --password-file FILE, or run on a terminal to be asked");
        return std::nullopt;
    }
    return typed;
}

} // namespace SmtpTutor::Cli
