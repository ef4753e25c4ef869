// bench_engine: throughput of the simulated server in client lines per second. One session
// runs a complete transaction (EHLO, MAIL, two RCPT, DATA, 20 message lines, ".", RSET)
// over and over; a second figure covers a fresh session per transaction (greeting, QUIT).
//   bench_engine [seconds-per-case]   (default 2)

#include "server/scenario.h"
#include "server/serverengine.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QTextStream>

#include <cstdio>

using namespace SmtpTutor;

namespace {

QList<QByteArray> transaction()
{
    QList<QByteArray> lines { "EHLO client.example.org", "MAIL FROM:<sender@example.org> SIZE=2000",
        "RCPT TO:<alice@example.com>", "RCPT TO:<bob@example.com>", "DATA", "From: sender@example.org",
        "To: alice@example.com", "Subject: benchmark", "" };
    for (int i = 0; i < 16; ++i)
        lines << QByteArray("Line ") + QByteArray::number(i) + " of the body, long enough to look like text.";
    lines << "..dot-stuffed"
          << "."
          << "RSET";
    return lines;
}

struct Result
{
    qint64 lines = 0;
    qint64 replies = 0;
    double seconds = 0;
};

Result run(const Scenario &scenario, double seconds, bool freshSessions)
{
    const QList<QByteArray> lines = transaction();
    auto shared = std::make_shared<SharedServerState>();
    Result result;
    QElapsedTimer timer;
    timer.start();
    std::optional<ServerEngine> engine;
    while (timer.nsecsElapsed() < qint64(seconds * 1e9)) {
        if (!engine || freshSessions) {
            engine.emplace(scenario, shared);
            result.replies += engine->connect().size();
        }
        for (const QByteArray &line : lines)
            result.replies += engine->receiveLine(line).size();
        result.lines += lines.size();
        if (freshSessions) {
            result.replies += engine->receiveLine("QUIT").size();
            ++result.lines;
        }
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 2.0;
    QString error;
    const auto scenario = Scenario::load(QStringLiteral("relay"), &error);
    if (!scenario) {
        std::fprintf(stderr, "bench_engine: %s\n", qPrintable(error));
        return 1;
    }
    QTextStream out(stdout);
    for (const bool fresh : { false, true }) {
        const Result r = run(*scenario, seconds, fresh);
        out << (fresh ? "new session per transaction: " : "one long session:            ")
            << QString::number(double(r.lines) / r.seconds, 'f', 0) << " lines/s (" << r.lines << " lines, "
            << r.replies << " replies in " << QString::number(r.seconds, 'f', 2) << " s)\n";
    }
    return 0;
}
