// smtp-tutor-cli audit: grade a mail server (or every MX of a mail domain) and explain why.

#include "clicommands.h"
#include "probearguments.h"
#include "probeclisupport.h"

#include "audit/auditrunner.h"
#include "audit/report/audithtmlwriter.h"
#include "audit/report/auditjsonwriter.h"
#include "audit/report/audittextwriter.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslCertificate>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace SmtpTutor::Cli {

namespace {

struct AuditFlags
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption port{QStringLiteral("port"), QStringLiteral("TCP port of every server (default 25, or 465 with --tls implicit)."), QStringLiteral("N")};
    QCommandLineOption tls{QStringLiteral("tls"), QStringLiteral("starttls, implicit or auto (default: auto)."), QStringLiteral("MODE")};
    QCommandLineOption cafile{QStringLiteral("cafile"), QStringLiteral("Trust only the certificates in this PEM file."), QStringLiteral("FILE")};
    QCommandLineOption ehlo{QStringLiteral("ehlo"), QStringLiteral("Name to send with EHLO (default: this host's name)."), QStringLiteral("NAME")};
    QCommandLineOption noRelayTest{QStringLiteral("no-relay-test"), QStringLiteral("Do not test whether the server relays mail for outsiders.")};
    QCommandLineOption dnsServer{QStringLiteral("dns-server"), QStringLiteral("Ask this DNS server (an IP address, port 53) instead of the system's resolver."), QStringLiteral("ADDRESS")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("Seconds for each connect and each reply (default: 10 to connect, 15 for a reply); a session gets four times that."), QStringLiteral("SECONDS")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text.")};
    QCommandLineOption html{QStringLiteral("html"), QStringLiteral("Also write the report as one self-contained HTML file."), QStringLiteral("FILE")};
    QCommandLineOption verbose{QStringLiteral("verbose"), QStringLiteral("With each row, print its rule, source, explanation and what to do, and the timings.")};

    void declareOn(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral(
            "Audit a mail server, or every MX host of a mail domain and the domain's DNS policy: TLS versions\n"
            "and suites, certificate, STARTTLS injection, open relay, reverse DNS, SPF, DMARC, MTA-STS,\n"
            "TLS-RPT and DANE. Each check says what it saw, by which rule, and what to do; the grade (A to F)\n"
            "is the worst cap any check set. Nothing is ever delivered: the relay test ends with RSET.\n"
            "Exit status: 0 the audit ran (whatever it found), 2 usage, 3 connect, 4 greeting, 5 EHLO,\n"
            "6 STARTTLS, 7 TLS, 12 timeout, 13 protocol violation, 1 other (an HTML file that could not be written)."));
        parser.addPositionalArgument(QStringLiteral("target"), QStringLiteral("A mail server (name or address), or a mail domain."), QStringLiteral("HOST|DOMAIN"));
        parser.addOptions({help, port, tls, cafile, ehlo, noRelayTest, dnsServer, timeout, json, html, verbose});
    }
};

int usage(const QString &message)
{
    QTextStream(stderr) << "smtp-tutor-cli audit: " << message << "\nRun 'smtp-tutor-cli audit --help' for the options.\n";
    return ExitUsage;
}

