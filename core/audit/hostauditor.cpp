#include "hostauditor.h"

#include "baselinechecks.h"
#include "connectionlimiter.h"
#include "report/auditgrader.h"

#include "client/probe.h"

namespace SmtpTutor {

namespace {

// The baseline session: learn greeting, EHLO and how TLS is reached, and stop there. Certificate
// problems are accepted so that the session goes on and the certificate check can judge them.
ProbeOptions baselineOptions(const AuditOptions &options, const QString &host)
{
    ProbeOptions probe;
    probe.host = host;
    probe.port = options.port;
    probe.tlsMode = options.tlsMode;
    probe.ehloName = options.ehloName;
    probe.caCertificates = options.caCertificates;
    probe.acceptAllCertificateErrors = true;
    probe.quitAfter = QuitAfter::Tls;
    probe.timeouts = options.timeouts;
    return probe;
}

} // namespace

HostAuditor::HostAuditor(const AuditOptions &options, const QString &host, CheckFactory factory, QObject *parent)
    : QObject(parent), m_options(options), m_factory(std::move(factory))
{
    m_report.host = host;
    m_report.port = options.port;
    m_report.tlsMode = options.tlsMode;
}

HostAuditor::~HostAuditor() = default;

void HostAuditor::setAddress(const QString &address)
{
    m_address = address;
    m_report.dns.address = address;
}

void HostAuditor::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    m_probe = new Probe(baselineOptions(m_options, connectHost()), this);
    connect(m_probe, &Probe::finished, this, &HostAuditor::onBaseline);
    Q_EMIT progress(m_report.host, QStringLiteral("baseline"));
    m_probe->start();
}

void HostAuditor::cancel()
{
    if (!m_running || m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_probe && m_probe->isRunning()) {
        m_probe->cancel(); // its finished() comes back through onBaseline
        return;
    }
    // Each check ends its connections and still says finished(), which may come at once: work on a copy.
    const QList<QPointer<HostCheck>> checks = m_checks;
    for (const QPointer<HostCheck> &check : checks) {
        if (check && m_started.contains(check.data()))
            check->cancel();
    }
}

void HostAuditor::onBaseline(const ProbeReport &baseline)
{
    recordBaseline(baseline);
    if (!m_report.reached() || m_cancelled) {
        finish();
        return;
    }
    startChecks(baseline);
}

void HostAuditor::recordBaseline(const ProbeReport &baseline)
{
    m_report.tlsUsed = baseline.tlsUsed;
    m_report.greeting = baseline.greeting;
    m_report.certificate.tls = baseline.tls;
    if (!BaselineChecks::reached(baseline)) {
        m_report.error = baseline.error;
        m_report.failedStage = baseline.error.stage;
    }
    m_report.timings = baseline.timings;
    qint64 at = 0;
    for (const StepTiming &step : baseline.timings) {
        m_report.waterfall.append({step.step, at, step.ms});
        at += step.ms;
    }
    m_report.checks.append(BaselineChecks::rows(baseline, m_options.tlsMode));
    Q_EMIT progress(m_report.host, QStringLiteral("baseline"));
}

void HostAuditor::startChecks(const ProbeReport &baseline)
{
    m_limiter = new ConnectionLimiter(m_options.maxConnectionsPerHost, this);
    HostCheckContext context;
    context.options = m_options;
    context.host = connectHost();
    context.port = m_report.port;
    context.implicitTls = baseline.tlsUsed == TlsUsed::Implicit
        || m_options.tlsMode == TlsMode::Implicit || (m_options.tlsMode == TlsMode::Auto && m_options.port == 465);
    context.baseline = baseline;
    context.limiter = m_limiter;
    const QList<HostCheck *> checks = m_factory ? m_factory(context, this) : QList<HostCheck *>{};
    if (checks.isEmpty()) {
        finish();
        return;
    }
    // All are registered before any starts: a check that ends inside its start() must not
    // make the audit look finished while others have not begun.
    for (HostCheck *check : checks) {
        m_checks.append(check);
        m_started.insert(check, now());
        connect(check, &HostCheck::finished, this, [this, check] { onCheckFinished(check); });
    }
    for (HostCheck *check : checks) {
        Q_EMIT progress(m_report.host, check->name());
        check->start();
    }
}

void HostAuditor::onCheckFinished(HostCheck *check)
{
    const auto started = m_started.constFind(check);
    if (started == m_started.constEnd() || m_finished)
        return; // a second finished(): the contract says once, but be safe
    const qint64 begin = started.value();
    m_started.erase(started);
    m_report.waterfall.append({check->name(), begin, now() - begin});
    check->contribute(m_report);
    Q_EMIT progress(m_report.host, check->name());
    if (m_started.isEmpty())
        finish();
}

void HostAuditor::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_report.totalMs = now();
    m_report.grade = AuditGrader::grade(m_report);
    Q_EMIT finished();
}

} // namespace SmtpTutor
