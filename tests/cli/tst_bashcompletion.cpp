// The bash completion (resources/completion/smtp-tutor-cli.bash), run by a real bash: what it
// offers for a partial command line, and that `<command> --<TAB>` offers exactly the options
// `<command> --help` lists.
//
// Needs: bash. When it is missing the test fails under CI=true and is skipped otherwise.

#include "packagingchecks.h"

#include <QTest>

using namespace SmtpTutor::PackagingChecks;

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

namespace {

// The exam names `serve --help` lists: "... grade the client that connects: a, b, c."
QStringList examNamesFromHelp()
{
    const Run help = run(Cli, { QStringLiteral("serve"), QStringLiteral("--help") });
    const QString text = help.out.simplified();
    const QString list = text.section(QStringLiteral("grade the client that connects: "), 1).section(u'.', 0, 0);
    QStringList names = list.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    names.sort(); // completions come sorted
    return names;
}

} // namespace

class TestBashCompletion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bashCompletion_data();
    void bashCompletion();
    void bashCompletionOffersEveryOption();
};

void TestBashCompletion::bashCompletion_data()
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
    // The exam names as the program spells them (its --help lists them after "--exam <NAME>").
    QTest::newRow("serve --exam ") << QStringList { QStringLiteral("serve"), QStringLiteral("--exam"), QString() }
                                   << examNamesFromHelp();
    QTest::newRow("serve --exam st")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--exam"), QStringLiteral("st") }
        << QStringList { QStringLiteral("starttls-injection"), QStringLiteral("starttls-refused"),
               QStringLiteral("strip-starttls") };
    QTest::newRow("diagram --format ")
        << QStringList { QStringLiteral("diagram"), QStringLiteral("--format"), QString() }
        << QStringList { QStringLiteral("mermaid"), QStringLiteral("svg") };
    QTest::newRow("--v") << QStringList { QStringLiteral("--v") }
                         << QStringList { QStringLiteral("--version") };
}

void TestBashCompletion::bashCompletion()
{
    REQUIRE_TOOL(bash, "bash", "bash");
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    QCOMPARE(complete(words), expected);
}

// `<command> --<TAB>` offers exactly the long options `<command> --help` lists.
void TestBashCompletion::bashCompletionOffersEveryOption()
{
    REQUIRE_TOOL(bash, "bash", "bash");
    for (const QString &command : Subcommands) {
        const Run help = run(Cli, { command, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QStringList offered = complete({ command, QStringLiteral("--") });
        QCOMPARE(sorted(QSet<QString>(offered.cbegin(), offered.cend())), sorted(helpOptions(help.out)));
    }
}

QTEST_GUILESS_MAIN(TestBashCompletion)
#include "tst_bashcompletion.moc"
