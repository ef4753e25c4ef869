#pragma once

#include "client/certificatereport.h"

#include <QDialog>

class QTreeWidget;

namespace SmtpTutor {

// What the user said about a certificate that did not pass verification.
enum class CertificateAnswer { Cancel, ThisRunOnly, TrustForThisHost };

struct CertificateQuestionInfo
{
    QString host;
    quint16 port = 0;
    QString explanation;     // one sentence per verification error
    CertificateInfo leaf;    // the server's own certificate
};

// The question itself: why verification failed, then the certificate (subject, issuer, validity,
// SHA-256 fingerprint, so it can be compared with what the server's administrator says), and
// three answers. Cancel is the default and Escape means Cancel.
class CertificateQuestionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateQuestionDialog(const CertificateQuestionInfo &info, QWidget *parent = nullptr);
    CertificateAnswer answer() const { return m_answer; }
    static CertificateAnswer ask(const CertificateQuestionInfo &info, QWidget *parent);

private:
    CertificateAnswer m_answer = CertificateAnswer::Cancel;
};

// The certificates trusted for a host (CertificatePins), listed, each removable.
class TrustedCertificatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrustedCertificatesDialog(QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }
    void removeSelected();

private:
    void reload();
    QTreeWidget *m_list = nullptr;
};

} // namespace SmtpTutor
