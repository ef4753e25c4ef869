#include "lineframer.h"

namespace SmtpTutor {

void LineFramer::append(QByteArrayView bytes)
{
    compact();
    m_buffer.append(bytes.data(), bytes.size());
}

LineFramer::Result LineFramer::takeLine(qsizetype limit, QByteArray *line, Overflow overflow)
{
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', m_start);
        if (m_dropping) {
            if (newline < 0) {
                // Still inside the long line: nothing of it is worth keeping.
                m_buffer.clear();
                m_start = 0;
                return Result::NeedMore;
            }
            m_start = newline + 1;
            m_dropping = false;
            continue;
        }
        if (newline < 0) {
            // A CR may still be waiting for its LF, so a line of exactly `limit` bytes
            // may hold limit + 1 bytes for a moment.
            if (pendingBytes() > limit + 1) {
                if (overflow == Overflow::Split)
                    return takePiece(limit, line);
                m_buffer.clear();
                m_start = 0;
                m_dropping = true;
                return Result::TooLong;
            }
            return Result::NeedMore;
        }
        qsizetype end = newline;
        if (end > m_start && m_buffer.at(end - 1) == '\r')
            --end;
        if (end - m_start > limit) {
            if (overflow == Overflow::Split)
                return takePiece(limit, line);
            m_start = newline + 1;
            return Result::TooLong;
        }
        *line = m_buffer.mid(m_start, end - m_start);
        m_start = newline + 1;
        return Result::Line;
    }
}

LineFramer::Result LineFramer::takePiece(qsizetype limit, QByteArray *line)
{
    *line = m_buffer.mid(m_start, limit);
    m_start += limit;
    return Result::Piece;
}

qsizetype LineFramer::discardPending()
{
    const qsizetype dropped = pendingBytes();
    m_buffer.clear();
    m_start = 0;
    m_dropping = false;
    return dropped;
}

void LineFramer::compact()
{
    if (m_start == 0)
        return;
    m_buffer.remove(0, m_start);
    m_start = 0;
}

} // namespace SmtpTutor
