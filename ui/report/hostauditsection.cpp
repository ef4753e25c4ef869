#include "hostauditsection.h"

#include "audit/report/auditsections.h"
#include "certificatechainview.h"
#include "checklistview.h"
#include "timingwaterfall.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace SmtpTutor {

QWidget *createCheckGroup(const QString &title, const QList<AuditCheck> &checks, const QString &objectName)
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    auto *list = new CheckListView;
    list->setItems(CheckItem::fromAuditChecks(checks));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(list);
    return box;
}

HostAuditSection::HostAuditSection(const HostAuditReport &report, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("hostAuditSection"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("%1 port %2").arg(report.host).arg(report.port));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    layout->addWidget(title);
    if (!report.reached()) {
        auto *error = new QLabel(tr("Could not be audited: %1").arg(report.error.message));
        error->setWordWrap(true);
        layout->addWidget(error);
    }
    for (const AuditSections::Group &group : AuditSections::group(report.checks))
        layout->addWidget(createCheckGroup(group.title, group.checks, QStringLiteral("auditGroup")));
    m_chain = new CertificateChainView;
    m_chain->setChain(report.certificate.tls.chain);
    m_chain->setMinimumHeight(fontMetrics().height() * 10);
    auto *chainBox = new QGroupBox(tr("Certificate chain"));
    (new QVBoxLayout(chainBox))->addWidget(m_chain);
    layout->addWidget(chainBox);
    m_waterfall = new TimingWaterfall;
    m_waterfall->setTimings(report.waterfall);
    auto *timingBox = new QGroupBox(tr("How long each check took (they run side by side)"));
    (new QVBoxLayout(timingBox))->addWidget(m_waterfall);
    layout->addWidget(timingBox);
}

QList<CheckListView *> HostAuditSection::checkLists() const
{
    return findChildren<CheckListView *>();
}

} // namespace SmtpTutor
