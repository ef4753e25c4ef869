#include "connectionlimiter.h"

#include <QTimer>

#include <algorithm>

namespace SmtpTutor {

ConnectionLimiter::ConnectionLimiter(int limit, QObject *parent)
    : QObject(parent), m_limit(std::max(1, limit))
{
}

void ConnectionLimiter::whenFree(QObject *owner, std::function<void()> start)
{
    m_waiting.push_back({owner, std::move(start)});
    // Granted from the event loop, never inside the caller's stack: a check may ask for a slot
    // from inside its own start() without being re-entered.
    QTimer::singleShot(0, this, &ConnectionLimiter::grantNext);
}

void ConnectionLimiter::release()
{
    if (m_inUse > 0)
        --m_inUse;
    QTimer::singleShot(0, this, &ConnectionLimiter::grantNext);
}

void ConnectionLimiter::grantNext()
{
    while (m_inUse < m_limit && !m_waiting.empty()) {
        Request request = std::move(m_waiting.front());
        m_waiting.pop_front();
        if (!request.owner)
            continue; // its check is gone
        ++m_inUse;
        m_highWater = std::max(m_highWater, m_inUse);
        request.start();
    }
}

} // namespace SmtpTutor
