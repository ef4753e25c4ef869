// smtp-tutor-cli explain: decode a reply line (or a whole reply), a reply code, an enhanced
// status code, a port or a command, from the same reference data the GUI shows.

#include "clicommands.h"

#include "reference/explainer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace SmtpTutor::Cli {

namespace {

constexpr int ExitExplained = 0;
constexpr int ExitNotRecognised = 1;

struct ExplainFlags
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text.")};
    QCommandLineOption width{QStringLiteral("width"), QStringLiteral("Wrap text output at COLUMNS (default 78)."),
                             QStringLiteral("COLUMNS"), QStringLiteral("78")};

    void declareOn(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("Explain what a mail server said, in plain words: a reply line or a whole multi-line "
                           "reply, a bare reply\n"
                           "code, an enhanced status code, a port or a command. Several words are joined with "
                           "spaces, so quoting is\n"
                           "only needed for characters the shell treats specially (< > ; |). Give - to read the "
                           "text from standard input.\n"
                           "\n"
                           "Examples:\n"
                           "  smtp-tutor-cli explain \"550 5.1.1 <x@example.com>: Recipient address rejected\"\n"
                           "  smtp-tutor-cli explain 421\n"
                           "  smtp-tutor-cli explain 5.7.1\n"
                           "  smtp-tutor-cli explain 587\n"
                           "  smtp-tutor-cli explain STARTTLS\n"
                           "\n"
                           "Exit status: 0 explained, 1 not recognised, 2 usage error."));
        parser.addPositionalArgument(QStringLiteral("TEXT"),
            QStringLiteral("What to explain, or - for standard input."), QStringLiteral("TEXT..."));
        parser.addOptions({help, json, width});
    }
};

int usage(const QString &message)
{
    QTextStream(stderr) << "smtp-tutor-cli explain: " << message
                        << "\nRun 'smtp-tutor-cli explain --help' for the options.\n";
    return ExitUsage;
}

// The words of the command line, or standard input for "-". Nothing when stdin cannot be read.
std::optional<QString> inputText(const QStringList &words)
{
    if (words != QStringList { QStringLiteral("-") })
        return words.join(QLatin1Char(' '));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    // One byte more than the explainer accepts, so that it can say the text is too long.
    return QString::fromUtf8(input.read(Explainer::MaxInputLength * 4 + 1));
}

int printExplanation(const Explanation &explanation, bool asJson, int columns)
{
    if (!ReferenceCatalog::instance().isValid()) {
        // Built-in data that does not load is a packaging bug; say so rather than explain half.
        QTextStream(stderr) << "smtp-tutor-cli explain: the built-in reference data is damaged:\n  "
                            << ReferenceCatalog::instance().loadErrors().join(QStringLiteral("\n  ")) << '\n';
    }
    QTextStream out(stdout);
    if (asJson)
        out << QJsonDocument(explanation.toJson()).toJson(QJsonDocument::Indented);
    else if (explanation.isValid())
        out << explanation.toText(columns);
    out.flush();

    if (!explanation.isValid()) {
        QTextStream(stderr) << "smtp-tutor-cli explain: " << explanation.error << '\n';
        return ExitNotRecognised;
    }
    return ExitExplained;
}

} // namespace

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ExplainFlags flags;
    flags.declareOn(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(flags.help)) {
        QTextStream(stdout) << subcommandHelp(parser.helpText(), QStringLiteral("explain"));
        return ExitExplained;
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usage(QStringLiteral(
            "give the TEXT to explain (a reply line, 421, 5.7.1, 587, EHLO) or - for standard input"));
    bool widthOk = false;
    const int columns = parser.value(flags.width).toInt(&widthOk);
    if (!widthOk || columns < 20 || columns > 1000)
        return usage(QStringLiteral("--width takes a number from 20 to 1000"));
    const std::optional<QString> text = inputText(words);
    if (!text)
        return usage(QStringLiteral("cannot read standard input"));
    const Explainer explainer;
    return printExplanation(explainer.explain(*text), parser.isSet(flags.json), columns);
}

} // namespace SmtpTutor::Cli
