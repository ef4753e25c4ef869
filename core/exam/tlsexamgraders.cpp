// The three exams about TLS: STARTTLS stripped, refused, and bytes injected before the
// handshake (RFC 3207).

#include "examgraders.h"

namespace SmtpTutor {

namespace {

bool isGreeting(Verb verb)
{
    return verb == Verb::Ehlo || verb == Verb::Helo;
}

// The EHLO reply as evidence: the server's name, the AUTH line and a note for the rest, which
// is where STARTTLS would have been (a dozen lines of PIPELINING and 8BITMIME say nothing).
QStringList ehloEvidence(const SessionEvent &reply)
{
    const QStringList lines = reply.displayLines();
    QStringList kept;
    qsizetype omitted = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString keyword = reply.replyLines.value(i).trimmed().toUpper();
        if (i == 0 || keyword.startsWith(u"AUTH") || keyword.startsWith(u"STARTTLS"))
            kept.append(lines.at(i));
        else
            ++omitted;
    }
    if (omitted > 0)
        kept.append(StripStartTlsGrader::tr("   (%n more line(s) of the EHLO reply, none of them STARTTLS)", nullptr,
            int(omitted)));
    return kept;
}

// The evidence followed by the session's last `count` lines, without repeating the ones it
// already ends with: a client that hangs up right after the EHLO reply, the 454 or the injected
// lines has nothing after them, and the learner would see those lines twice.
QStringList withLastLines(QStringList evidence, const QStringList &lines, qsizetype count)
{
    const QStringList last = lines.mid(qMax<qsizetype>(0, lines.size() - count));
    qsizetype overlap = qMin(last.size(), evidence.size());
    while (overlap > 0 && evidence.mid(evidence.size() - overlap) != last.mid(0, overlap))
        --overlap;
    evidence += last.mid(overlap);
    return evidence;
}

} // namespace

// ---- strip-starttls ------------------------------------------------------------------------

void StripStartTlsGrader::onEvent(Sheet &sheet, const SessionEvent &event)
{
    if (event.kind == SessionEvent::Kind::Reply && event.answers && isGreeting(*event.answers) && !event.tls) {
        m_ehloReplies[sheet.session] = ehloEvidence(event);
        m_linesBeforeEhloEnd[sheet.session] = sheet.lines.size();
    }
    if (event.kind != SessionEvent::Kind::Command || event.tls)
        return;
    const QStringList evidence = m_ehloReplies.value(sheet.session) + QStringList { event.line };
    if (event.command.verb == Verb::Auth) {
        decide(sheet, ExamResult::Fail,
            tr("sent AUTH in clear text although the server offered no STARTTLS: its password could be "
               "read on the way"),
            evidence, event.at);
    } else if (event.command.verb == Verb::Mail) {
        decide(sheet, ExamResult::Fail,
            tr("sent MAIL FROM in clear text although the server offered no STARTTLS: it sends mail "
               "without the encryption it should insist on"),
            evidence, event.at);
    }
}

void StripStartTlsGrader::onClosed(Sheet &sheet, const QDateTime &at)
{
    const QStringList ehlo = m_ehloReplies.take(sheet.session);
    if (ehlo.isEmpty()) {
        decide(sheet, ExamResult::Incomplete, tr("hung up before the server's EHLO reply, so the exam did not start"),
            sheet.lines, at);
        return;
    }
    decide(sheet, ExamResult::Pass,
        tr("saw no STARTTLS in the EHLO reply and stopped: no password and no mail went out in clear text"),
        ehlo + sheet.lines.mid(m_linesBeforeEhloEnd.take(sheet.session)).mid(0, 2), at);
}

// ---- starttls-refused ----------------------------------------------------------------------

void StartTlsRefusedGrader::onEvent(Sheet &sheet, const SessionEvent &event)
{
    Seen &seen = m_seen[sheet.session];
    if (event.isReplyTo(Verb::StartTls) && event.code == 454) {
        seen.refusal = { QStringLiteral("-> STARTTLS") };
        seen.refusal += event.displayLines();
        return;
    }
    if (event.kind != SessionEvent::Kind::Command || event.tls)
        return;
    if (event.command.verb == Verb::Auth) {
        const bool refused = !seen.refusal.isEmpty();
        decide(sheet, ExamResult::Fail,
            refused ? tr("went on after the 454 and sent AUTH in clear text: its password could be read on the way")
                    : tr("sent AUTH in clear text without even asking for STARTTLS"),
            seen.refusal + QStringList { event.line }, event.at);
    } else if (event.command.verb == Verb::Mail && !seen.refusal.isEmpty() && seen.mailInClear.isEmpty()) {
        seen.mailInClear = event.line;
    }
}

