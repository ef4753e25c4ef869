// libFuzzer harness for the client's reply stream (ReplyStream): arbitrary server bytes, cut
// into arbitrary chunks, against a simulated client that sends commands, pipelines, and asks
// for STARTTLS at moments the input chooses. No sockets: this is the code that decides which
// bytes answer which command. Invariants checked on every input:
//   - a chunk with a fault delivers no reply (nothing of a broken stream is acted on);
//   - a chunk never delivers more replies than were owed, and every reply has a code 200..599;
//   - once a fault or refusal occurred the client stops (as SmtpConnection does);
//   - after the reply to STARTTLS nothing further is ever parsed or delivered;
//   - unreadBytes() never goes negative, the preview stays within its bound;
//   - a refused command owes nothing.

#include "client/replystream.h"

#include <fuzzer/FuzzedDataProvider.h>

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

ReplyParser::Limits limitsFrom(FuzzedDataProvider &input)
{
    ReplyParser::Limits limits;
    if (input.ConsumeBool()) { // tiny limits, so they are hit often
        limits.maxLineLength = input.ConsumeIntegralInRange<qsizetype>(4, 64);
        limits.maxLinesPerReply = input.ConsumeIntegralInRange<qsizetype>(1, 8);
        limits.maxReplyBytes = input.ConsumeIntegralInRange<qsizetype>(8, 256);
    }
    return limits;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    ReplyStream stream(limitsFrom(input));
    check(stream.expectReply() == ReplyStream::Fault::None, "the greeting is always owed");
    bool awaitingStartTlsReply = false;
    bool afterStartTlsReply = false;

    while (input.remaining_bytes() > 0) {
        const int owedBefore = stream.repliesOwed();
        const std::string chunk = input.ConsumeBytesAsString(input.ConsumeIntegralInRange<size_t>(1, 96));
        const ReplyStream::Outcome outcome = stream.feed(QByteArrayView(chunk.data(), qsizetype(chunk.size())));
        check(stream.unreadBytes() >= 0, "unread bytes are never negative");
        check(stream.unreadPreview().size() <= 80, "the preview is bounded");
        if (outcome.fault != ReplyStream::Fault::None) {
            check(outcome.replies.isEmpty(), "a faulty chunk delivers nothing");
            check(outcome.fault != ReplyStream::Fault::UnsolicitedReply || outcome.unsolicited, "an unsolicited reply is named");
            return 0;
        }
        check(outcome.replies.size() <= owedBefore, "never more replies than owed");
        check(!afterStartTlsReply || outcome.replies.isEmpty(), "nothing is delivered after the reply to STARTTLS");
        for (const Reply &reply : outcome.replies)
            check(reply.code() >= 200 && reply.code() <= 599, "reply codes are 2xx to 5xx");
        if (awaitingStartTlsReply && !outcome.replies.isEmpty()) {
            awaitingStartTlsReply = false;
            afterStartTlsReply = true;
        }
        if (afterStartTlsReply) {
            // As SmtpConnection::startTls(): anything unread after the 220 is injection; stop.
            if (stream.unreadBytes() > 0)
                return 0;
            stream.restartAfterTls();
            afterStartTlsReply = false;
            continue;
        }
        if (stream.repliesOwed() > 0)
            continue; // still waiting (pipelined or partial)
        // The client's next move: one command, a pipelined batch, or STARTTLS.
        const int choice = input.ConsumeIntegralInRange<int>(0, 2);
        const int commands = choice == 1 ? input.ConsumeIntegralInRange<int>(2, 4) : 1;
        for (int i = 0; i < commands; ++i) {
            const int owed = stream.repliesOwed();
            const ReplyStream::Fault refused = stream.expectReply(choice == 2);
            if (refused != ReplyStream::Fault::None) {
                check(stream.repliesOwed() == owed, "a refused command owes nothing");
                return 0;
            }
        }
        awaitingStartTlsReply = choice == 2;
    }
    return 0;
}
