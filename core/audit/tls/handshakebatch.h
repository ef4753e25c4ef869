#pragma once

#include "tlshandshake.h"

#include <QList>
#include <QObject>

namespace SmtpTutor {

class ConnectionLimiter;

// Many handshakes with one server, run at once within its connection limit: each one starts
// when the limiter grants a slot and gives the slot back when its connection has ended.
// finished() comes once, when every handshake has ended (also after cancel()).
class HandshakeBatch : public QObject
{
    Q_OBJECT
public:
    HandshakeBatch(ConnectionLimiter *limiter, QObject *parent = nullptr);

    int add(const TlsHandshakeRequest &request); // returns the index of its result
    void start();
    void cancel();
    const QList<TlsHandshakeResult> &results() const { return m_results; }

Q_SIGNALS:
    void finished();

private:
    void startOne(int index);
    void onEnded(int index, TlsHandshake *handshake);
    void finishIfDone();

    ConnectionLimiter *m_limiter;
    QList<TlsHandshakeRequest> m_requests;
    QList<TlsHandshakeResult> m_results;
    QList<TlsHandshake *> m_running;
    int m_pending = 0;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace SmtpTutor
