#include "portcheck.h"

#include "probe.h"

#include <QJsonArray>

#include <memory>
#include <QTextStream>
#include <QTimer>

namespace SmtpTutor {

QJsonObject PortResult::toJson() const
{
    QJsonObject json{
        {QStringLiteral("port"), port},
        {QStringLiteral("open"), open},
        {QStringLiteral("banner"), banner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(banner)},
        {QStringLiteral("tls"), tlsUsedName(tls)},
        {QStringLiteral("auth_before_tls"), QJsonArray::fromStringList(authBeforeTls)},
        {QStringLiteral("auth_after_tls"), QJsonArray::fromStringList(authAfterTls)},
        {QStringLiteral("certificate"), tlsReport.used ? QJsonValue(tlsReport.toJson()) : QJsonValue::Null},
        {QStringLiteral("ms"), ms},
    };
    if (error.isError()) {
        json.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), errorKindName(error.kind)},
                                                         {QStringLiteral("stage"), stageName(error.stage)},
                                                         {QStringLiteral("message"), error.message}});
        json.insert(QStringLiteral("diagnosis"), diagnosis);
    } else {
        json.insert(QStringLiteral("error"), QJsonValue::Null);
    }
    return json;
}

PortCheck::PortCheck(const QString &host, const QList<quint16> &ports, QObject *parent)
    : QObject(parent), m_host(host), m_ports(ports)
{
    m_timeouts.connectMs = 10000;
    m_timeouts.replyMs = 15000;
    m_timeouts.overallMs = 30000;
}

PortResult PortCheck::resultFrom(const ProbeReport &report)
{
    PortResult result;
    result.port = report.port;
    result.open = report.greeting.isValid()
        || !(report.error.kind == ClientErrorKind::ConnectionRefused || report.error.kind == ClientErrorKind::ConnectTimeout
             || report.error.kind == ClientErrorKind::HostNotFound || report.error.kind == ClientErrorKind::NetworkError);
    result.banner = report.greeting.isValid() ? QString::number(report.greeting.code()) + QLatin1Char(' ')
            + report.greeting.lines().value(0) : QString();
    result.tls = report.tlsUsed;
    result.authBeforeTls = report.capabilitiesBeforeTls.authMechanisms();
    result.authAfterTls = report.capabilitiesAfterTls.authMechanisms();
    result.tlsReport = report.tls;
    result.ms = report.totalMs;
    result.error = report.error;
    result.diagnosis = report.diagnosis;
    return result;
}

