// What the packaging suites share (tst_packaging, tst_manpages, tst_bashcompletion): running a
// program, reading a source file, the long options a --help text lists, and the check for an
// outside tool (QSKIP outside CI, QFAIL in CI, where tools/test has installed everything).
#pragma once

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

namespace SmtpTutor::PackagingChecks {

inline const QString SourceDir = QStringLiteral(SMTP_TUTOR_SOURCE_DIR);
inline const QString Cli = QStringLiteral(SMTP_TUTOR_CLI);
inline const QStringList Subcommands = { QStringLiteral("explain"), QStringLiteral("simulate"),
    QStringLiteral("probe"), QStringLiteral("audit"), QStringLiteral("ports"), QStringLiteral("mx"), QStringLiteral("serve"),
    QStringLiteral("diagram") };

struct Run
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
    int timeoutMs = 60000, const QString &workingDirectory = {},
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    Run result;
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    result.started = process.waitForStarted(10000);
    if (!result.started)
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

inline QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The man page source with roff's escaped hyphens turned into plain ones.
inline QString manSource(const QString &name)
{
    return readText(SourceDir + QStringLiteral("/resources/man/") + name)
        .replace(QLatin1String("\\-"), QLatin1String("-"));
}

// Long options of a --help text: the "--name" words on its option lines (two spaces, then "-";
// wrapped descriptions are indented further).
inline QSet<QString> helpOptions(const QString &help)
{
    QSet<QString> options;
    const QRegularExpression optionLine(
        QStringLiteral("^  (-[^ ,]*(?:, )?)+"), QRegularExpression::MultilineOption);
    const QRegularExpression longOption(QStringLiteral("--[a-z][a-z0-9-]*"));
    auto lines = optionLine.globalMatch(help);
    while (lines.hasNext()) {
        auto words = longOption.globalMatch(lines.next().captured(0));
        while (words.hasNext())
            options.insert(words.next().captured(0));
    }
    return options;
}

inline QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

} // namespace SmtpTutor::PackagingChecks

// QSKIP outside CI, QFAIL in CI (where tools/test has installed everything).
#define REQUIRE_TOOL(path, name, package)                                                                    \
    const QString path = QStandardPaths::findExecutable(QStringLiteral(name));                               \
    if (path.isEmpty()) {                                                                                    \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                             \
            QFAIL(name " is missing: install " package " (tools/test does)");                                \
        QSKIP(name " is missing: install " package " or run tools/test");                                    \
    }
