#pragma once

#include <QObject>
#include <QPointer>

namespace SmtpTutor {

class LessonRunner;
class SequenceDiagramView;
class SimulatorSession;

// Keeps the console's diagram in step with the simulator: the lanes ("you" and the scenario's
// host) and, while a lesson runs, its next step as a faint "your turn: ..." arrow. Reads the
// runner and the session only; the diagram itself reads the session's Transcript.
class ConsoleDiagramLink : public QObject
{
    Q_OBJECT
public:
    ConsoleDiagramLink(SimulatorSession *session, LessonRunner *runner, SequenceDiagramView *view,
                       QObject *parent = nullptr);

    // What the faint arrow says for the runner's current step ("" without a lesson step). An AUTH
    // answer is masked as the transcript will mask it (RFC 4954 s.4): the arrow and every export
    // of the diagram stay free of credentials.
    static QString expectedLabel(const LessonRunner &runner, const SimulatorSession &session);

private:
    void refresh();

    SimulatorSession *m_session;
    LessonRunner *m_runner;
    QPointer<SequenceDiagramView> m_view;
};

} // namespace SmtpTutor
