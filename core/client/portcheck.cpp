#include "portcheck.h"

#include "probe.h"

#include <QJsonArray>
#include <QTextStream>

namespace SmtpTutor {

QJsonObject PortResult::toJson() const
{
    QJsonObject json{
        {QStringLiteral("port"), port},
        {QStringLiteral("open"), open},
        {QStringLiteral("banner"), banner.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(banner)},
        {QStringLiteral("tls"), tls},
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

void PortCheck::start()
{
    m_clock.start();
    m_results.clear();
    m_results.resize(m_ports.size());
    m_pending = int(m_ports.size());
    for (qsizetype i = 0; i < m_ports.size(); ++i) {
        ProbeOptions options;
        options.host = m_host;
        options.port = m_ports.at(i);
        options.tlsMode = TlsMode::Auto;
        options.quitAfter = QuitAfter::Tls;
        options.ehloName = m_ehloName;
        options.timeouts = m_timeouts;
        options.caCertificates = m_caCertificates;
        options.acceptAllCertificateErrors = true; // recorded in the result, nothing secret is sent
        auto *probe = new Probe(options, this);
        m_probes.append(probe);
        connect(probe, &Probe::finished, this, [this, i](const ProbeReport &report) {
            PortResult &result = m_results[i];
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
            Q_EMIT portFinished(result);
            if (--m_pending == 0) {
                m_totalMs = m_clock.elapsed();
                Q_EMIT finished();
            }
        });
    }
    for (Probe *probe : std::as_const(m_probes))
        probe->start();
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
            out << "TLS: " << result.tls;
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
