#include "consolediagramlink.h"

#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "sequencediagramview.h"
#include "session/transcript.h"

namespace SmtpTutor {

ConsoleDiagramLink::ConsoleDiagramLink(SimulatorSession *session, LessonRunner *runner, SequenceDiagramView *view,
                                       QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_runner(runner)
    , m_view(view)
{
    connect(session, &SimulatorSession::stateChanged, this, &ConsoleDiagramLink::refresh);
    connect(runner, &LessonRunner::stepChanged, this, &ConsoleDiagramLink::refresh);
    connect(runner, &LessonRunner::feedbackChanged, this, &ConsoleDiagramLink::refresh);
    connect(runner, &LessonRunner::finished, this, &ConsoleDiagramLink::refresh);
    refresh();
}

QString ConsoleDiagramLink::expectedLabel(const LessonRunner &runner, const SimulatorSession &session)
{
    const LessonStep *step = runner.currentStep();
    if (!step)
        return {};
    const SmtpResponder *engine = session.engine();
    if (step->kind == LessonStep::Kind::Message && engine && engine->isInData())
        return tr("the message, ended by a line with only \".\"");
    if (engine && engine->isAwaitingAuthResponse())
        return Transcript::maskedClientLine(runner.suggestedLine(), Secrecy::AuthResponse);
    const QString line = runner.suggestedLine();
    if (line.trimmed().startsWith(QLatin1String("AUTH"), Qt::CaseInsensitive))
        return Transcript::maskedClientLine(line, Secrecy::AuthCommand);
    return line;
}

void ConsoleDiagramLink::refresh()
{
    if (!m_view)
        return;
    m_view->setLanes(tr("you"), m_session->scenario().hostname);
    m_view->setExpected(m_runner->isActive() ? expectedLabel(*m_runner, *m_session) : QString());
}

} // namespace SmtpTutor
