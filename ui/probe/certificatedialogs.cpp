#include "certificatedialogs.h"

#include "certificatepins.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {
QLabel *selectable(const QString &text, const QString &objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}
} // namespace

CertificateQuestionDialog::CertificateQuestionDialog(const CertificateQuestionInfo &info, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("certificateQuestion"));
    setWindowTitle(tr("Certificate problem"));
    auto *intro = selectable(tr("The certificate of %1 port %2 did not pass verification:").arg(info.host).arg(info.port),
                             QStringLiteral("certificateQuestionIntro"));
    auto *why = selectable(info.explanation, QStringLiteral("certificateQuestionWhy"));
    auto *form = new QFormLayout;
    form->addRow(tr("Subject:"), selectable(info.leaf.subject, QStringLiteral("certificateSubject")));
    form->addRow(tr("Issuer:"), selectable(info.leaf.issuer, QStringLiteral("certificateIssuer")));
    form->addRow(tr("Valid:"), selectable(tr("from %1 until %2").arg(dateText(info.leaf.notBefore), dateText(info.leaf.notAfter)),
                                          QStringLiteral("certificateValidity")));
    auto *fingerprint = selectable(info.leaf.sha256, QStringLiteral("certificateFingerprint"));
    fingerprint->setFont(QFont(QStringLiteral("monospace")));
    form->addRow(tr("SHA-256:"), fingerprint);
    auto *advice = selectable(tr("Compare the fingerprint with the one the server's administrator gives you. Nothing has "
                                 "been sent over this connection yet."), QStringLiteral("certificateQuestionAdvice"));

    auto *buttons = new QDialogButtonBox;
    QPushButton *once = buttons->addButton(tr("Go on for this probe &only"), QDialogButtonBox::AcceptRole);
    QPushButton *always = buttons->addButton(tr("&Trust this certificate for this host"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    once->setObjectName(QStringLiteral("trustOnceButton"));
    always->setObjectName(QStringLiteral("trustAlwaysButton"));
    always->setToolTip(tr("Remembers the fingerprint for %1 port %2 only; a different certificate is asked about again.")
                           .arg(info.host).arg(info.port));
    cancel->setObjectName(QStringLiteral("cancelQuestionButton"));
    cancel->setDefault(true);
    connect(once, &QPushButton::clicked, this, [this] { m_answer = CertificateAnswer::ThisRunOnly; accept(); });
    connect(always, &QPushButton::clicked, this, [this] { m_answer = CertificateAnswer::TrustForThisHost; accept(); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { m_answer = CertificateAnswer::Cancel; reject(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(advice);
    layout->addWidget(buttons);
    cancel->setFocus();
}

CertificateAnswer CertificateQuestionDialog::ask(const CertificateQuestionInfo &info, QWidget *parent)
{
    CertificateQuestionDialog dialog(info, parent);
    dialog.exec();
    return dialog.answer();
}

TrustedCertificatesDialog::TrustedCertificatesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("trustedCertificatesDialog"));
    setWindowTitle(tr("Trusted certificates"));
    auto *intro = new QLabel(tr("Certificates you chose to trust, each for one host and port only. A probe of that host and "
                                "port accepts exactly this certificate without asking."));
    intro->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("trustedCertificatesList"));
    m_list->setAccessibleName(tr("Trusted certificates"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Host and port"), tr("SHA-256 fingerprint")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *remove = buttons->addButton(tr("&Remove"), QDialogButtonBox::ActionRole);
    remove->setObjectName(QStringLiteral("removePinButton"));
    connect(remove, &QPushButton::clicked, this, &TrustedCertificatesDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(720, 320);
    reload();
}

void TrustedCertificatesDialog::reload()
{
    m_list->clear();
    for (const CertificatePin &pin : CertificatePins::all()) {
        auto *item = new QTreeWidgetItem(m_list, {tr("%1 port %2").arg(pin.host).arg(pin.port), pin.sha256});
        item->setData(0, Qt::UserRole, pin.host);
        item->setData(0, Qt::UserRole + 1, pin.port);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void TrustedCertificatesDialog::removeSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    CertificatePins::remove({item->data(0, Qt::UserRole).toString(), quint16(item->data(0, Qt::UserRole + 1).toUInt()), item->text(1)});
    reload();
}

} // namespace SmtpTutor
