#include "certificatechainview.h"

#include <QHeaderView>

namespace SmtpTutor {

namespace {
// Marks a tree item as a certificate (not one of its field rows).
constexpr int kCertificateRole = Qt::UserRole + 1;

QString dateText(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}
} // namespace

CertificateChainView::CertificateChainView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("certificateChainView"));
    setAccessibleName(tr("Certificate chain"));
    setAccessibleDescription(tr("The server's certificate first, each issuer one level below it."));
    setHeaderLabels({tr("Certificate"), tr("Value")});
    setColumnCount(2);
    setWordWrap(true);
    setUniformRowHeights(false);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QString CertificateChainView::roleOf(const CertificateInfo &info, qsizetype index, qsizetype count) const
{
    if (index == 0)
        return count == 1 && info.selfSigned ? tr("Server certificate (self-signed)") : tr("Server certificate");
    if (info.selfSigned || index == count - 1)
        return info.selfSigned ? tr("Root") : tr("Last certificate sent");
    return tr("Intermediate");
}

QTreeWidgetItem *CertificateChainView::addCertificate(QTreeWidgetItem *parent, const CertificateInfo &info, qsizetype index, qsizetype count)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, roleOf(info, index, count));
    item->setText(1, info.subject);
    item->setData(0, kCertificateRole, true);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    const auto field = [item](const QString &name, const QString &value) {
        if (value.isEmpty())
            return;
        auto *row = new QTreeWidgetItem(item, {name, value});
        row->setToolTip(1, value);
    };
    field(tr("Subject"), info.subject);
    field(tr("Issuer"), info.issuer);
    field(tr("Names"), info.subjectAlternativeNames.join(QStringLiteral(", ")));
    field(tr("Valid from"), dateText(info.notBefore));
    field(tr("Valid until"), dateText(info.notAfter));
    field(tr("SHA-256"), info.sha256);
    return item;
}

void CertificateChainView::setChain(const QList<CertificateInfo> &chain)
{
    clear();
    QTreeWidgetItem *parent = nullptr;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        QTreeWidgetItem *item = addCertificate(parent, chain.at(i), i, chain.size());
        if (parent)
            parent->setExpanded(true);
        parent = item; // the next certificate is this one's issuer: one level in
    }
    if (parent)
        parent->setExpanded(true);
    if (topLevelItemCount() == 0)
        new QTreeWidgetItem(this, {tr("No certificate"), tr("This session had no TLS, or the handshake did not get that far.")});
    else
        setCurrentItem(topLevelItem(0));
}

QList<QTreeWidgetItem *> CertificateChainView::certificateItems() const
{
    QList<QTreeWidgetItem *> items;
    QTreeWidgetItem *item = topLevelItemCount() > 0 ? topLevelItem(0) : nullptr;
    while (item && item->data(0, kCertificateRole).toBool()) {
        items.append(item);
        QTreeWidgetItem *next = nullptr;
        for (int i = 0; i < item->childCount(); ++i) {
            if (item->child(i)->data(0, kCertificateRole).toBool())
                next = item->child(i);
        }
        item = next;
    }
    return items;
}

} // namespace SmtpTutor
