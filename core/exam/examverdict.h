#pragma once

#include "exam.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

enum class ExamResult { Pass, Fail, Incomplete };

// One graded attempt: what the client did, judged. Most exams grade one session; greylist,
// disconnect-421 and auth-fail-then-ok follow the client into the sessions that come after.
struct ExamVerdict
{
    ExamId exam = ExamId::StripStartTls;
    ExamResult result = ExamResult::Incomplete;
    QString reason; // what this client did, in one sentence
    QList<int> sessions; // the practice server's session ids, first one first
    QStringList evidence; // transcript lines ("-> AUTH PLAIN ****"), already masked
    QDateTime decidedAt;

    static QString resultName(ExamResult result); // "PASS", "FAIL", "INCOMPLETE"
    // The log line the issue asks for: "exam strip-starttls: PASS: reason".
    QString logLine() const;
    // For --json-log: {"event":"verdict","exam":...,"verdict":...,"reason":...,"sessions":[...],
    // "evidence":[...],"correct_client":...,"rfc":...,"time":...}.
    QJsonObject toJson() const;
};

} // namespace SmtpTutor
