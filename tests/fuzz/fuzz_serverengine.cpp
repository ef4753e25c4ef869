// libFuzzer harness for ServerEngine: the first byte picks a built-in scenario and a personality, the rest is
// split into lines and fed to the engine as a client would. A line that is exactly "\x01"
// completes a pending STARTTLS (tlsStarted). Invariants:
//   - never a crash, a hang or unbounded growth;
//   - every reply has a code 2xx-5xx, an explanation and an RFC section, and its wire form
//     parses back (ReplyParser) to the same code and lines;
//   - after the session is closed no line gets a reply;
//   - a line gets at most one reply, and message lines get none until the final ".".

#include "protocol/replyparser.h"
#include "server/scenario.h"
#include "server/serverengine.h"

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
    check(responses.size() <= 1, "at most one reply per line");
    for (const ServerResponse &r : responses) {
        check(r.reply.isValid(), "reply code 200-599");
        check(!r.explanation.isEmpty(), "explanation given");
        check(r.rfcSection.startsWith(QLatin1String("RFC ")), "RFC section given");
        ReplyParser parser;
        check(parser.feed(r.reply.toWire()), "wire form parses");
        const auto back = parser.takeReply();
        check(back.has_value() && back->code() == r.reply.code(), "wire form keeps the code");
        check(back->lines() == r.reply.lines(), "wire form keeps the lines");
    }
}

const QList<Scenario> &scenarios()
{
    static const QList<Scenario> all = [] {
        QList<Scenario> list;
        for (const QString &name : Scenario::builtInNames())
            list.append(*Scenario::load(name));
        return list;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QList<Scenario> &all = scenarios();
    // The first byte also picks the personality: byte / scenarios, odd for Exim (so the bytes of
    // the older seeds still pick Postfix and the same scenario).
    Scenario scenario = all.at(data[0] % all.size());
    scenario.personality = (data[0] / all.size()) % 2 ? PersonaId::Exim : PersonaId::Postfix;
    ServerEngine engine(scenario);
    checkResponses(engine.connect());
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    qsizetype start = 0;
    while (start <= input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size();
        QByteArrayView line = input.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        if (line == QByteArrayView("\x01")) {
            if (engine.isTlsRequested()) {
                engine.tlsStarted();
                check(engine.isTlsActive(), "TLS active after the handshake");
                check(engine.phase() == SessionPhase::Greeted, "EHLO needed after TLS");
            }
            continue;
        }
        const bool wasClosed = engine.isClosed();
        const bool wasInData = engine.isInData();
        const QList<ServerResponse> responses = engine.receiveLine(line);
        checkResponses(responses);
        if (wasClosed)
            check(responses.isEmpty(), "no reply after close");
        if (wasInData && line != QByteArrayView("."))
            check(responses.isEmpty(), "no reply to message lines");
        if (engine.isInData())
            check(engine.phase() == SessionPhase::InData, "phase follows DATA");
    }
    return 0;
}
