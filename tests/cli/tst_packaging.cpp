// The program as a distribution sees it: the desktop entry and AppStream file validate, the
// install layout is complete, the .deb builds with computed dependencies and its programs run
// from an unpacked root, the man page documents every option --help prints (and nothing else),
// and the bash completion offers them.
//
// Needs: desktop-file-validate (desktop-file-utils), appstreamcli (appstream), man (man-db),
// cpack + dpkg-shlibdeps (cmake, dpkg-dev), bash. tools/test installs them; when one is missing
// the test fails under CI=true and is skipped otherwise.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

const QString SourceDir = QStringLiteral(SMTP_TUTOR_SOURCE_DIR);
const QString BinaryDir = QStringLiteral(SMTP_TUTOR_BINARY_DIR);
const QString Cli = QStringLiteral(SMTP_TUTOR_CLI);
const QString AppId = QStringLiteral("io.github.smtptutor.SmtpTutor");
const QStringList Subcommands = { QStringLiteral("explain"), QStringLiteral("simulate"),
    QStringLiteral("probe"), QStringLiteral("ports"), QStringLiteral("mx"), QStringLiteral("serve"),
    QStringLiteral("diagram") };
const QList<int> IconSizes = { 16, 22, 24, 32, 48, 64, 128, 256 };

#ifdef SMTP_TUTOR_GUI
constexpr bool HasGui = true;
#else
constexpr bool HasGui = false;
#endif

struct Run
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
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

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The man page source with roff's escaped hyphens turned into plain ones.
QString manSource(const QString &name)
{
    return readText(SourceDir + QStringLiteral("/resources/man/") + name)
        .replace(QLatin1String("\\-"), QLatin1String("-"));
}

