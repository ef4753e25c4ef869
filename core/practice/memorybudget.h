#pragma once

#include <QtGlobal>

#include <functional>

namespace SmtpTutor {

// Bytes the practice server holds for mail: messages being received plus messages kept for
// viewing. Kept messages give way first (makeRoom drops the oldest); when nothing is left to
// drop, a reservation fails and the connection that asked is refused, the way a real MTA
// answers "insufficient system storage" when its queue file system is full.
class MemoryBudget
{
public:
    explicit MemoryBudget(qint64 limit = 64 * 1024 * 1024)
        : m_limit(limit)
    {
    }

    void setLimit(qint64 limit) { m_limit = limit; }
    qint64 limit() const { return m_limit; }
    qint64 used() const { return m_used; }
    qint64 peak() const { return m_peak; }

    // Called with the number of bytes that must be freed; returns the number it freed.
    void setMakeRoom(std::function<qint64(qint64)> makeRoom) { m_makeRoom = std::move(makeRoom); }

    bool reserve(qint64 bytes)
    {
        if (m_used + bytes > m_limit && m_makeRoom)
            m_makeRoom(m_used + bytes - m_limit);
        if (m_used + bytes > m_limit)
            return false;
        m_used += bytes;
        m_peak = qMax(m_peak, m_used);
        return true;
    }
    void release(qint64 bytes) { m_used = qMax<qint64>(0, m_used - bytes); }

private:
    qint64 m_limit;
    qint64 m_used = 0;
    qint64 m_peak = 0;
    std::function<qint64(qint64)> m_makeRoom;
};

} // namespace SmtpTutor
