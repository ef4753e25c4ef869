#include "auditreportview.h"

#include "audit/report/auditgrader.h"
#include "audit/report/auditsections.h"
#include "checkitem.h"
#include "hostauditsection.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {
// A grade's look: A passes, B and C warn, D to F fail (a colour, and always the letter).
CheckStatus statusOfGrade(Grade grade)
{
    if (grade == Grade::A)
        return CheckStatus::Pass;
    return grade <= Grade::C ? CheckStatus::Warn : CheckStatus::Fail;
}

QString titleOf(const QList<AuditCheck> &checks, const QString &id)
{
    for (const AuditCheck &check : checks) {
        if (check.id == id)
            return check.title;
    }
    return {};
}
} // namespace

AuditReportView::AuditReportView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("auditReportView"));
    setAccessibleName(tr("Audit report"));
    m_grade = new QLabel;
    m_grade->setObjectName(QStringLiteral("auditGrade"));
    m_grade->setAlignment(Qt::AlignCenter);
    QFont big = m_grade->font();
    big.setPointSizeF(big.pointSizeF() * 3);
    big.setBold(true);
    m_grade->setFont(big);
    m_grade->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("WW")));
    m_gradeText = new QLabel;
    m_gradeText->setObjectName(QStringLiteral("auditGradeText"));
    m_gradeText->setWordWrap(true);
    m_gradeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gradeText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_saveHtmlButton = new QPushButton(tr("Save as &HTML..."));
    m_saveHtmlButton->setObjectName(QStringLiteral("saveAuditHtmlButton"));
    m_saveJsonButton = new QPushButton(tr("Save as &JSON..."));
    m_saveJsonButton->setObjectName(QStringLiteral("saveAuditJsonButton"));
    connect(m_saveHtmlButton, &QPushButton::clicked, this, &AuditReportView::saveAsHtml);
    connect(m_saveJsonButton, &QPushButton::clicked, this, &AuditReportView::saveAsJson);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_saveHtmlButton);
    buttons->addWidget(m_saveJsonButton);
    buttons->addStretch();
    auto *header = new QHBoxLayout;
    header->addWidget(m_grade, 0, Qt::AlignTop);
    header->addWidget(m_gradeText, 1);
    header->addLayout(buttons);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("auditScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new QWidget;
    m_bodyLayout = new QVBoxLayout(m_body);
    scroll->setWidget(m_body);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    clear();
}

void AuditReportView::resetBody()
{
    while (QLayoutItem *item = m_bodyLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void AuditReportView::clear()
{
    m_host.reset();
    m_domain.reset();
    resetBody();
    m_grade->clear();
    m_gradeText->setText(tr("No audit has run yet. \"Audit\" checks TLS versions and ciphers, the certificate, STARTTLS "
                            "injection, open relay and DNS, and grades the server."));
    m_saveHtmlButton->setEnabled(false);
    m_saveJsonButton->setEnabled(false);
}

void AuditReportView::showGrade(const AuditGradeResult &grade, bool graded, const QStringList &cappedBy)
{
    if (!graded) {
        m_grade->setText(QStringLiteral("\u2014"));
        m_grade->setAccessibleName(tr("No grade"));
        m_grade->setStyleSheet(QString());
        m_gradeText->setText(tr("No grade: the server could not be reached or talked to, so nothing could be checked."));
        return;
    }
    const QColor colour = CheckStatusStyle::colour(statusOfGrade(grade.grade));
    m_grade->setText(gradeName(grade.grade));
    m_grade->setAccessibleName(tr("Grade %1").arg(gradeName(grade.grade)));
    m_grade->setStyleSheet(QStringLiteral("color: white; background: %1; border-radius: 6px; padding: 4px;").arg(colour.name()));
    QString text = cappedBy.isEmpty() ? tr("Grade %1: nothing found that lowers the grade.").arg(gradeName(grade.grade))
                                      : tr("Grade %1, capped by: %2").arg(gradeName(grade.grade), cappedBy.join(QStringLiteral("; ")));
    if (!grade.complete)
        text += QLatin1Char('\n') + tr("Incomplete: some checks could not run, so the grade may be too kind.");
    m_gradeText->setText(text);
}

void AuditReportView::setHostReport(const HostAuditReport &report)
{
    clear();
    m_host = report;
    QStringList cappedBy;
    for (const QString &id : report.grade.cappedBy)
        cappedBy.append(tr("%1 (%2)").arg(titleOf(report.checks, id), id));
    showGrade(report.grade, AuditGrader::isGraded(report), cappedBy);
    m_bodyLayout->addWidget(new HostAuditSection(report));
    m_bodyLayout->addStretch(1);
    m_saveHtmlButton->setEnabled(true);
    m_saveJsonButton->setEnabled(true);
}

void AuditReportView::setDomainReport(const DomainAuditReport &report)
{
    clear();
    m_domain = report;
    QStringList cappedBy;
    for (const QString &id : report.grade.cappedBy) {
        // A host's row is named "host:id" (AuditGrader); the domain's own rows by their id.
        const QString host = id.section(QLatin1Char(':'), 0, -2);
        const QString checkId = id.section(QLatin1Char(':'), -1);
        QString title = titleOf(report.checks, checkId);
        for (const HostAuditReport &hostReport : report.hosts) {
            if (hostReport.host == host)
                title = titleOf(hostReport.checks, checkId);
        }
        cappedBy.append(tr("%1 (%2)").arg(title, id));
    }
    showGrade(report.grade, AuditGrader::isGraded(report), cappedBy);
    auto *domainTitle = new QLabel(tr("Mail domain %1, mail servers: %2").arg(report.domain).arg(report.hosts.size()));
    QFont bold = domainTitle->font();
    bold.setBold(true);
    domainTitle->setFont(bold);
    m_bodyLayout->addWidget(domainTitle);
    for (const AuditSections::Group &group : AuditSections::group(report.checks))
        m_bodyLayout->addWidget(createCheckGroup(group.title, group.checks, QStringLiteral("auditDomainPolicy")));
    for (const HostAuditReport &host : report.hosts)
        m_bodyLayout->addWidget(new HostAuditSection(host));
    m_bodyLayout->addStretch(1);
    m_saveHtmlButton->setEnabled(true);
    m_saveJsonButton->setEnabled(true);
}

QString AuditReportView::gradeText() const
{
    return m_grade->text();
}

QString AuditReportView::cappedByText() const
{
    return m_gradeText->text();
}

QList<HostAuditSection *> AuditReportView::hostSections() const
{
    return m_body->findChildren<HostAuditSection *>();
}

} // namespace SmtpTutor