// Text of one ".SS <command>" subsection (up to the next .SS or .SH).
QString manSubsection(const QString &man, const QString &command)
{
    const QRegularExpression start(QStringLiteral("^\\.SS %1\\b").arg(QRegularExpression::escape(command)),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = start.match(man);
    if (!match.hasMatch())
        return {};
    const QRegularExpression next(QStringLiteral("^\\.S[SH] "), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch end = next.match(man, match.capturedEnd());
    return man.mid(match.capturedStart(), end.hasMatch() ? end.capturedStart() - match.capturedStart() : -1);
}

// Long options of a --help text: the "--name" words on its option lines (two spaces, then "-";
// wrapped descriptions are indented further).
QSet<QString> helpOptions(const QString &help)
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

// Long options a man subsection documents: the ones named on the tag line after each .TP.
QSet<QString> manOptions(const QString &subsection)
{
    QSet<QString> options;
    const QRegularExpression tag(QStringLiteral("^\\.TP\\n([^\\n]*)"), QRegularExpression::MultilineOption);
    const QRegularExpression longOption(QStringLiteral("--[a-z][a-z0-9-]*"));
    auto tags = tag.globalMatch(subsection);
    while (tags.hasNext()) {
        auto words = longOption.globalMatch(tags.next().captured(1));
        while (words.hasNext())
            options.insert(words.next().captured(0));
    }
    return options;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

// Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian).
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&head](int at) {
        return (uint(uchar(head[at])) << 24) | (uint(uchar(head[at + 1])) << 16)
            | (uint(uchar(head[at + 2])) << 8) | uint(uchar(head[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

} // namespace

// QSKIP outside CI, QFAIL in CI (where tools/test has installed everything).
#define REQUIRE_TOOL(path, name, package)                                                                    \
    const QString path = QStandardPaths::findExecutable(QStringLiteral(name));                               \
    if (path.isEmpty()) {                                                                                    \
        if (qEnvironmentVariable("CI") == QLatin1String("true"))                                             \
            QFAIL(name " is missing: install " package " (tools/test does)");                                \
        QSKIP(name " is missing: install " package " or run tools/test");                                    \
    }

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryValidates();
    void metainfoValidates();
    void versionsAgree();
    void installLayout();
    void debianPackage();
    void manPageListsEveryCommand();
    void manPageMatchesHelp_data();
    void manPageMatchesHelp();
    void guiManPageMatchesHelp();
    void manPageExitStatuses_data();
    void manPageExitStatuses();
    void manPagesRenderWithoutWarnings();
    void bashCompletion_data();
    void bashCompletion();
    void bashCompletionOffersEveryOption();
};

void TestPackaging::desktopEntryValidates()
{
    REQUIRE_TOOL(validator, "desktop-file-validate", "desktop-file-utils");
    const QString file = SourceDir + QStringLiteral("/resources/desktop/%1.desktop").arg(AppId);
    const Run result = run(validator, { file });
    qInfo().noquote() << "desktop-file-validate:" << (result.out + result.err).trimmed();
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    // Hints (for example two main categories) are advice; errors and warnings are not.
    const QString output = result.out + result.err;
    QVERIFY2(!output.contains(QLatin1String("error:")) && !output.contains(QLatin1String("warning:")),
        qPrintable(output));
    const QString entry = readText(file);
    QVERIFY(entry.contains(QStringLiteral("\nIcon=%1\n").arg(AppId)));
    QVERIFY(entry.contains(QLatin1String("\nExec=smtp-tutor\n")));
}

void TestPackaging::metainfoValidates()
{
    REQUIRE_TOOL(appstreamcli, "appstreamcli", "appstream");
    const QString file = SourceDir + QStringLiteral("/resources/desktop/%1.metainfo.xml").arg(AppId);
    const Run result = run(appstreamcli, { QStringLiteral("validate"), QStringLiteral("--no-net"), file });
    qInfo().noquote() << "appstreamcli validate --no-net:" << (result.out + result.err).trimmed();
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    const QRegularExpression problem(QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!problem.match(result.out + result.err).hasMatch(), qPrintable(result.out + result.err));
    const QString metainfo = readText(file);
    QVERIFY(metainfo.contains(QStringLiteral("<id>%1</id>").arg(AppId)));
    QVERIFY(metainfo.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(AppId)));
}

// The program, the man pages and the AppStream release name the same version.
void TestPackaging::versionsAgree()
{
    const Run result = run(Cli, { QStringLiteral("--version") });
    QCOMPARE(result.exitCode, 0);
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^smtp-tutor-cli (\\S+)\\n$")).match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out));
    const QString version = match.captured(1);
    for (const QString &page : { QStringLiteral("smtp-tutor-cli.1"), QStringLiteral("smtp-tutor.1") })
        QVERIFY2(
            manSource(page).contains(QStringLiteral("\"SMTP Tutor %1\"").arg(version)), qPrintable(page));
    QVERIFY(readText(SourceDir + QStringLiteral("/resources/desktop/%1.metainfo.xml").arg(AppId))
                .contains(QStringLiteral("<release version=\"%1\"").arg(version)));
}

void TestPackaging::installLayout()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const Run install = run(QStringLiteral(SMTP_TUTOR_CMAKE),
        { QStringLiteral("--install"), BinaryDir, QStringLiteral("--prefix"), prefix.path() }, {}, 120000);
    QVERIFY2(install.finished && install.exitCode == 0, qPrintable(install.out + install.err));

    QStringList expected
        = { QStringLiteral("bin/smtp-tutor-cli"), QStringLiteral("share/man/man1/smtp-tutor-cli.1"),
              QStringLiteral("share/bash-completion/completions/smtp-tutor-cli") };
    if (HasGui) {
        expected << QStringLiteral("bin/smtp-tutor") << QStringLiteral("share/man/man1/smtp-tutor.1")
                 << QStringLiteral("share/applications/%1.desktop").arg(AppId)
                 << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId)
                 << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(AppId);
        for (int size : IconSizes)
            expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId);
    }
    for (const QString &path : expected)
        QVERIFY2(QFileInfo::exists(prefix.filePath(path)), qPrintable(path));
    for (const QString &program :
        { QStringLiteral("bin/smtp-tutor-cli"), QStringLiteral("bin/smtp-tutor") }) {
        if (program.endsWith(QLatin1String("tutor")) && !HasGui)
            continue;
        QVERIFY2(QFileInfo(prefix.filePath(program)).isExecutable(), qPrintable(program));
    }
    if (HasGui) {
        for (int size : IconSizes)
            QCOMPARE(pngSize(prefix.filePath(
                         QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId))),
                QSize(size, size));
    }
    // Nothing else sneaks in (test programs, headers, static libraries).
    QStringList unexpected;
    QDirIterator it(prefix.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(prefix.path()).relativeFilePath(it.next());
        if (!expected.contains(relative))
            unexpected << relative;
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char(' '))));

    if (HasGui) {
        // What the desktop entry launches and what AppStream says the package provides is there.
        const QString entry
            = readText(prefix.filePath(QStringLiteral("share/applications/%1.desktop").arg(AppId)));
        const QString exec = QRegularExpression(QStringLiteral("\\nExec=(\\S+)")).match(entry).captured(1);
        QVERIFY2(QFileInfo(prefix.filePath(QStringLiteral("bin/") + exec)).isExecutable(), qPrintable(exec));
        const QString metainfo
            = readText(prefix.filePath(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId)));
        auto binaries = QRegularExpression(QStringLiteral("<binary>([^<]+)</binary>")).globalMatch(metainfo);
        int provided = 0;
        while (binaries.hasNext()) {
            const QString binary = binaries.next().captured(1);
            ++provided;
            QVERIFY2(QFileInfo(prefix.filePath(QStringLiteral("bin/") + binary)).isExecutable(),
                qPrintable(binary));
        }
        QCOMPARE(provided, 2);
    }

    const Run version
        = run(prefix.filePath(QStringLiteral("bin/smtp-tutor-cli")), { QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("smtp-tutor-cli ")));
}

