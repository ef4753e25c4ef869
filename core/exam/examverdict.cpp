#include "examverdict.h"

#include <QJsonArray>

namespace SmtpTutor {

QString ExamVerdict::resultName(ExamResult result)
{
    switch (result) {
    case ExamResult::Pass:
        return QStringLiteral("PASS");
    case ExamResult::Fail:
        return QStringLiteral("FAIL");
    case ExamResult::Incomplete:
        break;
    }
    return QStringLiteral("INCOMPLETE");
}

QString ExamVerdict::logLine() const
{
    return QStringLiteral("exam %1: %2: %3").arg(ExamCatalog::name(exam), resultName(result), reason);
}

QJsonObject ExamVerdict::toJson() const
{
    const ExamInfo info = ExamCatalog::info(exam);
    QJsonArray sessionIds;
    for (int id : sessions)
        sessionIds.append(id);
    return QJsonObject {
        { QStringLiteral("event"), QStringLiteral("verdict") },
        { QStringLiteral("exam"), info.name },
        { QStringLiteral("verdict"), resultName(result) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("sessions"), sessionIds },
        { QStringLiteral("evidence"), QJsonArray::fromStringList(evidence) },
        { QStringLiteral("correct_client"), info.correctClient },
        { QStringLiteral("rfc"), info.rfc },
        { QStringLiteral("time"), decidedAt.toUTC().toString(Qt::ISODateWithMs) },
    };
}

} // namespace SmtpTutor
