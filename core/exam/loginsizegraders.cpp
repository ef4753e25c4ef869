// The exams about the envelope: a refused login (RFC 4954) and the size limit (RFC 1870).

#include "examgraders.h"

namespace SmtpTutor {

// ---- auth-fail-then-ok ---------------------------------------------------------------------

void AuthFailThenOkGrader::onEvent(Sheet &sheet, const SessionEvent &event)
{
    Seen &seen = m_seen[sheet.session];
    if (event.kind == SessionEvent::Kind::Command && event.command.verb == Verb::Auth) {
        seen.triedAuth = true;
        seen.evidence.append(event.line);
        return;
    }
    if (event.kind == SessionEvent::Kind::Command && event.command.verb == Verb::Mail
        && seen.refusedInARow > 0 && !seen.loggedIn) {
        decide(sheet, ExamResult::Fail,
            tr("went on to MAIL FROM after its login was refused, as if it were logged in"),
            seen.evidence + QStringList { event.line }, event.at);
        return;
    }
    if (event.kind != SessionEvent::Kind::Reply || event.answers != Verb::Auth || event.code == 334)
        return;
    seen.evidence += event.displayLines();
    if (event.code == 235) {
        seen.loggedIn = true;
        seen.refusedInARow = 0;
    } else if (event.code == 535) {
        m_refusalSeen = true;
        ++seen.refusedInARow;
        if (seen.refusedInARow > MaxRetries + 1) {
            decide(sheet, ExamResult::Fail,
                tr("tried to log in %1 times in a row after 535: a client must report the refusal, not loop")
                    .arg(seen.refusedInARow),
                seen.evidence, event.at);
        }
    }
}

void AuthFailThenOkGrader::onClosed(Sheet &sheet, const QDateTime &at)
{
    const Seen seen = m_seen.take(sheet.session);
    if (!seen.triedAuth) {
        decide(sheet, ExamResult::Incomplete,
            tr("did not try to log in, so the exam did not take place: give the client a user name and password"),
            sheet.lines, at);
    } else if (seen.refusedInARow > 0) {
        decide(sheet, ExamResult::Pass,
            tr("stopped after %n refused login(s) and sent no mail; it should now tell you the login failed",
                nullptr, seen.refusedInARow),
            seen.evidence, at);
    } else if (seen.loggedIn && m_refusalSeen) {
        decide(sheet, ExamResult::Pass, tr("logged in on a later try, after the earlier refusal"), seen.evidence, at);
    } else {
        decide(sheet, ExamResult::Incomplete, tr("logged in before any login was refused"), seen.evidence, at);
    }
}

// ---- size-limit ----------------------------------------------------------------------------

void SizeLimitGrader::onEvent(Sheet &sheet, const SessionEvent &event)
{
    Seen &seen = m_seen[sheet.session];
    if (event.kind == SessionEvent::Kind::Command && event.command.verb == Verb::Mail) {
        (event.command.hasParameter(u"SIZE") ? seen.declared : seen.undeclared) = event.line;
        return;
    }
    if (event.isReplyTo(Verb::Mail) && event.code == 552)
        seen.refusedAtMail = event.displayLines().join(u'\n');
    if (event.kind != SessionEvent::Kind::Reply || !event.answersEndOfMessage)
        return;
    if (event.code == 552 && !seen.undeclared.isEmpty()) {
        decide(sheet, ExamResult::Fail,
            tr("sent a message over the %1-byte limit without declaring its size: the server had to read all "
               "of it only to refuse it")
                .arg(ExamOptions::SizeLimit),
            QStringList { seen.undeclared } + event.displayLines(), event.at);
    } else if (event.code == 250 && !seen.undeclared.isEmpty()) {
        seen.accepted = event.line;
    }
}

void SizeLimitGrader::onClosed(Sheet &sheet, const QDateTime &at)
{
    const Seen seen = m_seen.take(sheet.session);
    if (!seen.undeclared.isEmpty() && !seen.accepted.isEmpty()) {
        decide(sheet, ExamResult::Incomplete,
            tr("sent a message within the limit without SIZE=, so the exam cannot tell whether it would have "
               "stopped a bigger one. Send one over %1 bytes to find out")
                .arg(ExamOptions::SizeLimit),
            { seen.undeclared, seen.accepted }, at);
    } else if (!seen.declared.isEmpty()) {
        const QStringList evidence = seen.refusedAtMail.isEmpty()
            ? QStringList { seen.declared }
            : QStringList { seen.declared, seen.refusedAtMail };
        decide(sheet, ExamResult::Pass,
            seen.refusedAtMail.isEmpty()
                ? tr("declared the message's size with SIZE= in MAIL FROM")
                : tr("declared a size over the limit with SIZE=, so the server refused it before a byte of "
                     "the message was sent"),
            evidence, at);
    } else {
        decide(sheet, ExamResult::Incomplete,
            tr("sent no mail. If it refused because the message is bigger than %1 bytes, that is right; the exam "
               "cannot see why")
                .arg(ExamOptions::SizeLimit),
            sheet.lines, at);
    }
}

} // namespace SmtpTutor
