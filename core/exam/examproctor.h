#pragma once

#include "examgrader.h"
#include "examresponder.h"
#include "practice/responderfactory.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace SmtpTutor {

class PracticeServer;
class Transcript;

// Sits the exam beside a running practice server: follows every session's transcript as it
// grows, hands it to the exam's grader and announces each verdict. Times are the wall clock.
class ExamProctor : public QObject
{
    Q_OBJECT
public:
    ExamProctor(const ExamOptions &options, PracticeServer *server, QObject *parent = nullptr);
    ~ExamProctor() override;

    const ExamOptions &options() const { return m_options; }
    const QList<ExamVerdict> &verdicts() const { return m_verdicts; }
    // The exam is over: whatever still waits for the client to come back is INCOMPLETE.
    void finish();

Q_SIGNALS:
    void verdictReached(const SmtpTutor::ExamVerdict &verdict);

private:
    void follow(int session);
    void read(int session, qsizetype first, qsizetype last);

    ExamOptions m_options;
    PracticeServer *m_server;
    std::unique_ptr<ExamGrader> m_grader;
    QHash<int, SessionEventReader> m_readers;
    QList<ExamVerdict> m_verdicts;
    QTimer m_clock;
    bool m_finished = false;
};

// The responders of an exam server: every session an ExamResponder, all sharing one
// ExamServerState. Tests pass their own state to set its clock.
ResponderFactory examResponderFactory(const ExamOptions &options, const Scenario &scenario,
    std::shared_ptr<ExamServerState> examState = std::make_shared<ExamServerState>());

} // namespace SmtpTutor
