#pragma once

#include "client/certificatereport.h"

#include <QTreeWidget>

namespace SmtpTutor {

// The certificate chain as a tree: the server's own certificate at the top, then each issuer
// one level further in (leaf -> intermediates -> root), each with subject, issuer, names,
// validity and SHA-256 fingerprint. The order is the order the server sent (RFC 8446 s.4.4.2
// asks for leaf first, each next one certifying the one before).
class CertificateChainView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CertificateChainView(QWidget *parent = nullptr);
    void setChain(const QList<CertificateInfo> &chain);
    // The certificate items from leaf to root, for tests and for keyboard users' screen readers.
    QList<QTreeWidgetItem *> certificateItems() const;

private:
    QTreeWidgetItem *addCertificate(QTreeWidgetItem *parent, const CertificateInfo &info, qsizetype index, qsizetype count);
    QString roleOf(const CertificateInfo &info, qsizetype index, qsizetype count) const;
};

} // namespace SmtpTutor
