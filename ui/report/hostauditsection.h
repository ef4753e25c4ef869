#pragma once

#include "audit/auditreport.h"
#include "checkitem.h"

#include <QWidget>

namespace SmtpTutor {

class CertificateChainView;
class CheckListView;
class TimingWaterfall;

// The group an audit row belongs to, from its id: "Host TLS" (tls.*), "Certificate" (cert.*),
// "SMTP" (smtp.*, relay.*, starttls.*), "DNS" (dns.*), "Domain policy" (domain.*).
enum class AuditGroup { HostTls, Certificate, Smtp, Dns, DomainPolicy };
AuditGroup auditGroupOf(const QString &checkId);
QString auditGroupTitle(AuditGroup group);

// A titled list of rows: the group's name and its CheckListView.
QWidget *createCheckGroup(const QString &title, const QList<AuditCheck> &checks, const QString &objectName);

// One audited server: its grade, its rows grouped by kind, its certificate chain and the
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
