#pragma once

#include "exam/exam.h"
#include "practicelimits.h"
#include "practiceserver.h"
#include "server/persona.h"
#include "server/replayscenario.h"
#include "server/scenario.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QString>

#include <memory>
#include <optional>

namespace SmtpTutor {

// One address the practice server listens on. Port 0 picks a free port.
struct PracticeListenAddress
{
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 2525;
};

// What a front end asks of the practice server, in its own typed terms (no flag names, no
// field names): the CLI fills it from `serve`'s options, the GUI from its form.
struct PracticeServerOptions
{
    // A built-in scenario name, a scenario JSON file, or a recorded session (a probe's --json
    // output or an exported transcript) to replay. Empty: the personality's default scenario.
    QString scenario;
    // A recording already loaded by the front end; when set it is played and `scenario` is unused.
    std::optional<ReplayScenario> recording;
    // Whose words the server speaks. Unset: Postfix. A recording speaks its own server's words,
    // so choosing a personality for one is an error.
    std::optional<PersonaId> personality;
    // The plain listener (STARTTLS when the scenario offers it). When the scenario is an
    // implicit-TLS one and no separate implicit listener is asked for, this one speaks TLS.
    PracticeListenAddress plain;
    // An exam instead of a scenario: the server misbehaves on purpose and an ExamProctor
    // grades the client. Cannot be combined with `scenario` or `recording`.
    std::optional<ExamOptions> exam;
    // A second listener with TLS from the first byte (RFC 8314 s.3, the 465 style).
    std::optional<PracticeListenAddress> implicitTls;
    // The user's own PEM certificate (chain) and its unencrypted key: both or neither.
    // Neither: a self-signed certificate for localhost kept in certificateDirectory.
    QString certificateFile;
    QString keyFile;
    QString certificateDirectory; // empty: PracticeCertificate::defaultDirectory()
    PracticeLimits limits;
};

// Why the practice server could not be set up: which option is wrong and why, never worded
// for one front end. The CLI names its flag, the GUI its field.
struct PracticeSetupError
{
    enum class Kind {
        None,
        MaxConnectionsOutOfRange, // limits.maxConnections outside [MinConnections, MaxConnections]
        IdleTimeoutOutOfRange, // limits.idleTimeoutMs outside [MinIdleTimeoutMs, MaxIdleTimeoutMs]
        CertificateWithoutKey, // only one of certificateFile and keyFile was given
        PersonalityForRecording, // a personality was chosen for a recorded session
        ExamWithScenario, // an exam and a scenario or recording were both chosen
        ScenarioNotLoaded, // detail: why the scenario name or file did not load
        RecordingNotLoaded, // detail: why the recording did not load
        CertificateNotMade, // detail: why openssl could not make the self-signed certificate
        CertificateNotLoaded, // detail: why the certificate or key did not load
        ListenFailed, // detail: the socket's error; listener, address and port say where
    };
    enum class Listener { Plain, ImplicitTls };

    Kind kind = Kind::None;
    QString detail;
    Listener listener = Listener::Plain;
    QHostAddress address;
    quint16 port = 0;
};

// Sets up the practice server for both front ends: checks the options, loads the scenario or
// the recording, provides the TLS identity and listens. In three steps, so that the GUI can
// make the certificate in the background between the first and the last (it must not block)
// while the CLI simply waits for openssl:
//   1. prepare()                               checks and loads; no file written, no socket
//   2. loadCertificateBlocking() (CLI) or useCertificate() (after PracticeCertificate::ensure)
//   3. listen()                                a PracticeServer listening, or an error
class PracticeServerSetup
{
public:
    static constexpr int MinConnections = 1;
    static constexpr int MaxConnections = 100000;
    static constexpr int MinIdleTimeoutMs = 100;
    static constexpr int MaxIdleTimeoutMs = 86'400'000; // a day

    enum class CertificateSource { None, Own, SelfSigned };

    // Step 1. On failure returns nullopt and sets *error.
    static std::optional<PracticeServerSetup> prepare(
        const PracticeServerOptions &options, PracticeSetupError *error);

    const PracticeServerOptions &options() const { return m_options; }
    // The scenario played; for a recording, the one derived from the recorded server.
    const Scenario &scenario() const { return m_scenario; }
    bool isReplay() const { return m_replay; }
    // True when some session may use TLS: STARTTLS, an implicit-TLS scenario or listener.
    bool needsTls() const;
    // True when the plain listener's address speaks implicit TLS (see PracticeServerOptions::plain).
    bool plainListenerSpeaksTls() const;

    // Step 2, blocking: the user's certificate; else, when needsTls(), the self-signed one,
    // made now with openssl if it is missing or about to expire.
    bool loadCertificateBlocking(PracticeSetupError *error);
    // Step 2, with files made elsewhere (the GUI runs PracticeCertificate::ensure first).
    bool useCertificate(const QString &certificateFile, const QString &keyFile, PracticeSetupError *error);
    CertificateSource certificateSource() const { return m_certificateSource; }
    // True when loadCertificateBlocking() had to make the self-signed certificate just now.
    bool certificateCreated() const { return m_certificateCreated; }
    QString certificateFile() const { return m_certificateFile; }

    // Step 3: a server with the limits and the TLS identity, listening. On failure returns null
    // (nothing stays listening) and sets *error.
    std::unique_ptr<PracticeServer> listen(PracticeSetupError *error, QObject *parent = nullptr) const;

private:
    PracticeServerSetup() = default;
    bool loadScenario(PracticeSetupError *error);
    bool loadTls(const QString &certificateFile, const QString &keyFile, PracticeSetupError *error);

    PracticeServerOptions m_options;
    Scenario m_scenario;
    ResponderFactory m_factory;
    bool m_replay = false;
    std::optional<QSslConfiguration> m_tls;
    CertificateSource m_certificateSource = CertificateSource::None;
    QString m_certificateFile;
    bool m_certificateCreated = false;
};

} // namespace SmtpTutor
