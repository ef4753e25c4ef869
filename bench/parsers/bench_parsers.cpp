// Throughput of the protocol parsers, in lines per second.
//
// QBENCHMARK gives the time per iteration; each benchmark also counts the lines it parsed over
// all iterations and prints "N lines/s", the number that matters for a probe or the practice
// server. Run a Release build: bench_parsers [-iterations N] [QTest options].

#include "protocol/commandparser.h"
#include "protocol/replyparser.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdio>

using namespace SmtpTutor;

namespace {

// QBENCHMARK calls a benchmark function several times while it calibrates; the last call is
// the measured one, so each label keeps its latest numbers and cleanupTestCase() prints them.
QList<QPair<QByteArray, QPair<qint64, qint64>>> results;

void report(const QByteArray &what, qint64 lines, qint64 nanoseconds)
{
    for (auto &entry : results) {
        if (entry.first == what) {
            entry.second = {lines, nanoseconds};
            return;
        }
    }
    results.append({what, {lines, nanoseconds}});
}

// A realistic server stream: greeting, a 11-line EHLO reply, the replies of a transaction with
// enhanced codes, a multi-line rejection; repeated. Returns the stream and its line count.
QByteArray serverStream(int repeats, qint64 *lines)
{
    const QByteArray session =
        "220 mail.example.com ESMTP Postfix (Debian/GNU)\r\n"
        "250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10485760\r\n250-VRFY\r\n250-ETRN\r\n"
        "250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n"
        "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"
        "550-5.1.1 <nobody@example.com>: Recipient address rejected:\r\n"
        "550 5.1.1 User unknown in virtual mailbox table\r\n"
        "354 End data with <CR><LF>.<CR><LF>\r\n250 2.0.0 Ok: queued as 7E244A72382\r\n221 2.0.0 Bye\r\n";
    *lines = qint64(session.count("\r\n")) * repeats;
    return session.repeated(repeats);
}

QList<QByteArray> clientLines()
{
    return {
        "EHLO client.example.org",
        "MAIL FROM:<alice@example.com> SIZE=12345 BODY=8BITMIME",
        "RCPT TO:<bob@example.com>",
        "RCPT TO:<\"john smith\"@[192.0.2.1]> NOTIFY=SUCCESS,FAILURE",
        "RCPT TO:<@relay.example:carol@mail.example.co.uk>",
        "DATA",
        "RSET",
        "NOOP",
        "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=",
        "MAIL FROM:bob@example.com",
        "RCPT TO:<>",
        "FROBNICATE now",
        "QUIT",
    };
}

} // namespace

class BenchParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase();
    void replyParserWholeStream();
    void replyParserSocketChunks_data();
    void replyParserSocketChunks();
    void commandParser();
    void commandParserLongAddresses();
};

void BenchParsers::cleanupTestCase()
{
    std::printf("\n%-48s %14s\n", "parser throughput", "lines/s");
    for (const auto &[what, measured] : std::as_const(results)) {
        const auto [lines, nanoseconds] = measured;
        if (nanoseconds > 0)
            std::printf("%-48s %14.0f   (%lld lines in %.1f ms)\n", what.constData(),
                        double(lines) * 1e9 / double(nanoseconds), static_cast<long long>(lines),
                        double(nanoseconds) / 1e6);
    }
    std::fflush(stdout);
}

void BenchParsers::replyParserWholeStream()
{
    qint64 linesPerRun = 0;
    const QByteArray stream = serverStream(2000, &linesPerRun);
    qint64 lines = 0;
    int replies = 0;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK {
        ReplyParser parser;
        parser.feed(stream);
        while (parser.takeReply())
            ++replies;
        lines += linesPerRun;
    }
    report("reply parser, one 1.5 MB feed", lines, timer.nsecsElapsed());
    QVERIFY(replies > 0);
}

void BenchParsers::replyParserSocketChunks_data()
{
    QTest::addColumn<int>("chunk");
    QTest::newRow("1 byte") << 1;
    QTest::newRow("7 bytes") << 7;
    QTest::newRow("1460 bytes (one TCP segment)") << 1460;
}

void BenchParsers::replyParserSocketChunks()
{
    QFETCH(int, chunk);
    qint64 linesPerRun = 0;
    const QByteArray stream = serverStream(chunk == 1 ? 100 : 1000, &linesPerRun);
    qint64 lines = 0;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK {
        ReplyParser parser;
        for (qsizetype at = 0; at < stream.size(); at += chunk) {
            parser.feed(QByteArrayView(stream).sliced(at, qMin<qsizetype>(chunk, stream.size() - at)));
            while (parser.takeReply()) {
            }
        }
        QVERIFY(!parser.hasError());
        lines += linesPerRun;
    }
    const QByteArray label = "reply parser, " + QByteArray(QTest::currentDataTag()) + " chunks";
    report(label, lines, timer.nsecsElapsed());
}

void BenchParsers::commandParser()
{
    const QList<QByteArray> commands = clientLines();
    qint64 lines = 0;
    int errors = 0;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK {
        for (int round = 0; round < 200; ++round) {
            for (const QByteArray &line : commands) {
                if (CommandParser::parse(line).fault)
                    ++errors;
            }
            lines += commands.size();
        }
    }
    report("command parser, mixed session lines", lines, timer.nsecsElapsed());
    QVERIFY(errors > 0);
}

void BenchParsers::commandParserLongAddresses()
{
    const QByteArray line = "RCPT TO:<" + QByteArray(60, 'a') + "@" + QByteArray(60, 'b') + "." + QByteArray(60, 'c')
                            + ".example.com> NOTIFY=NEVER ORCPT=rfc822;someone@example.com";
    qint64 lines = 0;
    QElapsedTimer timer;
    timer.start();
    QBENCHMARK {
        for (int round = 0; round < 1000; ++round)
            CommandParser::parse(line);
        lines += 1000;
    }
    report("command parser, 250-octet RCPT lines", lines, timer.nsecsElapsed());
}

QTEST_GUILESS_MAIN(BenchParsers)
#include "bench_parsers.moc"
