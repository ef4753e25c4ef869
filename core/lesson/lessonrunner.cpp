#include "lessonrunner.h"

#include "protocol/commandparser.h"
#include "reference/commandsuggestion.h"
#include "simulatorsession.h"

namespace SmtpTutor {

namespace {

QString replyLine(const Reply &reply)
{
    const QString first = reply.lines().value(0);
    return QStringLiteral("%1 %2").arg(reply.code()).arg(first).trimmed();
}

QString classWords(int code)
{
    switch (code / 100) {
    case 2: return LessonRunner::tr("2xx means the command worked.");
    case 3: return LessonRunner::tr("3xx means the server is waiting for more from you.");
    case 4: return LessonRunner::tr("4xx is a temporary failure: a correct client tries again later.");
    case 5: return LessonRunner::tr("5xx is a permanent failure: repeating the same thing will not help; fix it first.");
    }
    return {};
}

} // namespace

LessonRunner::LessonRunner(SimulatorSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

bool LessonRunner::start(const Lesson &lesson, QString *error)
{
    auto scenario = Scenario::load(lesson.scenario, error);
    if (!scenario)
        return false;
    scenario->personality = m_session->personality();
    m_lesson = lesson.wordedBy(scenario->personality, scenario->hostname);
    m_step = 0;
    m_linesInStep = 0;
    m_stepOpen = false;
    m_active = true;
    m_feedback = {};
    m_session->setScenario(*scenario);
    // A lesson that does not teach connecting starts connected.
    if (!m_lesson.steps.isEmpty() && m_lesson.steps.first().kind != LessonStep::Kind::Connect)
        m_session->connectToServer();
    Q_EMIT stepChanged(m_step);
    return true;
}

bool LessonRunner::resume(const Lesson &lesson, int step, QString *error)
{
    if (!start(lesson, error))
        return false;
    const int target = qBound(0, step, int(m_lesson.steps.size()));
    // Replaying the model answers rebuilds the exact server state the learner had reached.
    int guard = 0;
    while (m_step < target && guard++ < 1000) {
        const QString line = suggestedLine();
        if (line.isNull())
            break;
        const Feedback fb = submit(line.toUtf8());
        if (fb.verdict == Verdict::WrongLine || fb.verdict == Verdict::Refused)
            break; // the scenario changed under the saved progress: stop where it fails
    }
    return true;
}

void LessonRunner::stop()
{
    m_active = false;
}

const LessonStep *LessonRunner::currentStep() const
{
    if (!m_active || m_step < 0 || m_step >= m_lesson.steps.size())
        return nullptr;
    return &m_lesson.steps.at(m_step);
}

QString LessonRunner::suggestedLine() const
{
    const LessonStep *step = currentStep();
    if (!step)
        return {};
    return step->fill.value(qMin<qsizetype>(m_linesInStep, step->fill.size() - 1));
}

QString LessonRunner::verbOf(const QByteArray &line)
{
    const Command command = CommandParser::parse(line);
    return command.verb == Verb::Unknown ? command.verbText.toUpper() : verbName(command.verb);
}

bool LessonRunner::lineOpensStep(const LessonStep &step, const QByteArray &line) const
{
    switch (step.kind) {
    case LessonStep::Kind::Connect:
        return SimulatorSession::isConnectCommand(line);
    case LessonStep::Kind::Message:
        return m_session->engine() && m_session->engine()->isInData();
    case LessonStep::Kind::Command:
        return step.acceptedVerbs.contains(verbOf(line));
    }
    return false;
}

QString LessonRunner::describeReply(const ServerResponse &response, const LessonStep &step) const
{
    const Reply &reply = response.reply;
    QStringList parts;
    parts << tr("The server answered \"%1\".").arg(replyLine(reply));
    if (step.explainCodes.contains(reply.code()))
        parts << step.explainCodes.value(reply.code());
    if (!response.explanation.isEmpty()) {
        QString why = response.explanation;
        if (!response.rfcSection.isEmpty())
            why += QStringLiteral(" (%1)").arg(response.rfcSection);
        parts << why;
    }
    parts << classWords(reply.code());
    return parts.join(QLatin1Char(' '));
}

LessonRunner::Feedback LessonRunner::submit(const QByteArray &line)
{
    const LessonStep *stepPtr = currentStep();
    if (!stepPtr) {
        m_session->sendLine(line);
        return m_feedback = {};
    }
    const LessonStep step = *stepPtr;
    const SmtpResponder *engine = m_session->engine();
    const bool wasInData = engine && engine->isInData();
    const bool wasInAuth = engine && engine->isAwaitingAuthResponse();
    const bool continues = m_stepOpen && (wasInAuth || (wasInData && step.kind == LessonStep::Kind::Message));
    const bool opens = !continues && !wasInAuth && lineOpensStep(step, line);

    const ServerResponse last = lastAnswer(m_session->sendLine(line), step);
    Feedback fb;
    fb.replyCode = last.reply.code();
    if (auto status = last.reply.enhancedStatus())
        fb.enhancedStatus = status->toString();
    if (opens || continues)
        judgeStepLine(fb, step, line, last, wasInAuth);
    else
        judgeWrongLine(fb, step, line, last, wasInData);
    // A slip of the keyboard ("EHOL", "MAIL FORM:") gets a guess at what was meant.
    if ((fb.verdict == Verdict::WrongLine || fb.verdict == Verdict::Refused) && !wasInData && !wasInAuth) {
        const QString guess = CommandSuggestion().suggest(QString::fromUtf8(line));
        if (!guess.isNull()) {
            fb.suggestion = guess;
            fb.message += QLatin1Char(' ') + tr("Did you mean \"%1\"?").arg(guess);
        }
    }

    m_feedback = fb;
    if (fb.verdict == Verdict::StepDone)
        advance();
    Q_EMIT feedbackChanged(fb);
    return fb;
}

// The reply the line got. For "connect" the greeting is in the transcript; the session does not
// return it.
ServerResponse LessonRunner::lastAnswer(const QList<ServerResponse> &responses, const LessonStep &step) const
{
    ServerResponse last;
    if (!responses.isEmpty()) {
        last = responses.last();
    } else if (step.kind == LessonStep::Kind::Connect && m_session->transcript()->size() > 0) {
        const TranscriptEntry &e = m_session->transcript()->entries().constLast();
        last.reply = Reply(e.replyCode, { e.text.mid(4) });
        last.explanation = e.explanation;
        last.rfcSection = e.rfcSection;
    }
    return last;
}

// Not what the step asked for. The server still answered; explain that answer.
void LessonRunner::judgeWrongLine(Feedback &fb, const LessonStep &step, const QByteArray &line,
    const ServerResponse &last, bool wasInData) const
{
    fb.verdict = Verdict::WrongLine;
    const QString wanted = step.fill.value(0);
    fb.message = line.trimmed().isEmpty()
        ? tr("This step asks for %1, but the line was empty: press Enter only after typing a command.").arg(wanted)
        : tr("This step asks for %1, but you sent \"%2\".").arg(wanted, QString::fromUtf8(line));
    if (fb.replyCode != 0)
        fb.message += QLatin1Char(' ') + describeReply(last, step);
    else if (!m_session->isConnected())
        fb.message += QLatin1Char(' ') + tr("Nothing is connected, so nothing answered.");
    else if (wasInData)
        fb.message += QLatin1Char(' ') + tr("While the server collects the message, every line you type is part of it; the server answers only after the lone \".\".");
}

// A line of the step: it is done, it goes on, or the server refused it and the step starts over.
void LessonRunner::judgeStepLine(Feedback &fb, const LessonStep &step, const QByteArray &line,
    const ServerResponse &last, bool wasInAuth)
{
    m_stepOpen = true;
    ++m_linesInStep;
    const int code = fb.replyCode;
    const bool messageStillOpen = m_session->engine() && m_session->engine()->isInData();
    const bool rightVerb = step.doneVerb.isEmpty() || wasInAuth || verbOf(line) == step.doneVerb;
    if (code == step.doneCode && rightVerb && !(step.kind == LessonStep::Kind::Message && messageStillOpen)) {
        fb.verdict = Verdict::StepDone;
        fb.message = step.doneText.isEmpty() ? describeReply(last, step) : step.doneText;
    } else if (code < 400) {
        // A message line (no reply yet), an AUTH challenge (334), or a 2xx on the way
        // (the EHLO after STARTTLS): the step goes on.
        fb.verdict = Verdict::Progress;
        if (code == 0)
            fb.message = tr("Line added to the message. End it with a line holding only \".\".");
        else if (code == 334)
            fb.message = (tr("The server wants the next piece (334).") + QLatin1Char(' ') + step.note).trimmed();
        else
            fb.message = describeReply(last, step);
    } else {
        fb.verdict = Verdict::Refused;
        fb.message = describeReply(last, step);
        // The command failed: the step starts over (fill from its first line again).
        m_stepOpen = false;
        m_linesInStep = 0;
    }
}

void LessonRunner::advance()
{
    ++m_step;
    m_linesInStep = 0;
    m_stepOpen = false;
    Q_EMIT stepChanged(m_step);
    if (m_step >= m_lesson.steps.size())
        Q_EMIT finished();
}

} // namespace SmtpTutor
