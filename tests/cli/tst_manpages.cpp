// The man pages against the programs: smtp-tutor-cli(1) lists every command and documents
// exactly the options each command's --help prints, and the exit statuses it states;
// smtp-tutor(1) documents exactly the GUI's options; both render without warnings.
//
// Needs: man (man-db). tools/test installs it; when it is missing the test fails under CI=true
// and is skipped otherwise.

#include "packagingchecks.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace SmtpTutor::PackagingChecks;

namespace {

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

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manPageListsEveryCommand();
    void manPageMatchesHelp_data();
    void manPageMatchesHelp();
    void guiManPageMatchesHelp();
    void manPageExitStatuses_data();
    void manPageExitStatuses();
    void manPagesRenderWithoutWarnings();
};

void TestManPages::manPageListsEveryCommand()
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

void TestManPages::manPageMatchesHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : Subcommands)
        QTest::newRow(qPrintable(command)) << command;
}

// Every long option `<command> --help` prints is documented in that command's subsection, and
// the subsection documents no option the program does not have.
void TestManPages::manPageMatchesHelp()
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
void TestManPages::guiManPageMatchesHelp()
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

void TestManPages::manPageExitStatuses_data()
{
    QTest::addColumn<QString>("command");
    for (const QString &command : Subcommands)
        QTest::newRow(qPrintable(command)) << command;
}

// Where `<command> --help` states its exit statuses ("Exit status: 0 ok, 2 usage, ..."), the
// man page's EXIT STATUS entry for that command names the same numbers.
void TestManPages::manPageExitStatuses()
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

void TestManPages::manPagesRenderWithoutWarnings()
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

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
