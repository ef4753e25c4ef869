#include "examgrader.h"

#include "examgraders.h"

namespace SmtpTutor {

namespace {
// Enough lines for any exam's evidence; a session that talks for longer keeps its first ones.
constexpr qsizetype MaxLinesPerSheet = 400;

// The client's last line and what the server answered: where the session stood.
QStringList lastExchange(const QStringList &lines)
{
    qsizetype start = lines.size();
    while (start > 0 && !lines.at(start - 1).startsWith(u"->") && !lines.at(start - 1).startsWith(u"~>"))
        --start;
    return lines.mid(qMax<qsizetype>(0, start - 1), 24);
}

} // namespace

ExamGrader::ExamGrader(const ExamOptions &options, VerdictSink sink)
    : m_options(options)
    , m_sink(std::move(sink))
{
}

std::unique_ptr<ExamGrader> ExamGrader::make(const ExamOptions &options, VerdictSink sink)
{
    switch (options.exam) {
    case ExamId::StripStartTls:
        return std::make_unique<StripStartTlsGrader>(options, std::move(sink));
    case ExamId::StartTlsRefused:
        return std::make_unique<StartTlsRefusedGrader>(options, std::move(sink));
    case ExamId::StartTlsInjection:
        return std::make_unique<StartTlsInjectionGrader>(options, std::move(sink));
    case ExamId::Greylist:
        return std::make_unique<GreylistGrader>(options, std::move(sink));
    case ExamId::Disconnect421:
        return std::make_unique<Disconnect421Grader>(options, std::move(sink));
    case ExamId::AuthFailThenOk:
        return std::make_unique<AuthFailThenOkGrader>(options, std::move(sink));
    case ExamId::SizeLimit:
        return std::make_unique<SizeLimitGrader>(options, std::move(sink));
    }
    return nullptr;
}

void ExamGrader::sessionOpened(int session, const QDateTime &at)
{
    Sheet &sheet = m_sheets[session];
    sheet.session = session;
    sheet.openedAt = at;
}

void ExamGrader::handle(const SessionEvent &event)
{
    auto it = m_sheets.find(event.session);
    if (it == m_sheets.end())
        return; // a session opened before the exam began
    Sheet &sheet = it.value();
    if (sheet.lines.size() < MaxLinesPerSheet)
        sheet.lines.append(event.displayLines());
    if (event.kind == SessionEvent::Kind::TlsStarted)
        sheet.tls = true;
    onEvent(sheet, event);
}

void ExamGrader::sessionClosed(int session, const QDateTime &at, const QString &tlsHandshakeError)
{
    auto it = m_sheets.find(session);
    if (it == m_sheets.end())
        return;
    it->tlsHandshakeError = tlsHandshakeError;
    onClosed(it.value(), at);
    m_sheets.erase(it);
}

void ExamGrader::sessionInterrupted(int session, const QDateTime &at)
{
    auto it = m_sheets.find(session);
    if (it == m_sheets.end())
        return;
    decide(it.value(), ExamResult::Incomplete,
        tr("the server stopped while this session was still open, so the exam cannot tell what the client "
           "would have done next"),
        lastExchange(it->lines), at);
    sessionClosed(session, at);
}

void ExamGrader::decide(
    Sheet &sheet, ExamResult result, const QString &reason, const QStringList &evidence, const QDateTime &at)
{
    if (sheet.decided)
        return;
    sheet.decided = true;
    give(ExamVerdict { m_options.exam, result, reason, { sheet.session }, evidence, at });
}

void ExamGrader::give(ExamVerdict verdict)
{
    if (m_sink)
        m_sink(verdict);
}

} // namespace SmtpTutor
