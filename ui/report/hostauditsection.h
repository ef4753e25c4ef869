#pragma once

#include "audit/auditreport.h"
#include "checkitem.h"

#include <QWidget>

namespace SmtpTutor {

class CertificateChainView;
class CheckListView;
class TimingWaterfall;

// A titled list of rows: the group's name and its CheckListView. The groups themselves are the
// audit's own (AuditSections::group), so the GUI groups rows as the text and HTML reports do.
QWidget *createCheckGroup(const QString &title, const QList<AuditCheck> &checks, const QString &objectName);

// One audited server: its rows grouped by kind, its certificate chain and the
// waterfall of the checks as they ran side by side.
class HostAuditSection : public QWidget
{
    Q_OBJECT
public:
    explicit HostAuditSection(const HostAuditReport &report, QWidget *parent = nullptr);
    QList<CheckListView *> checkLists() const;
    CertificateChainView *chain() const { return m_chain; }
    TimingWaterfall *waterfall() const { return m_waterfall; }

private:
    CertificateChainView *m_chain = nullptr;
    TimingWaterfall *m_waterfall = nullptr;
};

} // namespace SmtpTutor
