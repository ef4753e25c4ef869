#include "replyparser.h"

#include <QCoreApplication>

namespace SmtpTutor {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

bool ReplyParser::feed(QByteArrayView bytes)
{
    if (hasError())
        return false; // sticky: a broken stream is never trusted again

    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', pos);
        if (lf < 0) {
            // No line end yet. Refuse as soon as the partial line can no longer fit (it needs
            // at least its LF still), so a hostile server cannot make us hold more than the
            // limits: a 20 MB line fails after maxLineLength bytes, not after 20 MB.
            const qsizetype partial = m_buffer.size() + (bytes.size() - pos);
            if (const Error error = overflow(partial + 1); error != Error::None) {
                fail(error);
                return false;
            }
            m_buffer.append(bytes.sliced(pos));
            return true;
        }

        const qsizetype wireLength = m_buffer.size() + (lf - pos) + 1;
        if (const Error error = overflow(wireLength); error != Error::None) {
            fail(error);
            return false;
        }
        bool ok;
        if (m_buffer.isEmpty()) {
            ok = parseLine(bytes.sliced(pos, lf - pos), wireLength);
        } else {
            m_buffer.append(bytes.sliced(pos, lf - pos));
            ok = parseLine(m_buffer, wireLength);
            m_buffer.clear();
        }
        pos = lf + 1;
        if (!ok)
            return false;
    }
    return true;
}

ReplyParser::Error ReplyParser::overflow(qsizetype lineLength) const
{
    // lineLength is what the current line takes at least, its LF included. The verdict must not
    // depend on how the bytes were chunked: whichever limit a growing line crosses first is the
    // one reported (the line limit on a tie), whether we see it byte by byte or all at once.
    const qsizetype lineThreshold = m_limits.maxLineLength + 1;
    const qsizetype replyThreshold = m_limits.maxReplyBytes - m_currentBytes + 1;
    if (lineLength < lineThreshold && lineLength < replyThreshold)
        return Error::None;
    return lineThreshold <= replyThreshold ? Error::LineTooLong : Error::ReplyTooLarge;
}

bool ReplyParser::parseLine(QByteArrayView line, qsizetype wireLength)
{
    // RFC 5321 s.2.3.8: lines end in CRLF. A bare LF is tolerated (many test servers and
    // scripts send it) but reported, since a strict peer would not accept it.
    if (line.endsWith('\r')) {
        line.chop(1);
    } else if (!m_warnings.contains(Warning::BareLineFeed)) {
        m_warnings.append(Warning::BareLineFeed);
    }

    // RFC 5321 s.4.2: Reply-code = %x32-35 %x30-35 %x30-39
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2])) {
        fail(Error::NotACode);
        return false;
    }
    if (line[0] < '2' || line[0] > '5' || line[1] > '5') {
        fail(Error::CodeOutOfRange);
        return false;
    }
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');

    // RFC 5321 s.4.2: "NNN-text" continues a reply, "NNN text" or a bare "NNN" ends it
    // (the text is optional: Reply-code [ SP textstring ] CRLF).
    bool last;
    if (line.size() == 3 || line[3] == ' ')
        last = true;
    else if (line[3] == '-')
        last = false;
    else {
        fail(Error::MissingSeparator);
        return false;
    }

    // RFC 5321 s.4.2.1: every line of a multi-line reply carries the same code.
    if (m_currentCode != 0 && code != m_currentCode) {
        fail(Error::InconsistentCodes);
        return false;
    }
    // A continuation line that fills the quota means the reply will have more lines than
    // allowed: say so now rather than wait for the rest.
    const qsizetype lineCount = m_currentLines.size() + 1;
    if (lineCount > m_limits.maxLinesPerReply || (!last && lineCount >= m_limits.maxLinesPerReply)) {
        fail(Error::TooManyLines);
        return false;
    }

    const QByteArrayView text = line.size() > 4 ? line.sliced(4) : QByteArrayView();
    m_currentLines.append(QString::fromUtf8(text));
    m_currentRawLines.append(text.toByteArray());
    if (last) {
        Reply reply(code, std::move(m_currentLines));
        reply.setRawLines(std::move(m_currentRawLines));
        m_ready.append(std::move(reply));
        m_currentLines = QStringList();
        m_currentRawLines = QList<QByteArray>();
        m_currentCode = 0;
        m_currentBytes = 0;
    } else {
        m_currentCode = code;
        m_currentBytes += wireLength;
    }
    return true;
}

std::optional<Reply> ReplyParser::takeReply()
{
    if (m_ready.isEmpty())
        return std::nullopt;
    return m_ready.takeFirst();
}

qsizetype ReplyParser::pendingBytes() const
{
    return m_buffer.size() + m_currentBytes;
}

void ReplyParser::reset()
{
    m_buffer.clear();
    m_currentCode = 0;
    m_currentLines.clear();
    m_currentRawLines.clear();
    m_currentBytes = 0;
    m_ready.clear();
    m_error = Error::None;
    m_warnings.clear();
}

void ReplyParser::fail(Error error)
{
    if (m_error == Error::None)
        m_error = error;
}

QString ReplyParser::errorString() const
{
    return describe(m_error);
}

QString ReplyParser::describe(Error error)
{
    switch (error) {
    case Error::None:
        return QString();
    case Error::LineTooLong:
        return QCoreApplication::translate("ReplyParser",
            "The server sent a line longer than the allowed maximum without ending it.");
    case Error::NotACode:
        return QCoreApplication::translate("ReplyParser",
            "A reply line did not begin with a three-digit code.");
    case Error::CodeOutOfRange:
        return QCoreApplication::translate("ReplyParser",
            "A reply code was outside the range SMTP defines (200 to 559).");
    case Error::InconsistentCodes:
        return QCoreApplication::translate("ReplyParser",
            "The lines of one multi-line reply carried different codes.");
    case Error::MissingSeparator:
        return QCoreApplication::translate("ReplyParser",
            "A reply code was followed by something other than a space or a dash.");
    case Error::TooManyLines:
        return QCoreApplication::translate("ReplyParser",
            "A multi-line reply went on for more lines than allowed.");
    case Error::ReplyTooLarge:
        return QCoreApplication::translate("ReplyParser",
            "A reply was larger than the allowed maximum size.");
    }
    return QString();
}

} // namespace SmtpTutor
