#include "singleconnectioncheck.h"

#include "audit/connectionlimiter.h"
#include "protocol/escape.h"

#include <QSysInfo>
#include <QTimer>

namespace SmtpTutor {

void SingleConnectionCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!needsConnection()) {
        QTimer::singleShot(0, this, &SingleConnectionCheck::finishOnce); // never inside start()
        return;
    }
    const auto begin = [this] {
        m_holdsSlot = true;
        if (m_cancelled) {
            connectionEnded(); // cancelled while waiting: the slot goes straight back
            return;
        }
        openConnection();
    };
    if (ConnectionLimiter *limiter = context().limiter)
        limiter->whenFree(this, begin);
    else
        QTimer::singleShot(0, this, begin); // no limiter (a test of the check alone)
}

void SingleConnectionCheck::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_holdsSlot) {
        abortConnection(); // connectionEnded() follows and finishes
        return;
    }
    // Not connected yet (waiting for a slot, or never started): finished now; a slot granted
    // later is handed back at once by start()'s callback.
    finishOnce();
}

void SingleConnectionCheck::connectionEnded()
{
    if (m_holdsSlot) {
        m_holdsSlot = false;
        if (ConnectionLimiter *limiter = context().limiter)
            limiter->release();
    }
    finishOnce();
}

void SingleConnectionCheck::finishOnce()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

QString SingleConnectionCheck::replyText(const Reply &reply)
{
    QStringList lines;
    for (qsizetype i = 0; i < reply.lines().size(); ++i)
        lines.append(escapeForDisplay(reply.rawLine(i)));
    return QString::number(reply.code()) + u' ' + lines.join(QStringLiteral(" / "));
}

QString SingleConnectionCheck::bytesText(QByteArrayView bytes)
{
    return escapeForDisplay(bytes);
}

QString SingleConnectionCheck::ehloName() const
{
    if (!context().options.ehloName.isEmpty())
        return context().options.ehloName;
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("localhost") : name;
}

QSslConfiguration SingleConnectionCheck::widestSslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::AnyProtocol);
    // OpenSSL 3 refuses TLS 1.0/1.1 and the oldest suites at its default security level; Qt's
    // setCiphers() alone does not lower it, the backend's CipherString does.
    configuration.setBackendConfigurationOption(QByteArrayLiteral("CipherString"),
                                                QByteArrayLiteral("DEFAULT@SECLEVEL=0"));
    if (!context().options.caCertificates.isEmpty())
        configuration.setCaCertificates(context().options.caCertificates);
    return configuration;
}

} // namespace SmtpTutor
