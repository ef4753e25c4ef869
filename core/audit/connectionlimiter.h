#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace SmtpTutor {

// At most N connections to one server at once. A check asks for a slot with whenFree(); the
// callback runs (from the event loop) when a slot is free, and the check gives the slot back with
// release() when its connection has ended. Slots are granted in the order they were asked for.
class ConnectionLimiter : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionLimiter(int limit, QObject *parent = nullptr);

    // `owner` guards the callback: if it is destroyed before its turn, its request is dropped.
    void whenFree(QObject *owner, std::function<void()> start);
    void release();

    int limit() const { return m_limit; }
    int inUse() const { return m_inUse; }
    int highWater() const { return m_highWater; } // the most ever in use at once (tests, bench)

private:
    void grantNext();

    struct Request
    {
        QPointer<QObject> owner;
        std::function<void()> start;
    };
    int m_limit;
    int m_inUse = 0;
    int m_highWater = 0;
    std::deque<Request> m_waiting;
};

} // namespace SmtpTutor