// The values the audit shares with the probe (target, port, TLS mode, EHLO name, timeout) are
// checked by the probe's own rules, so both commands refuse the same things in the same words.
std::optional<AuditOptions> readOptions(const QCommandLineParser &parser, const AuditFlags &flags, QString *error)
{
    AuditOptions options;
    options.target = parser.positionalArguments().value(0);
    if (parser.isSet(flags.tls)) {
        const auto mode = parseTlsMode(parser.value(flags.tls));
        if (!mode || *mode == TlsMode::None) {
            *error = QStringLiteral("--tls must be starttls, implicit or auto");
            return std::nullopt;
        }
        options.tlsMode = *mode;
    }
    ProbeOptions probe;
    probe.host = options.target;
    probe.tlsMode = options.tlsMode;
    probe.port = options.tlsMode == TlsMode::Implicit ? 465 : 25;
    if (parser.isSet(flags.port))
        probe.port = parsePort(parser.value(flags.port)).value_or(0); // 0: validate() says what is wrong
    probe.ehloName = parser.value(flags.ehlo);
    probe.timeouts = options.timeouts;
    if (parser.isSet(flags.timeout)) {
        bool ok = false;
        const double seconds = parser.value(flags.timeout).toDouble(&ok);
        probe.setTimeoutSeconds(ok ? seconds : 0);
    }
    if (const QList<ProbeOptionProblem> problems = probe.validate(); !problems.isEmpty()) {
        *error = describeForCli(problems.first(), probe).replace(QLatin1String("HOST:"), QLatin1String("HOST|DOMAIN:"));
        return std::nullopt;
    }
    options.port = probe.port;
    options.ehloName = probe.ehloName;
    options.timeouts = probe.timeouts;
    options.relayTest = !parser.isSet(flags.noRelayTest);
    if (parser.isSet(flags.cafile)) {
        options.caCertificates = QSslCertificate::fromPath(parser.value(flags.cafile), QSsl::Pem);
        if (options.caCertificates.isEmpty()) {
            *error = QStringLiteral("--cafile: no PEM certificate could be read from %1").arg(parser.value(flags.cafile));
            return std::nullopt;
        }
    }
    if (parser.isSet(flags.dnsServer)) {
        options.nameserver = QHostAddress(parser.value(flags.dnsServer));
        if (options.nameserver.isNull()) {
            *error = QStringLiteral("--dns-server must be an IP address (the DNS server is asked on port 53)");
            return std::nullopt;
        }
    }
    if (parser.isSet(flags.html) && parser.value(flags.html).isEmpty()) {
        *error = QStringLiteral("--html needs a file name");
        return std::nullopt;
    }
    return options;
}

// Atomic: the file is either the whole report or left as it was (QSaveFile).
bool writeHtml(const QString &fileName, const QString &html)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0 || !file.commit()) {
        QTextStream(stderr) << "smtp-tutor-cli audit: cannot write the HTML report to " << fileName << ": "
                            << file.errorString() << '\n';
        return false;
    }
    return true;
}

// 0 when the audit ran; when no server could be talked to, the probe's code for why (for a
// domain, the first MX host's).
int auditExitCode(const AuditRunner &runner)
{
    if (!runner.isDomainAudit())
        return exitCodeFor(runner.hostReport().error);
    const QList<HostAuditReport> &hosts = runner.domainReport().hosts;
    const bool anyReached = std::any_of(hosts.cbegin(), hosts.cend(), [](const HostAuditReport &host) { return host.reached(); });
    return hosts.isEmpty() || anyReached ? ExitOk : exitCodeFor(hosts.first().error);
}

int runAndReport(const AuditOptions &options, const QCommandLineParser &parser, const AuditFlags &flags)
{
    AuditRunner runner(options);
    QEventLoop loop;
    QObject::connect(&runner, &AuditRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    if (runner.isRunning())
        loop.exec();

    const bool domain = runner.isDomainAudit();
    QTextStream out(stdout);
    if (parser.isSet(flags.json)) {
        const QJsonObject json = domain ? AuditJsonWriter::write(runner.domainReport()) : AuditJsonWriter::write(runner.hostReport());
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        const bool verbose = parser.isSet(flags.verbose);
        out << (domain ? AuditTextWriter::write(runner.domainReport(), verbose) : AuditTextWriter::write(runner.hostReport(), verbose));
    }
    out.flush();
    if (parser.isSet(flags.html)) {
        const QString html = domain ? AuditHtmlWriter::write(runner.domainReport()) : AuditHtmlWriter::write(runner.hostReport());
        if (!writeHtml(parser.value(flags.html), html))
            return ExitInternal;
    }
    return auditExitCode(runner);
}

} // namespace

int runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const AuditFlags flags;
    flags.declareOn(parser);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(flags.help)) {
        QTextStream(stdout) << subcommandHelp(parser.helpText(), QStringLiteral("audit"));
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(QStringLiteral("give exactly one HOST or DOMAIN"));
    QString error;
    const std::optional<AuditOptions> options = readOptions(parser, flags, &error);
    if (!options)
        return usage(error);
    return runAndReport(*options, parser, flags);
}

} // namespace SmtpTutor::Cli
