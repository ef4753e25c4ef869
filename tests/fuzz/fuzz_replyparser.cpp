// libFuzzer harness for ReplyParser (and escapeForDisplay on the same bytes).
//
// The first byte picks the limits (the defaults, or tiny ones so the limits are hit often);
// the next four seed the chunking. The rest is the server's byte stream, fed once in one piece
// and once in pseudo-random chunks. Invariants checked on every input:
//   - the chunking never changes the outcome (replies, error, warnings, pending bytes);
//   - pendingBytes() never exceeds maxReplyBytes, and the partial line stays under maxLineLength;
//   - once in error, feed() keeps returning false and the error and replies stay as they were;
//   - every reply has a code in 200..559 and between 1 and maxLinesPerReply lines;
//   - escapeForDisplay() output holds no control character.

#include "protocol/escape.h"
#include "protocol/replyparser.h"

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

struct Result
{
    QList<Reply> replies;
    ReplyParser::Error error = ReplyParser::Error::None;
    QList<ReplyParser::Warning> warnings;
    qsizetype pending = 0;
};

void drain(ReplyParser &parser, Result &result)
{
    while (auto reply = parser.takeReply()) {
        check(reply->code() >= 200 && reply->code() <= 559, "reply code in range");
        check(!reply->lines().isEmpty() && reply->lines().size() <= parser.limits().maxLinesPerReply,
              "line count within limit");
        check(reply->rawLines().size() == reply->lines().size(), "one raw line per line");
        for (qsizetype i = 0; i < reply->lines().size(); ++i)
            check(QString::fromUtf8(reply->rawLines().at(i)) == reply->lines().at(i), "raw line decodes to line");
        result.replies.append(*reply);
    }
}

void checkBounds(const ReplyParser &parser)
{
    check(parser.pendingBytes() >= 0, "pending not negative");
    check(parser.pendingBytes() <= parser.limits().maxReplyBytes, "pending within maxReplyBytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    ReplyParser::Limits limits;
    if (data[0] & 1) {
        limits.maxLineLength = 16 + (data[0] >> 1) % 48;
        limits.maxLinesPerReply = 1 + (data[0] >> 3) % 6;
        limits.maxReplyBytes = 8 + (data[0] >> 2) % 120;
    }
    uint32_t seed = uint32_t(data[1]) | uint32_t(data[2]) << 8 | uint32_t(data[3]) << 16 | uint32_t(data[4]) << 24;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 5, qsizetype(size - 5));

    // One piece.
    ReplyParser whole(limits);
    Result wholeResult;
    const bool wholeOk = whole.feed(stream);
    check(wholeOk == !whole.hasError(), "feed result matches hasError");
    checkBounds(whole);
    drain(whole, wholeResult);
    wholeResult.error = whole.error();
    wholeResult.warnings = whole.warnings();
    wholeResult.pending = whole.pendingBytes();

    // Pseudo-random chunks (xorshift), with replies taken as they come.
    ReplyParser chunked(limits);
    Result chunkedResult;
    qsizetype pos = 0;
    while (pos < stream.size()) {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        const qsizetype length = qMin<qsizetype>(stream.size() - pos, 1 + seed % ((seed >> 8) % 4 == 0 ? 257 : 9));
        const bool hadError = chunked.hasError();
        const ReplyParser::Error before = chunked.error();
        const qsizetype readyBefore = chunkedResult.replies.size();
        const bool ok = chunked.feed(stream.sliced(pos, length));
        check(ok == !chunked.hasError(), "feed result matches hasError");
        checkBounds(chunked);
        drain(chunked, chunkedResult);
        if (hadError) {
            check(!ok, "error is sticky");
            check(chunked.error() == before, "error does not change");
            check(chunkedResult.replies.size() == readyBefore, "no replies after an error");
        }
        pos += length;
    }
    chunkedResult.error = chunked.error();
    chunkedResult.warnings = chunked.warnings();
    chunkedResult.pending = chunked.pendingBytes();

    check(wholeResult.replies == chunkedResult.replies, "chunking does not change the replies");
    check(wholeResult.error == chunkedResult.error, "chunking does not change the error");
    check(wholeResult.warnings == chunkedResult.warnings, "chunking does not change the warnings");
    if (wholeResult.error == ReplyParser::Error::None)
        check(wholeResult.pending == chunkedResult.pending, "chunking does not change pendingBytes");

    // What a reply says must be displayable safely.
    const QString shown = escapeForDisplay(stream);
    for (QChar c : shown) {
        const char16_t u = c.unicode();
        check(u >= 0x20 && u != 0x7f && (u < 0x80 || u > 0x9f), "no control character displayed");
    }
    for (const Reply &reply : std::as_const(wholeResult.replies)) {
        ReplyParser again(limits);
        // A reply written back out parses to itself (lines are already UTF-8 clean).
        if (again.feed(reply.toWire()) && again.hasReply())
            check(again.takeReply()->lines() == reply.lines() || reply.lines().join(QString()).contains(u'\r'),
                  "toWire round trip");
    }
    return 0;
}
