// smtp-tutor-cli simulate: the simulated server on standard input and output, byte for byte as
// it would be on the wire (greeting first, CRLF line ends), so it can be scripted:
//   printf 'EHLO me\r\nQUIT\r\n' | smtp-tutor-cli simulate

#include "clicommands.h"

#include "server/replayscenario.h"
#include "server/scenario.h"
#include "server/serverengine.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace SmtpTutor::Cli {

namespace {

// Longest line kept; the rest of a longer line is read and dropped, so input cannot exhaust
// memory. Far above RFC 5321's 1000-octet text line limit (s.4.5.3.1.6).
constexpr qsizetype MaxInputLine = 1024 * 1024;

// Reads one line from stdin without its line end (CRLF or a bare LF). Returns false at the end
// of input when nothing was read.
bool readLine(QByteArray *line)
{
    line->clear();
    bool any = false;
    int c;
    while ((c = std::getchar()) != EOF) {
        any = true;
        if (c == '\n')
            break;
        if (line->size() < MaxInputLine)
            line->append(char(c));
    }
    if (!any)
        return false;
    if (line->endsWith('\r'))
        line->chop(1);
    return true;
}

void writeReplies(const QList<ServerResponse> &responses, bool explain)
{
    for (const ServerResponse &response : responses) {
        const QByteArray wire = response.reply.toWire();
        std::fwrite(wire.constData(), 1, size_t(wire.size()), stdout);
        std::fflush(stdout);
        if (explain) {
            QTextStream err(stderr);
            err << "# " << response.explanation;
            if (!response.rfcSection.isEmpty())
                err << " [" << response.rfcSection << ']';
            err << '\n';
            err.flush();
        }
    }
}

// One session on stdin/stdout with a ServerEngine or a ReplayEngine.
void runSession(SmtpResponder &engine, bool explain)
{
    writeReplies(engine.connect(), explain);
    QByteArray line;
    while (!engine.isClosed() && readLine(&line)) {
        writeReplies(engine.receiveLine(line), explain);
        if (engine.isTlsRequested()) {
            // There is no real TLS on a terminal: pretend the handshake succeeded at once.
            engine.tlsStarted();
            if (explain)
                QTextStream(stderr) << "# (simulated) TLS handshake done; the session is now encrypted. "
                                       "Send EHLO again.\n";
        }
    }
}

struct SimulateFlags
{
    QCommandLineOption scenario{{QStringLiteral("s"), QStringLiteral("scenario")},
        QStringLiteral("The server to play: a built-in name (%1), a scenario JSON file, or a recorded session (probe --json or an exported transcript) to replay.")
            .arg(Scenario::builtInNames().join(QStringLiteral(", "))),
        QStringLiteral("name|file")};
    QCommandLineOption personality{QStringLiteral("personality"),
        QStringLiteral("Whose words the server speaks: postfix (the default) or exim. Without --scenario, "
                       "exim plays the reference Exim (scenario one-port)."),
        QStringLiteral("postfix|exim"), QStringLiteral("postfix")};
    QCommandLineOption explain{{QStringLiteral("e"), QStringLiteral("explain")},
        QStringLiteral("Write why each reply came (and the RFC section) to standard error.")};
    QCommandLineOption list{QStringLiteral("list-scenarios"), QStringLiteral("List the built-in scenarios and exit.")};

    void declareOn(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral(
            "Talk SMTP to the simulated server on standard input and output. Replies are written "
            "exactly as on the wire (CRLF line ends); the session ends after QUIT or at the end of "
            "input. STARTTLS is simulated: after its 220 the session counts as encrypted."));
        parser.addHelpOption();
        parser.addOptions({scenario, personality, explain, list});
    }
};

int usageError(const QString &message)
{
    QTextStream(stderr) << "smtp-tutor-cli simulate: " << message << '\n';
    return ExitUsage;
}

int listScenarios()
{
    QTextStream out(stdout);
    for (const QString &name : Scenario::builtInNames()) {
        const auto scenario = Scenario::load(name);
        out << name.leftJustified(15) << (scenario ? scenario->title : QString()) << '\n';
    }
    return 0;
}

// A recorded session (a probe's --json, an exported transcript) replays that real server.
int replayRecording(const QString &file, bool explain)
{
    QString error;
    auto replay = ReplayScenario::load(file, &error);
    if (!replay)
        return usageError(error);
    ReplayEngine engine(std::move(*replay));
    runSession(engine, explain);
    return 0;
}

int playScenario(const QString &nameOrFile, PersonaId personality, bool explain)
{
    QString error;
    auto scenario = Scenario::load(nameOrFile, &error);
    if (!scenario)
        return usageError(error);
    scenario->personality = personality;
    ServerEngine engine(*scenario);
    runSession(engine, explain);
    return 0;
}

} // namespace

int runSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SimulateFlags flags;
    flags.declareOn(parser);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "smtp-tutor-cli simulate: " << parser.errorText() << "\n\n"
                            << subcommandHelp(parser.helpText(), QStringLiteral("simulate"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << subcommandHelp(parser.helpText(), QStringLiteral("simulate"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << "smtp-tutor-cli simulate: unexpected argument '"
                            << parser.positionalArguments().first() << "'\n\n"
                            << subcommandHelp(parser.helpText(), QStringLiteral("simulate"));
        return ExitUsage;
    }
    if (parser.isSet(flags.list))
        return listScenarios();

    const bool explain = parser.isSet(flags.explain);
    const std::optional<PersonaId> personality = Persona::idFromName(parser.value(flags.personality));
    if (!personality)
        return usageError(QStringLiteral("--personality takes %1, not '%2'")
                              .arg(Persona::names().join(QStringLiteral(" or ")), parser.value(flags.personality)));
    const QString scenarioName
        = parser.isSet(flags.scenario) ? parser.value(flags.scenario) : Scenario::defaultNameFor(*personality);
    if (!ReplayScenario::looksLikeRecording(scenarioName))
        return playScenario(scenarioName, *personality, explain);
    if (parser.isSet(flags.personality))
        return usageError(QStringLiteral("a recorded session replays its own server's words; "
                                         "--personality applies to scenarios only"));
    return replayRecording(scenarioName, explain);
}

} // namespace SmtpTutor::Cli
