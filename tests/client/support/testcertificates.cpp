#include "testcertificates.h"

#include <QFile>
#include <QProcess>

namespace SmtpTutor::Test {

bool TestCertificates::run(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2").arg(arguments.value(0), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

TestCertificates::Pair TestCertificates::load(const QString &name)
{
    Pair pair;
    pair.certificatePath = m_dir.filePath(name + QStringLiteral(".crt"));
    QFile certificateFile(pair.certificatePath);
    QFile keyFile(m_dir.filePath(name + QStringLiteral(".key")));
    if (certificateFile.open(QIODevice::ReadOnly))
        pair.certificate = QSslCertificate(&certificateFile, QSsl::Pem);
    if (keyFile.open(QIODevice::ReadOnly))
        pair.key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    return pair;
}

bool TestCertificates::makeSelfSigned(const QString &name, const QString &subject, const QString &san, Pair *pair)
{
    if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".crt"),
              QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), subject,
              QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san,
              QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE")}))
        return false;
    *pair = load(name);
    return pair->isValid();
}

bool TestCertificates::makeExpired(Pair *pair)
{
    // "openssl req" cannot back-date; "openssl ca -selfsign" can, with a minimal configuration.
    QFile config(m_dir.filePath(QStringLiteral("ca.cnf")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write("[ca]\ndefault_ca = d\n[d]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n"
                 "default_md = sha256\npolicy = p\ncopy_extensions = copy\n[p]\ncommonName = supplied\n");
    config.close();
    QFile index(m_dir.filePath(QStringLiteral("index.txt")));
    index.open(QIODevice::WriteOnly);
    index.close();
    QFile serial(m_dir.filePath(QStringLiteral("serial")));
    serial.open(QIODevice::WriteOnly);
    serial.write("01\n");
    serial.close();
    if (!run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
              QStringLiteral("expired.key"), QStringLiteral("-out"), QStringLiteral("expired.csr"), QStringLiteral("-subj"),
              QStringLiteral("/CN=localhost"), QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
              QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE")}))
        return false;
    if (!run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
              QStringLiteral("-selfsign"), QStringLiteral("-keyfile"), QStringLiteral("expired.key"), QStringLiteral("-in"),
              QStringLiteral("expired.csr"), QStringLiteral("-out"), QStringLiteral("expired.crt"), QStringLiteral("-startdate"),
              QStringLiteral("20200101000000Z"), QStringLiteral("-enddate"), QStringLiteral("20200201000000Z"),
              QStringLiteral("-notext")}))
        return false;
    *pair = load(QStringLiteral("expired"));
    return pair->isValid();
}

bool TestCertificates::generate()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString localhost = QStringLiteral("DNS:localhost,IP:127.0.0.1");
    return makeSelfSigned(QStringLiteral("valid"), QStringLiteral("/CN=localhost"), localhost, &valid)
        && makeSelfSigned(QStringLiteral("wronghost"), QStringLiteral("/CN=wrong.example"), QStringLiteral("DNS:wrong.example"), &wrongHost)
        && makeSelfSigned(QStringLiteral("untrusted"), QStringLiteral("/CN=localhost"), localhost, &untrusted)
        && makeExpired(&expired);
}

} // namespace SmtpTutor::Test
