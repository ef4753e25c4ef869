// libFuzzer harness for the explainer: whatever a learner pastes into "Explain a reply" or
// pipes into `smtp-tutor-cli explain -` (a reply, a bounce message, a transcript, a code, a
// port, a command, or any bytes at all). Byte 0 picks the terminal width for toText(); the rest
// is decoded from UTF-8 as the CLI decodes standard input. Invariants:
//   - never a crash or a hang (the regular expressions meet hostile text here);
//   - an explanation either explains (a kind, a summary, no error) or says why not (an error);
//   - a text longer than Explainer::MaxInputLength is refused;
//   - a decoded reply has a valid code that agrees with replyCode;
//   - toText() at any width and toJson() work on every result, and the text shows no control
//     character but the line ends (server text is shown escaped);
//   - explaining is deterministic.

#include "reference/explainer.h"

#include <QJsonObject>

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int width = 20 + data[0] % 120;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static const Explainer explainer;
    const Explanation explanation = explainer.explain(input);

    if (explanation.isValid()) {
        check(explanation.error.isEmpty(), "an explanation has no error");
        check(!explanation.summary.isEmpty(), "an explanation has a summary");
    } else {
        check(!explanation.error.isEmpty(), "a refusal says why");
    }
    if (input.size() > Explainer::MaxInputLength)
        check(!explanation.isValid(), "over-long input is refused");
    if (explanation.kind == Explanation::Kind::Reply) {
        check(explanation.reply.has_value() && explanation.reply->isValid(), "a decoded reply is valid");
        check(explanation.replyCode == explanation.reply->code(), "replyCode is the reply's code");
    }

    const QString text = explanation.toText(width);
    check(!text.isEmpty(), "toText() says something");
    for (QChar c : text) {
        const char16_t u = c.unicode();
        check(u == u'\n' || (u >= 0x20 && u != 0x7f && (u < 0x80 || u > 0x9f)), "no control character in the text");
    }
    const QJsonObject json = explanation.toJson();
    check(json.value(QLatin1String("kind")).toString() == Explanation::kindName(explanation.kind),
        "the JSON names the kind");

    const Explanation again = explainer.explain(input);
    check(again.kind == explanation.kind && again.summary == explanation.summary, "deterministic");
    return 0;
}