void TestPackaging::debianPackage()
{
    REQUIRE_TOOL(shlibdeps, "dpkg-shlibdeps", "dpkg-dev");
    REQUIRE_TOOL(dpkgDeb, "dpkg-deb", "dpkg");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const Run cpack = run(QStringLiteral(SMTP_TUTOR_CPACK),
        { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
            BinaryDir + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), work.path() },
        {}, 240000, BinaryDir);
    QVERIFY2(cpack.finished, "cpack did not finish within 4 minutes");
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(work.path()).entryList({ QStringLiteral("smtp-tutor_*.deb") }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    const QString deb = work.filePath(debs.first());

    const Run depends = run(
        dpkgDeb, { QStringLiteral("--field"), deb, QStringLiteral("Package"), QStringLiteral("Depends") });
    QCOMPARE(depends.exitCode, 0);
    qInfo().noquote() << depends.out.trimmed();
    QVERIFY(depends.out.contains(QLatin1String("Package: smtp-tutor\n")));
    const QString dependsLine = depends.out.section(QLatin1String("Depends: "), 1);
    // openssl is named by hand; the Qt and C++ libraries come from dpkg-shlibdeps.
    QVERIFY2(QRegularExpression(QStringLiteral("(^|, )openssl(,|$)")).match(dependsLine.trimmed()).hasMatch(),
        qPrintable(dependsLine));
    for (const char *library : { "libqt6core6", "libqt6network6", "libc6", "libstdc++6" })
        QVERIFY2(dependsLine.contains(QLatin1String(library)), library);
    if (HasGui)
        QVERIFY2(dependsLine.contains(QLatin1String("libqt6widgets6")), qPrintable(dependsLine));

    const QString root = work.filePath(QStringLiteral("root"));
    const Run extract = run(dpkgDeb, { QStringLiteral("-x"), deb, root });
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/usr/share/man/man1/smtp-tutor-cli.1")));
    if (HasGui) {
        QVERIFY(QFileInfo(root + QStringLiteral("/usr/bin/smtp-tutor")).isExecutable());
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/usr/share/applications/%1.desktop").arg(AppId)));
    }

    const QString cli = root + QStringLiteral("/usr/bin/smtp-tutor-cli");
    const Run version = run(cli, { QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, run(Cli, { QStringLiteral("--version") }).out);

    const Run simulate = run(cli, { QStringLiteral("simulate") }, "EHLO me\r\nQUIT\r\n");
    QVERIFY2(simulate.finished && simulate.exitCode == 0, qPrintable(simulate.err));
    QVERIFY2(simulate.out.startsWith(QLatin1String("220 ")), qPrintable(simulate.out));
    QVERIFY2(
        simulate.out.contains(QLatin1String("\r\n250 ")) || simulate.out.contains(QLatin1String("\r\n250-")),
        qPrintable(simulate.out));
    QVERIFY2(simulate.out.endsWith(QLatin1String("\r\n")) && simulate.out.contains(QLatin1String("\r\n221 ")),
        qPrintable(simulate.out));
}

void TestPackaging::manPageListsEveryCommand()
{
    const Run help = run(Cli, { QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    // The commands block of the top-level help: "  name  summary" lines under "Commands:".
    const QString commandsBlock
        = help.out.section(QLatin1String("Commands:\n"), 1).section(QLatin1String("\n\n"), 0, 0);
    QSet<QString> fromHelp;
    const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
    auto lines = commandLine.globalMatch(commandsBlock);
    while (lines.hasNext())
        fromHelp.insert(lines.next().captured(1));
    QCOMPARE(sorted(fromHelp), sorted(QSet<QString>(Subcommands.cbegin(), Subcommands.cend())));

    const QString man = manSource(QStringLiteral("smtp-tutor-cli.1"));
    QSet<QString> fromMan;
    const QRegularExpression subsection(
        QStringLiteral("^\\.SS ([a-z]+)"), QRegularExpression::MultilineOption);
    auto sections = subsection.globalMatch(man);
    while (sections.hasNext())
        fromMan.insert(sections.next().captured(1));
    QCOMPARE(sorted(fromMan), sorted(fromHelp));
    for (const QString &option : helpOptions(help.out))
        QVERIFY2(man.section(QLatin1String(".SH GLOBAL OPTIONS"), 1)
                     .section(QLatin1String(".SH "), 0, 0)
                     .contains(option),
            qPrintable(option));
}

void TestPackaging::manPageMatchesHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : Subcommands)
        QTest::newRow(qPrintable(command)) << command;
}

// Every long option `<command> --help` prints is documented in that command's subsection, and
// the subsection documents no option the program does not have.
void TestPackaging::manPageMatchesHelp()
{
    QFETCH(QString, command);
    const Run help = run(Cli, { command, QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    const QSet<QString> fromHelp = helpOptions(help.out);
    QVERIFY2(fromHelp.contains(QStringLiteral("--help")), qPrintable(help.out));
    const QString subsection = manSubsection(manSource(QStringLiteral("smtp-tutor-cli.1")), command);
    QVERIFY2(!subsection.isEmpty(), qPrintable(command));
    QCOMPARE(sorted(manOptions(subsection)), sorted(fromHelp));
}

// smtp-tutor(1) documents exactly the options `smtp-tutor --help` lists.
void TestPackaging::guiManPageMatchesHelp()
{
#ifdef SMTP_TUTOR_GUI
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run help
        = run(QStringLiteral(SMTP_TUTOR_GUI), { QStringLiteral("--help") }, {}, 60000, {}, environment);
    QCOMPARE(help.exitCode, 0);
    const QSet<QString> fromHelp = helpOptions(help.out);
    QVERIFY2(fromHelp.contains(QStringLiteral("--version")), qPrintable(help.out));
    const QString man = manSource(QStringLiteral("smtp-tutor.1"));
    const QString options
        = man.section(QLatin1String(".SH OPTIONS"), 1).section(QLatin1String("\n.SH "), 0, 0);
    QCOMPARE(sorted(manOptions(options)), sorted(fromHelp));
#else
    QSKIP("built without the GUI");
#endif
}

void TestPackaging::manPageExitStatuses_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : Subcommands)
        QTest::newRow(qPrintable(command)) << command;
}

// Where `<command> --help` states its exit statuses ("Exit status: 0 ok, 2 usage, ..."), the
// man page's EXIT STATUS entry for that command names the same numbers.
void TestPackaging::manPageExitStatuses()
{
    QFETCH(QString, command);
    const QString man = manSource(QStringLiteral("smtp-tutor-cli.1"));
    const QString exitSection
        = man.section(QLatin1String(".SH EXIT STATUS"), 1).section(QLatin1String("\n.SH "), 0, 0);
    const QRegularExpression entryStart(
        QStringLiteral("^\\.TP\\n\\.B %1\\n").arg(command), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch entryMatch = entryStart.match(exitSection);
    QVERIFY2(entryMatch.hasMatch(), qPrintable(QStringLiteral("no EXIT STATUS entry for ") + command));
    // The entry runs to the next top-level ".TP\n.B <command>" tag.
    const QRegularExpression nextEntry(
        QStringLiteral("^\\.TP\\n\\.B [a-z]+\\n"), QRegularExpression::MultilineOption);
    const QRegularExpressionMatch next = nextEntry.match(exitSection, entryMatch.capturedEnd());
    const QString entry = exitSection.mid(
        entryMatch.capturedEnd(), next.hasMatch() ? next.capturedStart() - entryMatch.capturedEnd() : -1);

    const Run help = run(Cli, { command, QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    const int at = help.out.indexOf(QLatin1String("Exit status:"));
    if (at < 0) {
        // Commands without a stated list still have 0 and 2 (usage).
        QVERIFY2(entry.contains(QLatin1String("0 ")) && entry.contains(QLatin1String("2 usage")),
            qPrintable(entry));
        return;
    }
    const QString statement = help.out.mid(at).section(QLatin1Char('.'), 0, 0); // up to the first full stop
    const QRegularExpression number(QStringLiteral("\\b(\\d+) [a-zA-Z/]"));
    auto numbers = number.globalMatch(statement);
    int count = 0;
    while (numbers.hasNext()) {
        const QString value = numbers.next().captured(1);
        ++count;
        const bool listed = entry.contains(QStringLiteral(".B %1\n").arg(value))
            || QRegularExpression(QStringLiteral("(^|[ ,])%1 [a-z]").arg(value)).match(entry).hasMatch();
        QVERIFY2(listed,
            qPrintable(QStringLiteral("%1: exit status %2 missing from the man page").arg(command, value)));
    }
    QVERIFY2(count >= 2, qPrintable(statement));
}

void TestPackaging::manPagesRenderWithoutWarnings()
{
    REQUIRE_TOOL(man, "man", "man-db");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("MANWIDTH"), QStringLiteral("80"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (const QString &page : { QStringLiteral("smtp-tutor-cli.1"), QStringLiteral("smtp-tutor.1") }) {
        const Run result = run(man,
            { QStringLiteral("--warnings"), QStringLiteral("-l"),
                SourceDir + QStringLiteral("/resources/man/") + page },
            {}, 60000, {}, environment);
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(page + result.err));
        QVERIFY2(result.err.trimmed().isEmpty(), qPrintable(page + QLatin1String(": ") + result.err));
        QVERIFY2(result.out.contains(QLatin1String("NAME")) && result.out.contains(QLatin1String("SYNOPSIS")),
            qPrintable(page));
    }
}

namespace {
// What the completion function offers for the words of a command line (the last word is the
// one being completed).
QStringList complete(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << QLatin1Char('\'') + word + QLatin1Char('\'');
    const QString script = QStringLiteral(
        "source '%1' || exit 3\n"
        "COMP_WORDS=('%2' %3); COMP_CWORD=%4; COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}\n"
        "_smtp_tutor_cli\n"
        "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                               .arg(SourceDir + QStringLiteral("/resources/completion/smtp-tutor-cli.bash"),
                                   Cli, quoted.join(QLatin1Char(' ')))
                               .arg(words.size());
    const Run result
        = run(QStringLiteral("bash"), { QStringLiteral("--norc"), QStringLiteral("-c"), script });
    if (result.exitCode != 0)
        return { QStringLiteral("<bash failed: %1>").arg(result.err) };
    QStringList offered = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    offered.sort();
    return offered;
}
} // namespace

void TestPackaging::bashCompletion_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("pr") << QStringList { QStringLiteral("pr") } << QStringList { QStringLiteral("probe") };
    QTest::newRow("s") << QStringList { QStringLiteral("s") }
                       << QStringList { QStringLiteral("serve"), QStringLiteral("simulate") };
    QTest::newRow("probe --t") << QStringList { QStringLiteral("probe"), QStringLiteral("--t") }
                               << QStringList { QStringLiteral("--timeout"), QStringLiteral("--tls"),
                                      QStringLiteral("--to") };
    QTest::newRow("probe --tls ") << QStringList { QStringLiteral("probe"), QStringLiteral("--tls"),
        QString() }
                                  << QStringList { QStringLiteral("auto"), QStringLiteral("implicit"),
                                         QStringLiteral("none"), QStringLiteral("starttls") };
    QTest::newRow("probe --quit-after r")
        << QStringList { QStringLiteral("probe"), QStringLiteral("--quit-after"), QStringLiteral("r") }
        << QStringList { QStringLiteral("rcpt") };
    // Scenario names come from the program itself (simulate --list-scenarios).
    QTest::newRow("simulate --scenario gr")
        << QStringList { QStringLiteral("simulate"), QStringLiteral("--scenario"), QStringLiteral("gr") }
        << QStringList { QStringLiteral("greylist") };
    QTest::newRow("serve --q") << QStringList { QStringLiteral("serve"), QStringLiteral("--q") }
                               << QStringList { QStringLiteral("--quiet") };
    QTest::newRow("diagram --format ")
        << QStringList { QStringLiteral("diagram"), QStringLiteral("--format"), QString() }
        << QStringList { QStringLiteral("mermaid"), QStringLiteral("svg") };
    QTest::newRow("--v") << QStringList { QStringLiteral("--v") }
                         << QStringList { QStringLiteral("--version") };
}

void TestPackaging::bashCompletion()
{
    REQUIRE_TOOL(bash, "bash", "bash");
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    QCOMPARE(complete(words), expected);
}

// `<command> --<TAB>` offers exactly the long options `<command> --help` lists.
void TestPackaging::bashCompletionOffersEveryOption()
{
    REQUIRE_TOOL(bash, "bash", "bash");
    for (const QString &command : Subcommands) {
        const Run help = run(Cli, { command, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QStringList offered = complete({ command, QStringLiteral("--") });
        QCOMPARE(sorted(QSet<QString>(offered.cbegin(), offered.cend())), sorted(helpOptions(help.out)));
    }
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
