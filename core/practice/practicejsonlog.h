#pragma once

#include <QJsonObject>
#include <QObject>

class QIODevice;

namespace SmtpTutor {

class ExamProctor;
class PracticeServer;
struct TranscriptEntry;

// The practice server's sessions as JSON lines (one object per line, RFC 8259 text), for
// scripts and tests: "session-open", "line", "message", "session-close", and with an exam
// "exam" and "verdict". Each object carries "event" and "time" (ISO 8601, UTC). Lines are
// written as things happen and flushed, so a reader can follow the file live.
class PracticeJsonLog : public QObject
{
    Q_OBJECT
public:
    // `device` must be open for writing and outlive this object.
    PracticeJsonLog(PracticeServer *server, QIODevice *device, QObject *parent = nullptr);

    // Also logs the exam's start and its verdicts.
    void follow(ExamProctor *proctor);

    static QJsonObject lineEvent(int session, const TranscriptEntry &entry);

private:
    void write(QJsonObject object);
    void onSessionOpened(int session);

    PracticeServer *m_server;
    QIODevice *m_device;
};

} // namespace SmtpTutor
