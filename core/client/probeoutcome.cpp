// How a probe run ends: a refusal said after a polite QUIT (failRejected), an immediate
// failure (failNow, onConnectionFailed), finish() filling in the report and its diagnosis,
// and the verdicts the report lists. The step sequence itself is in probe.cpp.
#include "probe.h"

namespace SmtpTutor {

void Probe::failRejected(ProbeStage stage, ClientErrorKind kind, const QString &message, const Reply &reply)
{
    // The server is still talking sensibly: say goodbye properly, then report the failure.
    ClientError error;
    error.kind = kind;
    error.stage = stage;
    error.message = message;
    error.reply = reply;
    m_pendingError = error;
    setStage(stage);
    m_transcript->addError(message, m_connection->isEncrypted());
    quit();
}

void Probe::failNow(ClientErrorKind kind, const QString &message, const Reply &reply)
{
    m_connection->fail(kind, message, reply); // emits failed() -> onConnectionFailed
}

void Probe::onConnectionFailed(const ClientError &connectionError)
{
    if (m_finished)
        return;
    if (m_awaiting == Awaiting::Quit && m_pendingError) {
        finish(); // the QUIT after a refusal went unanswered; the refusal is what counts
        return;
    }
    if (m_awaiting == Awaiting::Quit && !m_pendingError && !connectionError.isProtocolViolation()
        && connectionError.kind != ClientErrorKind::Cancelled) {
        // Everything asked for was done; a server that drops the line instead of 221 is only noted.
        m_report.verdicts.append({Verdict::Level::Info, tr("The server did not answer QUIT properly: %1").arg(connectionError.message)});
        finish();
        return;
    }
    ClientError error = connectionError;
    error.stage = m_stage;
    if (error.kind == ClientErrorKind::PlaintextInjection)
        m_report.injectionSeen = true;
    if (error.kind == ClientErrorKind::CertificateRejected || error.kind == ClientErrorKind::TlsHandshakeFailed) {
        error.stage = ProbeStage::Tls;
        m_report.tls = TlsReport::fromRejectedHandshake(*m_connection->socket(), m_options.host,
                                                        m_connection->certificateErrors());
    }
    m_pendingError = error;
    if (error.kind == ClientErrorKind::CertificateRejected)
        Q_EMIT certificateProblem(m_connection->certificateErrors());
    finish();
}

void Probe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_report.totalMs = m_clock.elapsed();
    if (m_pendingError) {
        m_report.ok = false;
        m_report.error = *m_pendingError;
        m_report.stage = m_pendingError->stage;
        m_report.diagnosis = diagnose(m_report.error, m_options);
        m_report.remedies = remediesFor(m_report.error, m_report.tls, m_options);
    } else {
        m_report.ok = true;
        m_report.stage = ProbeStage::Done;
    }
    computeVerdicts();
    setStage(m_report.stage);
    Q_EMIT finished(m_report);
}

void Probe::computeVerdicts()
{
    QList<Verdict> verdicts;
    const auto add = [&verdicts](Verdict::Level level, const QString &text) { verdicts.append({level, text}); };
    const bool implicit = m_options.implicitTls();
    const bool sawEhlo = !m_report.capabilitiesBeforeTls.isEmpty() || !m_report.capabilitiesAfterTls.isEmpty();

    if (m_report.injectionSeen)
        add(Verdict::Level::Error, tr("Clear-text data followed the 220 to STARTTLS: a sign of command injection (RFC 3207 s.4.2)."));
    if (implicit) {
        if (m_report.tls.used)
            add(Verdict::Level::Ok, tr("TLS from the first byte (implicit TLS, RFC 8314)."));
    } else if (sawEhlo && !m_report.capabilitiesBeforeTls.isEmpty()) {
        if (m_report.startTlsOffered)
            add(Verdict::Level::Ok, tr("STARTTLS is offered."));
        else
            add(Verdict::Level::Warning, tr("STARTTLS is not offered: everything, including any password, would travel in clear."));
        const QStringList authBefore = m_report.capabilitiesBeforeTls.authMechanisms();
        if (!authBefore.isEmpty() && m_report.startTlsOffered)
            add(Verdict::Level::Warning, tr("AUTH (%1) is offered before TLS: a careless client could send its password in clear.")
                    .arg(authBefore.join(QLatin1Char(' '))));
        if (!authBefore.isEmpty() && !m_report.startTlsOffered)
            add(Verdict::Level::Error, tr("AUTH (%1) is offered without any way to encrypt: passwords would be readable on the path.")
                    .arg(authBefore.join(QLatin1Char(' '))));
        if (m_usedStartTls && authBefore.isEmpty() && !m_report.capabilitiesAfterTls.authMechanisms().isEmpty())
            add(Verdict::Level::Ok, tr("AUTH is offered only after TLS, as it should be."));
    }
    if (m_report.tls.used) {
        if (m_report.tls.protocol == QLatin1String("TLSv1") || m_report.tls.protocol == QLatin1String("TLSv1.1")
            || m_report.tls.protocol.startsWith(QLatin1String("SSL")))
            add(Verdict::Level::Warning, tr("%1 is obsolete (RFC 8996); TLS 1.2 or 1.3 is expected.").arg(m_report.tls.protocol));
        if (m_report.tls.verified)
            add(Verdict::Level::Ok, m_report.tls.verdict());
        else
            add(Verdict::Level::Warning, m_report.tls.verdict());
    } else if (!m_report.tls.errors.isEmpty()) {
        add(Verdict::Level::Error, m_report.tls.verdict());
    }
    if (m_report.usedHelo)
        add(Verdict::Level::Info, tr("The server does not understand EHLO; it was greeted with HELO (no extensions)."));
    for (const RecipientResult &recipient : std::as_const(m_report.recipients)) {
        if (recipient.reply.isTransientNegative())
            add(Verdict::Level::Info, tr("%1 was refused for now (%2): possibly greylisting.").arg(recipient.address).arg(recipient.reply.code()));
    }
    if (m_report.error.isError())
        add(Verdict::Level::Error, m_report.diagnosis);
    m_report.verdicts = verdicts + m_report.verdicts;
}

} // namespace SmtpTutor
