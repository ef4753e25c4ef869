// libFuzzer harness for the recorded-session loader: a probe report or an exported transcript
// is untrusted JSON (it may come from anyone's mail server, or be edited by hand) that
// ReplayScenario::fromJson() turns into exchanges, and that ReplayEngine then plays back.
// The seeds are the recordings in tests/integration/data. Invariants:
//   - a refused recording says why; an accepted one has a greeting and at least one exchange,
//     and every reply in it is a valid code;
//   - the engine playing it back survives the recording's own client lines in order (with
//     the TLS handshake completed where the recording asked for it) and then a session of
//     its own, including verbs the recording never used (answered by the fallback engine);
//     every reply is a valid code with an explanation and an RFC section, and its wire form
//     parses back to itself.

#include "protocol/replyparser.h"
#include "server/replayscenario.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace SmtpTutor;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant violated: %s\n", what);
        std::abort();
    }
}

void checkResponses(const QList<ServerResponse> &responses)
{
    for (const ServerResponse &r : responses) {
        check(r.reply.isValid(), "reply code 200-599");
        check(!r.explanation.isEmpty(), "explanation given");
        check(r.rfcSection.startsWith(QLatin1String("RFC ")), "RFC section given");
        ReplyParser parser;
        check(parser.feed(r.reply.toWire()), "wire form parses");
        const auto back = parser.takeReply();
        check(back.has_value() && back->code() == r.reply.code() && back->lines() == r.reply.lines(),
            "wire form keeps the reply");
    }
}

void send(ReplayEngine &engine, const QByteArray &line)
{
    if (engine.isClosed())
        return;
    const bool wasInData = engine.isInData();
    const QList<ServerResponse> responses = engine.receiveLine(line);
    checkResponses(responses);
    if (wasInData && line != ".")
        check(responses.isEmpty(), "no reply to message lines");
    if (engine.isTlsRequested())
        engine.tlsStarted();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isNull())
        return 0;
    // What the CLI and the GUI ask first, to tell a recording from a scenario file.
    (void)ReplayScenario::looksLikeRecording(document);
    QString error;
    const std::optional<ReplayScenario> replay = ReplayScenario::fromJson(document, &error);
    if (!replay) {
        check(!error.isEmpty(), "a refused recording says why");
        return 0;
    }
    check(replay->greeting.isValid(), "the greeting is a valid reply");
    check(!replay->exchanges.isEmpty(), "an accepted recording has an exchange");
    // (A client entry without text gives an exchange with an empty key: the engine never
    // matches it and answers such a line with its fallback, so that is allowed.)
    for (const ReplayScenario::Exchange &exchange : replay->exchanges)
        check(exchange.reply.isValid(), "every exchange has a valid reply");

    ReplayEngine engine(*replay);
    if (replay->scenario.implicitTls)
        engine.setTlsFromStart();
    checkResponses(engine.connect());
    for (const ReplayScenario::Exchange &exchange : replay->exchanges)
        send(engine, exchange.clientLine.toUtf8());
    // A session of its own: the verbs the recording used are matched in order, the others
    // go to the fallback engine.
    for (const char *line : { "RSET", "EHLO other.example.org", "HELO other.example.org", "STARTTLS",
             "EHLO other.example.org", "AUTH PLAIN AGFsaWNlAHNlY3JldA==", "AUTH LOGIN", "YWxpY2U=", "c2VjcmV0",
             "MAIL FROM:<a@example.org>", "RCPT TO:<b@example.com>", "RCPT TO:<c@example.net>", "DATA",
             "Subject: x", "..", ".", "VRFY b", "EXPN list", "HELP", "NOOP", "BDAT 3 LAST", "QUIT" })
        send(engine, QByteArray(line));
    return 0;
}
