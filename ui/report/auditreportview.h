#pragma once

#include "audit/auditreport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace SmtpTutor {

class HostAuditSection;

// The audit's report in the GUI: the grade, big, with the rows that capped it; the domain's
// policy rows (for a domain); then one section per audited server. It shows the report model
// (auditreport.h) and decides nothing; saving goes through the audit's own HTML and JSON
// writers (core/audit/report/), so the file says exactly what the CLI says.
class AuditReportView : public QWidget
{
    Q_OBJECT
public:
    explicit AuditReportView(QWidget *parent = nullptr);

    void setHostReport(const HostAuditReport &report);
    void setDomainReport(const DomainAuditReport &report);
    void clear();

    QString gradeText() const;  // "B"
    QString cappedByText() const;
    QList<HostAuditSection *> hostSections() const;
    bool hasReport() const { return m_host.has_value() || m_domain.has_value(); }

    // The report as the audit's writers put it: HTML (self-contained) or JSON.
    QString html() const;
    QByteArray json() const;

public Q_SLOTS:
    void saveAsHtml();
    void saveAsJson();

private:
    void showGrade(const AuditGradeResult &grade, bool graded, const QStringList &cappedBy);
    void resetBody();
    bool saveTo(const QString &caption, const QString &filter, const QString &suffix, const QByteArray &content);

    QLabel *m_grade = nullptr;
    QLabel *m_gradeText = nullptr;
    QPushButton *m_saveHtmlButton = nullptr;
    QPushButton *m_saveJsonButton = nullptr;
    QWidget *m_body = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    std::optional<HostAuditReport> m_host;
    std::optional<DomainAuditReport> m_domain;
};

} // namespace SmtpTutor
