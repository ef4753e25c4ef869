#pragma once

#include "audit/hostcheck.h"
#include "protocol/reply.h"

#include <QByteArrayView>
#include <QSslConfiguration>

namespace SmtpTutor {

// A host check that opens one connection (or none, when it has nothing to test). It keeps the
// limiter's contract in one place: the connection starts only when ConnectionLimiter grants a
// slot, the slot goes back exactly once when the connection has ended, and finished() comes
// exactly once, also after cancel() and also when cancel() comes while the check still waits.
class SingleConnectionCheck : public HostCheck
{
    Q_OBJECT
public:
    using HostCheck::HostCheck;

    void start() final;
    void cancel() final;

    // A server's reply on one line for a report ("250 2.0.0 Ok", lines joined by " / "), and
    // bytes a server sent; both escaped, since server text is never shown raw.
    static QString replyText(const Reply &reply);
    static QString bytesText(QByteArrayView bytes);

protected:
    // False: there is nothing to connect for (switched off, not applicable); finished() follows.
    virtual bool needsConnection() const { return true; }
    virtual void openConnection() = 0;  // a slot is held; call connectionEnded() when it is over
    virtual void abortConnection() = 0; // end it now; connectionEnded() must follow
    void connectionEnded();

    // The name this client gives in EHLO: the user's, else this machine's (as the probe does).
    QString ehloName() const;
    // TLS as wide as this machine's OpenSSL allows (these checks must reach old servers too;
    // judging versions and suites is the TLS checks' job), trusting the user's CA if given.
    QSslConfiguration widestSslConfiguration() const;

private:
    void finishOnce();

    bool m_started = false;
    bool m_holdsSlot = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace SmtpTutor
