#pragma once

#include "serverengine.h"

namespace SmtpTutor {

// Small builders for ServerResponse, so every reply states its code, its enhanced code (when
// the server uses one), its text, why it came and where the rule is written.
inline ServerResponse makeResponse(int code, EnhancedStatus status, const QString &text,
    const QString &explanation, const QString &rfcSection)
{
    return ServerResponse { Reply(code, status, text), explanation, rfcSection };
}

// A reply without an enhanced code (Postfix sends a few: "501 Syntax: HELO hostname").
inline ServerResponse respondPlain(
    int code, const QString &text, const QString &explanation, const QString &rfcSection)
{
    return ServerResponse { Reply(code, QStringList { text }), explanation, rfcSection };
}

// An explanation followed by the persona's note on how another server words the same reply.
inline QString withWordingNote(const QString &explanation, const QString &note)
{
    return note.isEmpty() ? explanation : explanation + u' ' + note;
}

inline ServerResponse respondLines(
    int code, const QStringList &lines, const QString &explanation, const QString &rfcSection)
{
    return ServerResponse { Reply(code, lines), explanation, rfcSection };
}

} // namespace SmtpTutor
