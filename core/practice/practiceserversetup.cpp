#include "practiceserversetup.h"

#include "practicecertificate.h"

#include "exam/examproctor.h"

namespace SmtpTutor {

namespace {

PracticeSetupError makeError(PracticeSetupError::Kind kind, const QString &detail = {})
{
    PracticeSetupError error;
    error.kind = kind;
    error.detail = detail;
    return error;
}

void report(PracticeSetupError *error, PracticeSetupError value)
{
    if (error)
        *error = std::move(value);
}

} // namespace

std::optional<PracticeServerSetup> PracticeServerSetup::prepare(
    const PracticeServerOptions &options, PracticeSetupError *error)
{
    using Kind = PracticeSetupError::Kind;
    const PracticeLimits &limits = options.limits;
    if (limits.maxConnections < MinConnections || limits.maxConnections > MaxConnections) {
        report(error, makeError(Kind::MaxConnectionsOutOfRange));
        return std::nullopt;
    }
    if (limits.idleTimeoutMs < MinIdleTimeoutMs || limits.idleTimeoutMs > MaxIdleTimeoutMs) {
        report(error, makeError(Kind::IdleTimeoutOutOfRange));
        return std::nullopt;
    }
    if (options.certificateFile.isEmpty() != options.keyFile.isEmpty()) {
        report(error, makeError(Kind::CertificateWithoutKey));
        return std::nullopt;
    }
    if (options.exam && (!options.scenario.isEmpty() || options.recording)) {
        report(error, makeError(Kind::ExamWithScenario));
        return std::nullopt;
    }
    PracticeServerSetup setup;
    setup.m_options = options;
    if (setup.m_options.certificateDirectory.isEmpty())
        setup.m_options.certificateDirectory = PracticeCertificate::defaultDirectory();
    if (!setup.loadScenario(error))
        return std::nullopt;
    return setup;
}

bool PracticeServerSetup::loadScenario(PracticeSetupError *error)
{
    using Kind = PracticeSetupError::Kind;
    const PersonaId personality = m_options.personality.value_or(PersonaId::Postfix);
    if (m_options.exam) {
        m_scenario = examScenario(*m_options.exam, personality);
        m_factory = examResponderFactory(*m_options.exam, m_scenario);
        return true;
    }
    const QString name
        = m_options.scenario.isEmpty() ? Scenario::defaultNameFor(personality) : m_options.scenario;
    std::optional<ReplayScenario> recording = m_options.recording;
    if (!recording && ReplayScenario::looksLikeRecording(name)) {
        if (m_options.personality) {
            report(error, makeError(Kind::PersonalityForRecording));
            return false;
        }
        QString why;
        recording = ReplayScenario::load(name, &why);
        if (!recording) {
            report(error, makeError(Kind::RecordingNotLoaded, why));
            return false;
        }
    } else if (recording && m_options.personality) {
        report(error, makeError(Kind::PersonalityForRecording));
        return false;
    }
    if (recording) {
        m_scenario = recording->scenario;
        m_factory = replayResponderFactory(*recording);
        m_replay = true;
        return true;
    }
    QString why;
    std::optional<Scenario> loaded = Scenario::load(name, &why);
    if (!loaded) {
        report(error, makeError(Kind::ScenarioNotLoaded, why));
        return false;
    }
    m_scenario = *loaded;
    m_scenario.personality = personality;
    m_factory = engineResponderFactory(m_scenario);
    return true;
}

bool PracticeServerSetup::needsTls() const
{
    return m_scenario.offersStartTls || m_scenario.implicitTls || m_options.implicitTls.has_value();
}

bool PracticeServerSetup::plainListenerSpeaksTls() const
{
    return m_scenario.implicitTls && !m_options.implicitTls;
}

bool PracticeServerSetup::loadCertificateBlocking(PracticeSetupError *error)
{
    if (!m_options.certificateFile.isEmpty()) {
        if (!loadTls(m_options.certificateFile, m_options.keyFile, error))
            return false;
        m_certificateSource = CertificateSource::Own;
        return true;
    }
    if (!needsTls())
        return true; // nothing to encrypt: no certificate is made
    const QString directory = m_options.certificateDirectory;
    QString why;
    bool created = false;
    if (!PracticeCertificate::ensureBlocking(directory, &why, &created)) {
        report(error, makeError(PracticeSetupError::Kind::CertificateNotMade, why));
        return false;
    }
    if (!loadTls(
            PracticeCertificate::certificatePath(directory), PracticeCertificate::keyPath(directory), error))
        return false;
    m_certificateSource = CertificateSource::SelfSigned;
    m_certificateCreated = created;
    return true;
}

bool PracticeServerSetup::useCertificate(
    const QString &certificateFile, const QString &keyFile, PracticeSetupError *error)
{
    if (!loadTls(certificateFile, keyFile, error))
        return false;
    m_certificateSource = certificateFile == m_options.certificateFile ? CertificateSource::Own
                                                                       : CertificateSource::SelfSigned;
    return true;
}

bool PracticeServerSetup::loadTls(
    const QString &certificateFile, const QString &keyFile, PracticeSetupError *error)
{
    QString why;
    m_tls = PracticeCertificate::loadServerConfiguration(certificateFile, keyFile, &why);
    if (!m_tls) {
        report(error, makeError(PracticeSetupError::Kind::CertificateNotLoaded, why));
        return false;
    }
    m_certificateFile = certificateFile;
    return true;
}

std::unique_ptr<PracticeServer> PracticeServerSetup::listen(PracticeSetupError *error, QObject *parent) const
{
    auto server = std::make_unique<PracticeServer>(m_factory, parent);
    server->setLimits(m_options.limits);
    if (m_tls)
        server->setTlsConfiguration(*m_tls);
    auto failed
        = [&](PracticeSetupError::Listener listener, const PracticeListenAddress &where, const QString &why) {
              PracticeSetupError value = makeError(PracticeSetupError::Kind::ListenFailed, why);
              value.listener = listener;
              value.address = where.address;
              value.port = where.port;
              report(error, std::move(value));
              server->stop(); // a listener that did open closes again
              return nullptr;
          };
    QString why;
    // The 465 style with no separate listener: the one address speaks TLS (RFC 8314 s.3).
    const std::optional<PracticeListenAddress> implicit
        = plainListenerSpeaksTls() ? std::optional(m_options.plain) : m_options.implicitTls;
    if (!plainListenerSpeaksTls() && !server->listen(m_options.plain.address, m_options.plain.port, &why))
        return failed(PracticeSetupError::Listener::Plain, m_options.plain, why);
    if (implicit && !server->listenImplicitTls(implicit->address, implicit->port, &why))
        return failed(PracticeSetupError::Listener::ImplicitTls, *implicit, why);
    return server;
}

} // namespace SmtpTutor
