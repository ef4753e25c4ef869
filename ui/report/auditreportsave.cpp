// AuditReportView, saving: the audit's own writers (core/audit/report/) make the file, so the
// GUI's HTML and JSON are byte for byte what `smtp-tutor-cli audit --html/--json` writes.
#include "auditreportview.h"

#include "audit/report/audithtmlwriter.h"
#include "audit/report/auditjsonwriter.h"

#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>

namespace SmtpTutor {

QString AuditReportView::html() const
{
    if (m_domain)
        return AuditHtmlWriter::write(*m_domain);
    return m_host ? AuditHtmlWriter::write(*m_host) : QString();
}

QByteArray AuditReportView::json() const
{
    if (!hasReport())
        return {};
    const QJsonObject object = m_domain ? AuditJsonWriter::write(*m_domain) : AuditJsonWriter::write(*m_host);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool AuditReportView::saveTo(const QString &caption, const QString &filter, const QString &suffix, const QByteArray &content)
{
    const QString name = m_domain ? m_domain->domain : m_host ? m_host->host : QString();
    const QString path = QFileDialog::getSaveFileName(this, caption, QStringLiteral("audit-%1.%2").arg(name, suffix), filter);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        QMessageBox::warning(this, caption, tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void AuditReportView::saveAsHtml()
{
    saveTo(tr("Save the audit as HTML"), tr("HTML files (*.html)"), QStringLiteral("html"), html().toUtf8());
}

void AuditReportView::saveAsJson()
{
    saveTo(tr("Save the audit as JSON"), tr("JSON files (*.json)"), QStringLiteral("json"), json());
}

} // namespace SmtpTutor
