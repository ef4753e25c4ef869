#include "practicecertificate.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTimer>

namespace SmtpTutor {

namespace {
constexpr int OpensslTimeoutMs = 60'000;
const QString OpensslProgram = QStringLiteral("openssl");
} // namespace

PracticeCertificate::PracticeCertificate(QObject *parent)
    : QObject(parent)
{
}

PracticeCertificate::~PracticeCertificate()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString PracticeCertificate::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/practice-server");
}

QString PracticeCertificate::certificatePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("localhost-cert.pem"));
}

QString PracticeCertificate::keyPath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("localhost-key.pem"));
}

QString PracticeCertificate::lockPath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral(".making-certificate.lock"));
}

QStringList PracticeCertificate::opensslArguments(const QString &certificateFile, const QString &keyFile)
{
    // 825 days is the longest validity Apple's TLS stack still accepts for a server certificate;
    // the SAN entries matter because clients no longer look at the CN alone (RFC 6125 s.6.4.4).
    return { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("825"),
        QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-keyout"), keyFile,
        QStringLiteral("-out"), certificateFile };
}

std::optional<QSslConfiguration> PracticeCertificate::loadServerConfiguration(
    const QString &certificateFile, const QString &keyFile, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QSslConfiguration> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the certificate %1: %2").arg(certificateFile, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return fail(tr("%1 holds no PEM certificate").arg(certificateFile));
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly))
        return fail(tr("cannot read the key %1: %2").arg(keyFile, key.errorString()));
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (privateKey.isNull())
        return fail(tr("%1 holds no unencrypted RSA or EC private key in PEM form").arg(keyFile));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(chain.first());
    if (chain.size() > 1)
        configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(privateKey);
    // A mail server does not ask its clients for certificates.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

bool PracticeCertificate::isUsable(const QString &certificateFile, const QString &keyFile)
{
    if (!loadServerConfiguration(certificateFile, keyFile))
        return false;
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return false;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    return !chain.isEmpty() && chain.first().expiryDate() > QDateTime::currentDateTimeUtc().addDays(1);
}

bool PracticeCertificate::prepareDirectory(const QString &directory, QString *error)
{
    if (QDir().mkpath(directory))
        return true;
    if (error)
        *error = tr("cannot create the folder %1").arg(directory);
    return false;
}

QString PracticeCertificate::finish(QProcess &process, const QString &keyFile)
{
    if (process.error() == QProcess::FailedToStart)
        return tr("the openssl program could not be started (install the openssl package): %1")
            .arg(process.errorString());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return tr("openssl failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
    // The key is a secret of this machine only.
    QFile::setPermissions(keyFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

bool PracticeCertificate::ensureBlocking(const QString &directory, QString *error, bool *created)
{
    const QString cert = certificatePath(directory);
    const QString key = keyPath(directory);
    if (created)
        *created = false;
    if (isUsable(cert, key))
        return true;
    if (!prepareDirectory(directory, error))
        return false;
    // Two programs starting at once (the GUI and `serve`, or two `serve`s) must not both make
    // a pair: the certificate of one could end up beside the key of the other.
    QLockFile lock(lockPath(directory));
    lock.setStaleLockTime(OpensslTimeoutMs * 2);
    if (!lock.tryLock(OpensslTimeoutMs + 5000)) {
        if (error)
            *error = tr("another program is still making the certificate in %1").arg(directory);
        return false;
    }
    if (isUsable(cert, key))
        return true; // the other program made it meanwhile
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(OpensslProgram, opensslArguments(cert, key));
    if (!process.waitForFinished(OpensslTimeoutMs) && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(1000);
        if (error)
            *error = tr("openssl did not finish within a minute");
        return false;
    }
    const QString problem = finish(process, key);
    if (!problem.isEmpty() || !isUsable(cert, key)) {
        if (error)
            *error = problem.isEmpty() ? tr("openssl wrote a certificate that cannot be loaded") : problem;
        return false;
    }
    if (created)
        *created = true;
    return true;
}

void PracticeCertificate::ensure(const QString &directory)
{
    const QString cert = certificatePath(directory);
    const QString key = keyPath(directory);
    if (m_process)
        return; // already making it; ready() will come
    if (isUsable(cert, key)) {
        QMetaObject::invokeMethod(
            this, [this, cert, key] { Q_EMIT ready(cert, key, false); }, Qt::QueuedConnection);
        return;
    }
    QString error;
    if (!prepareDirectory(directory, &error)) {
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    // See ensureBlocking(); the GUI must not wait, so it asks again a little later instead.
    m_lock = std::make_unique<QLockFile>(lockPath(directory));
    m_lock->setStaleLockTime(OpensslTimeoutMs * 2);
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        QTimer::singleShot(250, this, [this, directory] { ensure(directory); });
        return;
    }
    if (isUsable(cert, key)) { // another program made it meanwhile
        m_lock.reset();
        QMetaObject::invokeMethod(
            this, [this, cert, key] { Q_EMIT ready(cert, key, false); }, Qt::QueuedConnection);
        return;
    }
    m_process = new QProcess(this);
    auto done = [this, cert, key] {
        QProcess *process = m_process;
        m_process = nullptr;
        const QString problem = finish(*process, key);
        m_lock.reset();
        process->deleteLater();
        if (!problem.isEmpty())
            Q_EMIT failed(problem);
        else if (!isUsable(cert, key))
            Q_EMIT failed(tr("openssl wrote a certificate that cannot be loaded"));
        else
            Q_EMIT ready(cert, key, true);
    };
    connect(m_process, &QProcess::finished, this, done);
    connect(m_process, &QProcess::errorOccurred, this, [done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done();
    });
    m_process->start(OpensslProgram, opensslArguments(cert, key));
}

} // namespace SmtpTutor