void PortCheck::start()
{
    m_clock.start();
    m_results.clear();
    m_results.resize(m_ports.size());
    m_done = QList<bool>(m_ports.size(), false);
    m_pending = int(m_ports.size());
    QList<std::shared_ptr<QList<Probe *>>> attemptsByPort;
    for (qsizetype i = 0; i < m_ports.size(); ++i) {
        const quint16 port = m_ports.at(i);
        // 465 speaks TLS first and 25/587/2525 speak SMTP first (RFC 8314 s.3, RFC 6409). On
        // any other port both are tried: the attempt that gets a greeting wins.
        QList<TlsMode> modes;
        if (port == 465)
            modes = {TlsMode::Implicit};
        else if (port == 25 || port == 587 || port == 2525)
            modes = {TlsMode::Auto};
        else
            modes = {TlsMode::Auto, TlsMode::Implicit};
        auto attempts = std::make_shared<QList<Probe *>>();
        attemptsByPort.append(attempts);
        for (TlsMode mode : modes) {
            ProbeOptions options;
            options.host = m_host;
            options.port = port;
            options.tlsMode = mode;
            options.quitAfter = QuitAfter::Tls;
            options.ehloName = m_ehloName;
            options.timeouts = m_timeouts;
            options.caCertificates = m_caCertificates;
            options.acceptAllCertificateErrors = true; // recorded in the result, nothing secret is sent
            auto *probe = new Probe(options, this);
            attempts->append(probe);
            m_probes.append(probe);
            connect(probe, &Probe::finished, this, [this, i, attempts, probe](const ProbeReport &report) {
                if (m_done.at(i))
                    return;
                bool othersRunning = false;
                for (Probe *other : std::as_const(*attempts))
                    othersRunning = othersRunning || (other != probe && other->isRunning());
                // A loser of the race waits for the other attempt; the first greeting wins.
                if (!report.greeting.isValid() && othersRunning)
                    return;
                if (!report.greeting.isValid()) {
                    // Both failed: the SMTP-first attempt tells the more useful story.
                    m_results[i] = resultFrom(attempts->first()->report());
                } else {
                    m_results[i] = resultFrom(report);
                }
                // The time the user waited for this port, a delayed TLS-first attempt included.
                m_results[i].ms = m_clock.elapsed();
                m_done[i] = true;
                for (Probe *other : std::as_const(*attempts)) {
                    if (other != probe)
                        other->cancel();
                }
                Q_EMIT portFinished(m_results.at(i));
                if (--m_pending == 0) {
                    m_totalMs = m_clock.elapsed();
                    Q_EMIT finished();
                }
            });
        }
    }
    for (qsizetype i = 0; i < attemptsByPort.size(); ++i) {
        const QList<Probe *> &attempts = *attemptsByPort.at(i);
        attempts.first()->start();
        if (attempts.size() < 2)
            continue;
        // The TLS-first attempt only starts when no greeting came quickly: a plain SMTP server
        // then never sees a stray TLS handshake, and an implicit-TLS port costs a short wait.
        QTimer::singleShot(kTlsFirstDelayMs, this, [this, i, attemptsByPort] {
            const QList<Probe *> &attempts = *attemptsByPort.at(i);
            const ProbeStage stage = attempts.first()->stage();
            if (!m_done.at(i) && (stage == ProbeStage::Connect || stage == ProbeStage::Greeting))
                attempts.at(1)->start();
        });
    }
}

void PortCheck::cancel()
{
    for (Probe *probe : std::as_const(m_probes))
        probe->cancel();
}

QJsonObject PortCheck::toJson() const
{
    QJsonArray ports;
    bool anyOpen = false;
    for (const PortResult &result : m_results) {
        ports.append(result.toJson());
        anyOpen = anyOpen || result.open;
    }
    return QJsonObject{{QStringLiteral("host"), m_host},
                       {QStringLiteral("ok"), anyOpen},
                       {QStringLiteral("ports"), ports},
                       {QStringLiteral("total_ms"), m_totalMs}};
}

QString PortCheck::toText() const
{
    QString text;
    QTextStream out(&text);
    out << "Ports of " << m_host << " (checked in parallel, " << m_totalMs << " ms)\n";
    for (const PortResult &result : m_results) {
        out << QString::number(result.port).rightJustified(5) << "  " << (result.open ? "open  " : "closed") << "  ";
        if (result.open) {
            out << "TLS: " << tlsUsedName(result.tls);
            if (result.tlsReport.used)
                out << " (" << result.tlsReport.protocol << (result.tlsReport.verified ? ", certificate verified" : ", certificate NOT verified") << ')';
            out << "  AUTH before TLS: " << (result.authBeforeTls.isEmpty() ? QStringLiteral("-") : result.authBeforeTls.join(QLatin1Char(' ')))
                << "  after TLS: " << (result.authAfterTls.isEmpty() ? QStringLiteral("-") : result.authAfterTls.join(QLatin1Char(' ')));
        }
        out << "  " << result.ms << " ms\n";
        if (!result.banner.isEmpty())
            out << "       banner: " << result.banner << '\n';
        if (result.error.isError())
            out << "       " << errorKindName(result.error.kind) << ": " << result.diagnosis << '\n';
    }
    out.flush();
    return text;
}

} // namespace SmtpTutor
