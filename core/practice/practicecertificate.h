#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QLockFile;
class QProcess;

namespace SmtpTutor {

// The practice server's TLS identity: the user's own certificate and key, or a self-signed
// certificate for "localhost" (SAN DNS:localhost, IP:127.0.0.1) made once with the openssl
// program and kept in the application's data folder (QStandardPaths::AppDataLocation), never
// in the source tree. A client must trust that certificate file as its CA (swaks
// --tls-ca-path FILE, or accept it once in a mail client); it proves nothing to anyone else.
class PracticeCertificate : public QObject
{
    Q_OBJECT
public:
    explicit PracticeCertificate(QObject *parent = nullptr);
    ~PracticeCertificate() override;

    // <AppDataLocation>/practice-server
    static QString defaultDirectory();
    static QString certificatePath(const QString &directory);
    static QString keyPath(const QString &directory);

    // The arguments given to openssl to make the certificate and its unencrypted key.
    static QStringList opensslArguments(const QString &certificateFile, const QString &keyFile);
    // Loads a PEM certificate and key into a server-side configuration (no client certificate
    // asked for). On failure returns nullopt and sets *error.
    static std::optional<QSslConfiguration> loadServerConfiguration(
        const QString &certificateFile, const QString &keyFile, QString *error = nullptr);
    // True when the files exist, load, and the certificate is valid for at least a day more.
    static bool isUsable(const QString &certificateFile, const QString &keyFile);

    // Blocking: makes the certificate in `directory` if it is missing or unusable. For the CLI,
    // which has nothing else to do meanwhile. Returns false and sets *error on failure.
    static bool ensureBlocking(const QString &directory, QString *error = nullptr, bool *created = nullptr);

    // Non-blocking (the GUI): emits ready() or failed() later.
    void ensure(const QString &directory);

Q_SIGNALS:
    void ready(const QString &certificateFile, const QString &keyFile, bool created);
    void failed(const QString &error);

private:
    static bool prepareDirectory(const QString &directory, QString *error);
    static QString finish(QProcess &process, const QString &keyFile);
    static QString lockPath(const QString &directory);

    QProcess *m_process = nullptr;
    std::unique_ptr<QLockFile> m_lock; // held while openssl runs
};

} // namespace SmtpTutor
