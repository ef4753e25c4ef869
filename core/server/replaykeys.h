// Private to core/server, not public API: how ReplayScenario (reading) and ReplayEngine (playing back)
// name a recorded exchange: the command verb, or a marker for the end of a message or an AUTH answer.
#pragma once

#include <QString>
#include <QStringView>

namespace SmtpTutor {

inline const QString EndOfData = QStringLiteral("<end-of-data>");
inline const QString AuthResponse = QStringLiteral("<auth-response>");

inline QString verbKey(QStringView line)
{
    QStringView verb = line.trimmed();
    const qsizetype space = verb.indexOf(QLatin1Char(' '));
    if (space >= 0)
        verb = verb.left(space);
    const qsizetype colon = verb.indexOf(QLatin1Char(':')); // "MAIL FROM:<a>" has a space, "MAIL" comes first
    if (colon >= 0)
        verb = verb.left(colon);
    return verb.toString().toUpper();
}

} // namespace SmtpTutor
