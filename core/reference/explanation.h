#pragma once

#include "protocol/reply.h"
#include "replypatterns.h"
#include "referencetypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// The result of decoding one piece of input: a reply (one or more lines), a bare reply code,
// an enhanced status code, a port or a command. Filled by Explainer from the reference
// catalog; shown by the GUI's "Explain a reply" tab, printed by `smtp-tutor-cli explain`.
struct Explanation
{
    enum class Kind { Unknown, Reply, ReplyCode, EnhancedCode, Port, Command };

    Kind kind = Kind::Unknown;
    QString input; // what was given, trimmed
    QString summary; // one line: "550 permanent failure: Mailbox unavailable; 5.1.1 Bad destination mailbox
                     // address"
    QString error; // why nothing could be explained (kind == Unknown)

    std::optional<Reply> reply; // kind Reply: the reply that was decoded

    // Reply and ReplyCode: the code, its class, and the catalog entry if the code is listed.
    int replyCode = 0;
    ReplyClass replyClass = ReplyClass::Unknown;
    std::optional<ReplyClassInfo> replyClassInfo;
    std::optional<ReplyCategoryInfo> replyCategory;
    std::optional<ReplyCodeInfo> replyInfo;

    std::optional<EnhancedCodeDescription> enhanced; // Reply with an enhanced code, or EnhancedCode
    // Reply: who words it this way and the specific cause, when its text is a known one
    // (ReplyPatternTable). It wins over the code's generic meaning.
    std::optional<ReplyPattern> pattern;
    std::optional<PortInfo> port;
    std::optional<CommandInfo> command;

    QStringList notes; // remarks on the input itself (class mismatch, several replies, ...)

    bool isValid() const { return kind != Kind::Unknown; }
    // Plain text for a terminal, lines wrapped at `width` columns.
    QString toText(int width = 78) const;
    QJsonObject toJson() const;

    static QString kindName(Kind kind); // "reply", "replyCode", "enhancedCode", "port", "command", "unknown"
};

} // namespace SmtpTutor
