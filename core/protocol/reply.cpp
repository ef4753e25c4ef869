#include "reply.h"

namespace SmtpTutor {

Reply::Reply(int code, QStringList lines) : m_code(code), m_lines(std::move(lines))
{
}

Reply::Reply(int code, EnhancedStatus status, const QString &text) : m_code(code)
{
    // RFC 2034 s.3: the enhanced code opens the text, separated from it by one space.
    QString line = status.toString();
    if (!text.isEmpty()) {
        if (!line.isEmpty())
            line += u' ';
        line += text;
    }
    m_lines = QStringList{line};
}

std::optional<EnhancedStatus> Reply::enhancedStatus() const
{
    if (m_lines.isEmpty())
        return std::nullopt;
    return EnhancedStatus::parsePrefix(m_lines.first());
}

QString Reply::firstLineText() const
{
    if (m_lines.isEmpty())
        return {};
    const QString &first = m_lines.first();
    qsizetype consumed = 0;
    if (!EnhancedStatus::parsePrefix(first, &consumed))
        return first;
    if (consumed < first.size() && first[consumed] == u' ')
        ++consumed;
    return first.mid(consumed);
}

QByteArray Reply::rawLine(qsizetype index) const
{
    if (index >= 0 && index < m_rawLines.size())
        return m_rawLines.at(index);
    return m_lines.value(index).toUtf8();
}

QString Reply::text() const
{
    return m_lines.join(u'\n');
}

QStringList Reply::wireLines() const
{
    // RFC 5321 s.4.2.1: every line but the last has "-" after the code; the last line has
    // "<SP>, optionally some text". The ABNF of s.4.2 makes that SP optional when the text is
    // empty, but the prose, RFC 4954 s.4 ("334" SP [base64], the empty AUTH challenge) and
    // Postfix (which always writes "CODE SP text") all put it there, and real clients that
    // split a reply at column 4 (s-nail) drop the connection without it. So every last line
    // gets the SP, not only 334: one rule for every reply, the form every client accepts.
    QStringList out;
    const QString code = QString::number(m_code);
    const qsizetype count = qMax<qsizetype>(1, m_lines.size());
    for (qsizetype i = 0; i < count; ++i) {
        const QString line = i < m_lines.size() ? m_lines.at(i) : QString();
        const bool last = i == count - 1;
        QString wire = code;
        wire += (last ? u' ' : u'-') + line;
        wire += u'\n';
        out.append(wire);
    }
    return out;
}

QByteArray Reply::toWire() const
{
    QByteArray out;
    for (const QString &line : wireLines()) {
        out += line.left(line.size() - 1).toUtf8(); // drop the display "\n"
        out += "\r\n";
    }
    return out;
}

} // namespace SmtpTutor
