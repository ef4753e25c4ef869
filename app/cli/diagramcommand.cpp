// smtp-tutor-cli diagram: draws a recorded session (a probe --json report or an exported
// transcript) as a sequence diagram, in Mermaid text or SVG. The layout and both writers are
// the ones the desktop program uses (core/session), so the picture is the same.

#include "clicommands.h"

#include "session/diagramlayout.h"
#include "session/mermaiddiagramwriter.h"
#include "session/svgdiagramwriter.h"
#include "session/transcriptimport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace SmtpTutor::Cli {

namespace {

constexpr int ExitWritten = 0;
constexpr int ExitUnreadable = 1;

int fail(const QString &message)
{
    QTextStream(stderr) << "smtp-tutor-cli diagram: " << message << '\n';
    return ExitUnreadable;
}

// The whole input, from a file or standard input ("-"); at most one byte more than the
// importer accepts, so that it can say the input is too large.
bool readInput(const QString &name, QByteArray *bytes, QString *error)
{
    QFile file;
    const bool standardInput = name == QLatin1String("-");
    if (standardInput) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read standard input");
            return false;
        }
    } else {
        file.setFileName(name);
        if (QFileInfo(name).isDir() || !file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2")
                         .arg(name,
                             QFileInfo(name).isDir() ? QStringLiteral("it is a folder") : file.errorString());
            return false;
        }
    }
    *bytes = file.read(TranscriptImport::MaxInputSize + 1);
    return true;
}

bool writeOutput(const QString &path, const QByteArray &bytes, QString *error)
{
    if (path.isEmpty()) {
        const bool ok
            = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
        return (std::fflush(stdout) == 0 && ok)
            || ((*error = QStringLiteral("cannot write to standard output")), false);
    }
    QSaveFile file(path); // all or nothing: a failed run leaves no half-written picture
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int runDiagram(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Draw a recorded SMTP session as a sequence diagram: one arrow per command and per reply,\n"
        "multi-line replies folded, the message as one arrow, the TLS part shaded and the notes\n"
        "between. INPUT is the output of 'smtp-tutor-cli probe --json' or a transcript exported\n"
        "from the desktop program; - reads standard input. Credentials stay masked as in the\n"
        "transcript.\n"
        "\n"
        "Examples:\n"
        "  smtp-tutor-cli probe mail.example.com --json | smtp-tutor-cli diagram - > session.mmd\n"
        "  smtp-tutor-cli diagram session.json --format svg -o session.svg\n"
        "\n"
        "Exit status: 0 written, 1 unreadable input or unwritable output, 2 usage error."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
        QStringLiteral("A probe --json report or an exported transcript (JSON), or - for standard input."));
    const QCommandLineOption help(
        { QStringLiteral("h"), QStringLiteral("help") }, QStringLiteral("Show this help."));
    const QCommandLineOption format({ QStringLiteral("f"), QStringLiteral("format") },
        QStringLiteral("mermaid (a sequenceDiagram, the default) or svg."), QStringLiteral("FORMAT"),
        QStringLiteral("mermaid"));
    const QCommandLineOption output({ QStringLiteral("o"), QStringLiteral("output") },
        QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption times(
        QStringLiteral("times"), QStringLiteral("Show the time since the previous arrow on each arrow."));
    parser.addOptions({ help, format, output, times });

    const auto usage = [](const QString &message) {
        QTextStream(stderr) << "smtp-tutor-cli diagram: " << message
                            << "\nRun 'smtp-tutor-cli diagram --help' for the options.\n";
        return ExitUsage;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << subcommandHelp(parser.helpText(), QStringLiteral("diagram"));
        return ExitWritten;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1)
        return usage(inputs.isEmpty() ? QStringLiteral("give the INPUT file (or - for standard input)")
                                      : QStringLiteral("give one INPUT, not %1").arg(inputs.size()));
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("mermaid") && kind != QLatin1String("svg"))
        return usage(QStringLiteral("--format takes mermaid or svg, not '%1'").arg(parser.value(format)));
    if (parser.isSet(output) && parser.value(output).isEmpty())
        return usage(QStringLiteral("--output needs a file name"));

    QByteArray bytes;
    QString error;
    if (!readInput(inputs.first(), &bytes, &error))
        return fail(error);
    Transcript transcript;
    const TranscriptImport::Result imported = TranscriptImport::read(bytes, &transcript);
    const QString shownName
        = inputs.first() == QLatin1String("-") ? QStringLiteral("standard input") : inputs.first();
    if (!imported.ok)
        return fail(QStringLiteral("%1 is not a recorded session: %2").arg(shownName, imported.error));

    DiagramLayout layout;
    // A probe's client is this program; a bare transcript does not say who the client was.
    layout.setLanes(imported.isProbeReport ? QStringLiteral("SMTP Tutor") : QStringLiteral("client"),
        imported.host.isEmpty() ? QStringLiteral("server") : imported.host);
    layout.rebuild(transcript);
    const DiagramExportOptions options { parser.isSet(times) };
    const QByteArray written = kind == QLatin1String("svg")
        ? SvgDiagramWriter::write(layout, options)
        : MermaidDiagramWriter::write(layout, options).toUtf8();
    if (!writeOutput(parser.value(output), written, &error))
        return fail(error);
    return ExitWritten;
}

} // namespace SmtpTutor::Cli
