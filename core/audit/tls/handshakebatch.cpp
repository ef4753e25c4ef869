#include "handshakebatch.h"

#include "audit/connectionlimiter.h"

#include <QTimer>

namespace SmtpTutor {

HandshakeBatch::HandshakeBatch(ConnectionLimiter *limiter, QObject *parent)
    : QObject(parent), m_limiter(limiter)
{
}

int HandshakeBatch::add(const TlsHandshakeRequest &request)
{
    m_requests.append(request);
    m_results.append(TlsHandshakeResult{});
    return int(m_requests.size()) - 1;
}

void HandshakeBatch::start()
{
    m_pending = int(m_requests.size());
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &HandshakeBatch::finishIfDone);
        return;
    }
    for (int i = 0; i < m_requests.size(); ++i)
        m_limiter->whenFree(this, [this, i] { startOne(i); });
}

void HandshakeBatch::startOne(int index)
{
    if (m_cancelled) {
        m_results[index].detail = tr("Cancelled before it started.");
        m_limiter->release(); // the slot was granted but no connection was made
        --m_pending;
        finishIfDone();
        return;
    }
    auto *handshake = new TlsHandshake(m_requests.at(index), this);
    m_running.append(handshake);
    connect(handshake, &TlsHandshake::finished, this, [this, index, handshake] { onEnded(index, handshake); });
    handshake->start();
}

void HandshakeBatch::onEnded(int index, TlsHandshake *handshake)
{
    m_limiter->release(); // the connection has ended, whatever happened
    m_results[index] = handshake->result();
    m_running.removeOne(handshake);
    handshake->deleteLater();
    --m_pending;
    finishIfDone();
}

void HandshakeBatch::finishIfDone()
{
    if (m_pending > 0 || m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

void HandshakeBatch::cancel()
{
    m_cancelled = true; // those still waiting for a slot give it back as soon as they get it
    const QList<TlsHandshake *> running = m_running;
    for (TlsHandshake *handshake : running)
        handshake->cancel();
}

} // namespace SmtpTutor
