// smtp-tutor-cli explain: decode a reply line (or a whole reply), a reply code, an enhanced
// status code, a port or a command, from the same reference data the GUI shows.

#include "clicommands.h"

#include "reference/explainer.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace SmtpTutor::Cli {

namespace {

constexpr int ExitExplained = 0;
constexpr int ExitNotRecognised = 1;

} // namespace

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
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
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption json(
        QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text."));
    const QCommandLineOption width(QStringLiteral("width"),
        QStringLiteral("Wrap text output at COLUMNS (default 78)."), QStringLiteral("COLUMNS"),
        QStringLiteral("78"));
    parser.addOptions({ help, json, width });

    const auto usage = [](const QString &message) {
        QTextStream(stderr) << "smtp-tutor-cli explain: " << message
                            << "\nRun 'smtp-tutor-cli explain --help' for the options.\n";
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << subcommandHelp(parser.helpText(), QStringLiteral("explain"));
        return ExitExplained;
    }
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usage(QStringLiteral(
            "give the TEXT to explain (a reply line, 421, 5.7.1, 587, EHLO) or - for standard input"));
    bool widthOk = false;
    const int columns = parser.value(width).toInt(&widthOk);
    if (!widthOk || columns < 20 || columns > 1000)
        return usage(QStringLiteral("--width takes a number from 20 to 1000"));

    QString text;
    if (words == QStringList { QStringLiteral("-") }) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return usage(QStringLiteral("cannot read standard input"));
        // One byte more than the explainer accepts, so that it can say the text is too long.
        text = QString::fromUtf8(input.read(Explainer::MaxInputLength * 4 + 1));
    } else {
        text = words.join(QLatin1Char(' '));
    }

    const Explainer explainer;
    const Explanation explanation = explainer.explain(text);
    if (!ReferenceCatalog::instance().isValid()) {
        // Built-in data that does not load is a packaging bug; say so rather than explain half.
        QTextStream(stderr) << "smtp-tutor-cli explain: the built-in reference data is damaged:\n  "
                            << ReferenceCatalog::instance().loadErrors().join(QStringLiteral("\n  ")) << '\n';
    }

    QTextStream out(stdout);
    if (parser.isSet(json))
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

} // namespace SmtpTutor::Cli
