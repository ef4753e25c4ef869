// The two exams that follow the client into its next session: greylisting (450 at RCPT) and
// a 421 at the end of DATA. Both are temporary failures (RFC 5321 s.4.2.1): the client passes
// when it comes back and the server takes the mail.

#include "examgraders.h"

namespace SmtpTutor {

namespace {

QString secondsSince(const QDateTime &from, const QDateTime &to)
{
    return QString::number(from.msecsTo(to) / 1000.0, 'f', 1);
}

// Takes out every attempt that `reasonToGiveUp` has a reason for (an empty one keeps it
// waiting) and returns their INCOMPLETE verdicts.
template<typename Attempt, typename ReasonFn>
QList<ExamVerdict> giveUp(QHash<QString, Attempt> &attempts, ExamId exam, const QDateTime &now, ReasonFn reasonToGiveUp)
{
    QList<ExamVerdict> verdicts;
    for (auto it = attempts.begin(); it != attempts.end();) {
        const QString reason = reasonToGiveUp(it.value());
        if (reason.isEmpty()) {
            ++it;
            continue;
        }
        verdicts.append(ExamVerdict { exam, ExamResult::Incomplete, reason, it->sessions, it->evidence, now });
        it = attempts.erase(it);
    }
    return verdicts;
}

} // namespace

// ---- greylist ------------------------------------------------------------------------------

void GreylistGrader::onEvent(Sheet &sheet, const SessionEvent &event)
{
    if (event.kind == SessionEvent::Kind::Command) {
        if (event.command.verb == Verb::Mail)
            m_sender[sheet.session] = event.command.path.toString().toLower();
        else if (event.command.verb == Verb::Rcpt)
            m_recipient[sheet.session] = event.command.path.toString().toLower();
        return;
    }
    if (event.isReplyTo(Verb::Rcpt))
        onRecipientReply(sheet, event);
}

void GreylistGrader::onRecipientReply(Sheet &sheet, const SessionEvent &event)
{
    // With pipelining several RCPTs may wait for their replies; the last one named is the one
    // the exam follows (every client here names the same recipients again on its retry).
    m_sawRecipientReply[sheet.session] = true;
    const QString key = m_sender.value(sheet.session) + u'|' + m_recipient.value(sheet.session);
    const bool greylisted = event.code == 450 && event.enhancedStatus == QLatin1String("4.2.0");
    auto it = m_attempts.find(key);
    if (greylisted) {
        if (it == m_attempts.end()) {
            it = m_attempts.insert(key, Attempt { event.at, event.at, 0, {}, {} });
        } else {
            it->evidence.append(tr("(retry after %1 s)").arg(secondsSince(it->firstRefusal, event.at)));
        }
        ++it->refusals;
        it->lastRefusal = event.at;
        if (!it->sessions.contains(sheet.session))
            it->sessions.append(sheet.session);
        it->evidence += event.displayLines();
        sheet.decided = true; // the verdict comes with the retry, or when the exam's time is up
        return;
    }
    if (it == m_attempts.end() || event.code != 250)
        return;
    Attempt attempt = m_attempts.take(key);
    attempt.sessions.append(sheet.session);
    attempt.evidence.append(tr("(retry after %1 s)").arg(secondsSince(attempt.firstRefusal, event.at)));
    attempt.evidence += event.displayLines();
    const QString early = attempt.refusals > 1
        ? tr(" It had come back %n time(s) too early before that.", nullptr, attempt.refusals - 1)
        : QString();
    sheet.decided = true;
    give(ExamVerdict { exam(), ExamResult::Pass,
        tr("came back after %1 s (the server asked for %2 s) and the retry was accepted.%3")
            .arg(secondsSince(attempt.firstRefusal, event.at))
            .arg(options().greylistDelaySeconds)
            .arg(early),
        attempt.sessions, attempt.evidence, event.at });
}

void GreylistGrader::onClosed(Sheet &sheet, const QDateTime &at)
{
    m_sender.remove(sheet.session);
    m_recipient.remove(sheet.session);
    if (!m_sawRecipientReply.take(sheet.session))
        decide(sheet, ExamResult::Incomplete, tr("named no recipient, so the exam did not start"), sheet.lines, at);
}

void GreylistGrader::expire(const QDateTime &now)
{
    const auto overdue = [&](const Attempt &attempt) {
        return attempt.firstRefusal.secsTo(now) < options().examTimeSeconds
            ? QString()
            : tr("did not come back with an accepted retry within the exam's %1 s").arg(options().examTimeSeconds);
    };
    for (const ExamVerdict &verdict : giveUp(m_attempts, exam(), now, overdue))
        give(verdict);
}

void GreylistGrader::finish(const QDateTime &now)
{
    expire(now); // attempts past the exam's time keep that reason
    const auto cutShort = [&](const Attempt &attempt) {
        return tr("the exam ended %1 s after the first 450, before the client came back with an accepted retry")
            .arg(secondsSince(attempt.firstRefusal, now));
    };
    for (const ExamVerdict &verdict : giveUp(m_attempts, exam(), now, cutShort))
        give(verdict);
}

// ---- disconnect-421 ------------------------------------------------------------------------

void Disconnect421Grader::onEvent(Sheet &sheet, const SessionEvent &event)
{
    if (event.kind == SessionEvent::Kind::Command && event.command.verb == Verb::Mail) {
        m_sender[sheet.session] = event.command.path.toString().toLower();
        return;
    }
    if (event.kind != SessionEvent::Kind::Reply || !event.answersEndOfMessage)
        return;
    m_sentMessage[sheet.session] = true;
    const QString sender = m_sender.value(sheet.session);
    if (event.code == 421) {
        Attempt &attempt = m_attempts[sender];
        if (attempt.sessions.isEmpty())
            attempt.cutAt = event.at;
        attempt.sessions.append(sheet.session);
        attempt.evidence += event.displayLines();
        sheet.decided = true;
        return;
    }
    if (event.code != 250 || !m_attempts.contains(sender))
        return;
    Attempt attempt = m_attempts.take(sender);
    attempt.sessions.append(sheet.session);
    attempt.evidence.append(tr("(sent again after %1 s)").arg(secondsSince(attempt.cutAt, event.at)));
    attempt.evidence += event.displayLines();
    sheet.decided = true;
    give(ExamVerdict { exam(), ExamResult::Pass,
        tr("took the 421 as temporary and sent the message again %1 s later; it was accepted")
            .arg(secondsSince(attempt.cutAt, event.at)),
        attempt.sessions, attempt.evidence, event.at });
}

void Disconnect421Grader::onClosed(Sheet &sheet, const QDateTime &at)
{
    m_sender.remove(sheet.session);
    if (!m_sentMessage.take(sheet.session))
        decide(sheet, ExamResult::Incomplete, tr("sent no message, so the exam did not start"), sheet.lines, at);
}

void Disconnect421Grader::expire(const QDateTime &now)
{
    const auto overdue = [&](const Attempt &attempt) {
        return attempt.cutAt.secsTo(now) < options().examTimeSeconds
            ? QString()
            : tr("did not send the message again within the exam's %1 s. A correct client keeps it and tries "
                 "later, or tells you it was not sent; check what yours said")
                  .arg(options().examTimeSeconds);
    };
    for (const ExamVerdict &verdict : giveUp(m_attempts, exam(), now, overdue))
        give(verdict);
}

void Disconnect421Grader::finish(const QDateTime &now)
{
    expire(now); // attempts past the exam's time keep that reason
    const auto cutShort = [&](const Attempt &attempt) {
        return tr("the exam ended %1 s after the 421, before the client sent the message again")
            .arg(secondsSince(attempt.cutAt, now));
    };
    for (const ExamVerdict &verdict : giveUp(m_attempts, exam(), now, cutShort))
        give(verdict);
}

} // namespace SmtpTutor