void StartTlsRefusedGrader::onClosed(Sheet &sheet, const QDateTime &at)
{
    const Seen seen = m_seen.take(sheet.session);
    if (seen.refusal.isEmpty()) {
        decide(sheet, ExamResult::Incomplete,
            tr("never asked for STARTTLS, so the exam did not take place: set the client up to use STARTTLS"),
            sheet.lines, at);
        return;
    }
    if (!seen.mailInClear.isEmpty()) {
        decide(sheet, ExamResult::Pass,
            tr("sent no password after the 454, but went on to send mail in clear text: acceptable only for "
               "server-to-server mail that uses TLS when it can, never for a client that requires it"),
            seen.refusal + QStringList { seen.mailInClear }, at);
        return;
    }
    decide(sheet, ExamResult::Pass, tr("gave up after the 454 without sending a password in clear text"),
        withLastLines(seen.refusal, sheet.lines, 1), at);
}

// ---- starttls-injection --------------------------------------------------------------------

void StartTlsInjectionGrader::onEvent(Sheet &sheet, const SessionEvent &event)
{
    Seen &seen = m_seen[sheet.session];
    if (event.kind == SessionEvent::Kind::Reply && !event.tls
        && (event.isReplyTo(Verb::StartTls) || (!event.answers && !seen.upgrade.isEmpty()))) {
        // The 220 and, with no command to answer, the lines the exam injected after it.
        if (seen.upgrade.isEmpty())
            seen.upgrade.append(QStringLiteral("-> STARTTLS"));
        seen.upgrade += event.displayLines();
        return;
    }
    if (event.kind != SessionEvent::Kind::Command || !event.tls || seen.upgrade.isEmpty())
        return;
    const QStringList evidence = seen.upgrade + QStringList { event.line };
    if (seen.firstInsideTls.isEmpty()) {
        seen.firstInsideTls = event.line;
        if (!isGreeting(event.command.verb) && event.command.verb != Verb::Quit) {
            decide(sheet, ExamResult::Fail,
                tr("did not send EHLO again inside TLS: it went on with what it was told in clear text, "
                   "which anyone on the path could have written"),
                evidence, event.at);
            return;
        }
        seen.greetedAgain = isGreeting(event.command.verb);
    }
    if (event.command.verb == Verb::Auth && event.command.authMechanism == QLatin1String("PLAIN")) {
        decide(sheet, ExamResult::Fail,
            tr("used AUTH PLAIN, which only the injected clear-text reply offered: it acted on bytes that "
               "came before the TLS handshake"),
            evidence, event.at);
    }
}

void StartTlsInjectionGrader::onClosed(Sheet &sheet, const QDateTime &at)
{
    const Seen seen = m_seen.take(sheet.session);
    if (seen.upgrade.isEmpty()) {
        decide(sheet, ExamResult::Incomplete,
            tr("never asked for STARTTLS, so the exam did not take place: set the client up to use STARTTLS"),
            sheet.lines, at);
    } else if (!sheet.tls && sheet.tlsHandshakeError.isEmpty()) {
        // No TLS alert: the client hung up instead of starting TLS on a connection that had
        // bytes it did not ask for (curl and msmtp refuse such pipelined data).
        decide(sheet, ExamResult::Pass,
            tr("hung up instead of starting TLS after bytes it had not asked for: it did not act on them"),
            withLastLines(seen.upgrade, sheet.lines, 2), at);
    } else if (!sheet.tls) {
        decide(sheet, ExamResult::Incomplete,
            tr("the TLS handshake failed (%1). A client that refuses the injected bytes is safe, but so is one "
               "that does not trust the certificate; the exam cannot tell which it was")
                .arg(sheet.tlsHandshakeError),
            withLastLines(seen.upgrade, sheet.lines, 2), at);
    } else if (seen.greetedAgain) {
        decide(sheet, ExamResult::Pass,
            tr("ignored the injected bytes: it sent EHLO again inside TLS and used only the new list"),
            seen.upgrade + QStringList { seen.firstInsideTls }, at);
    } else {
        decide(sheet, ExamResult::Incomplete, tr("hung up inside TLS before sending any command"),
            withLastLines(seen.upgrade, sheet.lines, 2), at);
    }
}

} // namespace SmtpTutor
