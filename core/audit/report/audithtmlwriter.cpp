#include "audithtmlwriter.h"

#include "audithtmlstyle.h"
#include "auditgrader.h"
#include "auditsections.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace SmtpTutor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditHtmlWriter", text);
}

// Every value that comes from the report (a server's words above all) goes through here.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

void writeHead(QTextStream &out, const QString &title)
{
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        // Belt and braces: even a value that escaped escaping could neither run nor fetch anything.
        << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>" << esc(title) << "</title>\n<style>" << AuditHtmlStyle::css << "</style>\n</head>\n<body>\n";
}

void writeGrade(QTextStream &out, const AuditGradeResult &grade, bool graded)
{
    const QString letter = graded ? gradeName(grade.grade) : QStringLiteral("\u2013");
    const QString css = graded ? QStringLiteral("g-") + letter : QStringLiteral("g-none");
    out << "<div class=\"grade\"><div class=\"letter " << css << "\">" << esc(letter) << "</div><div>"
        << "<div><strong>" << esc(tr("Grade: ")) << "</strong>" << esc(AuditSections::gradeLine(grade, graded)) << "</div>";
    if (graded && !grade.cappedBy.isEmpty())
        out << "<div>" << esc(tr("Capped by: ")) << "<code>" << esc(AuditSections::cappedByText(grade)) << "</code></div>";
    out << "</div></div>\n";
}

void writeDefinition(QTextStream &out, const QString &term, const QString &text)
{
    if (!text.isEmpty())
        out << "<dt>" << esc(term) << "</dt><dd>" << esc(text) << "</dd>";
}

void writeRow(QTextStream &out, const AuditCheck &check)
{
    const QString status = checkStatusName(check.status); // a fixed word: safe as a class name
    out << "<tr><td class=\"status " << status << "\"><span aria-hidden=\"true\">"
        << AuditSections::statusSymbol(check.status) << "</span> " << esc(AuditSections::statusWord(check.status))
        << "</td><td><div class=\"title\">" << esc(check.title);
    if (check.cap && check.status != CheckStatus::Error)
        out << "<span class=\"cap " << status << "\">" << esc(tr("caps at %1").arg(gradeName(*check.cap))) << "</span>";
    out << "</div>";
    if (!check.detail.isEmpty())
        out << "<div class=\"detail\">" << esc(check.detail) << "</div>";
    out << "<dl>";
    writeDefinition(out, tr("Why"), check.explanation);
    writeDefinition(out, tr("To do"), check.todo);
    writeDefinition(out, tr("Rule"), check.rule);
    writeDefinition(out, tr("Source"), check.source);
    writeDefinition(out, tr("Check"), check.id);
    out << "</dl></td></tr>\n";
}

void writeRows(QTextStream &out, const QList<AuditCheck> &checks)
{
    for (const AuditSections::Group &group : AuditSections::group(checks)) {
        out << "<h3>" << esc(group.title) << "</h3>\n<table>\n";
        for (const AuditCheck &check : group.checks)
            writeRow(out, check);
        out << "</table>\n";
    }
}

// The waterfall: each step's bar starts where it started and is as long as it took.
void writeTimings(QTextStream &out, const HostAuditReport &report)
{
    if (report.waterfall.isEmpty())
        return;
    const qint64 total = std::max<qint64>(1, report.totalMs);
    out << "<h3>" << esc(tr("Timings")) << "</h3>\n<table>\n";
    for (const AuditTiming &timing : report.waterfall) {
        const double left = 100.0 * double(timing.startMs) / double(total);
        const double width = 100.0 * double(timing.ms) / double(total);
        out << "<tr><td class=\"step\">" << esc(timing.step) << "</td><td><div class=\"track\"><div class=\"bar\" style=\"margin-left:"
            << QString::number(std::min(left, 100.0), 'f', 1) << "%;width:" << QString::number(std::min(width, 100.0), 'f', 1)
            << "%\"></div></div></td><td class=\"ms\">" << timing.ms << " ms</td></tr>\n";
    }
    out << "</table>\n<p class=\"meta\">" << esc(tr("Total: %1 ms").arg(report.totalMs)) << "</p>\n";
}

void writeSession(QTextStream &out, const HostAuditReport &report)
{
    if (!report.reached()) {
        out << "<p class=\"meta\">" << esc(tr("Not audited: %1 (step: %2)").arg(report.error.message, stageName(report.failedStage)))
            << "</p>\n";
        return;
    }
    if (report.greeting.isValid())
        out << "<p class=\"meta\">" << esc(tr("Greeting: ")) << "<code>"
            << esc(QStringLiteral("%1 %2").arg(report.greeting.code()).arg(report.greeting.firstLineText())) << "</code></p>\n";
    QString tls = tlsUsedName(report.tlsUsed);
    if (report.tlsUsed != TlsUsed::None)
        tls += QStringLiteral(", %1, %2").arg(report.certificate.tls.protocol, report.certificate.tls.cipher);
    out << "<p class=\"meta\">" << esc(tr("Encryption: ")) << esc(tls) << "</p>\n";
}

void writeHostBody(QTextStream &out, const HostAuditReport &report)
{
    writeGrade(out, report.grade, AuditGrader::isGraded(report));
    writeSession(out, report);
    writeRows(out, report.checks);
    writeTimings(out, report);
}

} // namespace

QString AuditHtmlWriter::write(const HostAuditReport &report)
{
    QString html;
    QTextStream out(&html);
    const QString title = tr("Mail-server audit: %1, port %2").arg(report.host).arg(report.port);
    writeHead(out, title);
    out << "<h1>" << esc(title) << "</h1>\n";
    writeHostBody(out, report);
    out << "</body>\n</html>\n";
    return html;
}

QString AuditHtmlWriter::write(const DomainAuditReport &report)
{
    QString html;
    QTextStream out(&html);
    const QString title = tr("Mail-domain audit: %1").arg(report.domain);
    writeHead(out, title);
    out << "<h1>" << esc(title) << "</h1>\n";
    writeGrade(out, report.grade, AuditGrader::isGraded(report));
    QStringList mx;
    for (const MxHost &host : report.dns.mx)
        mx.append(QStringLiteral("%1 %2").arg(host.preference).arg(host.name));
    out << "<p class=\"meta\">" << esc(tr("Mail servers (MX): "))
        << esc(report.dns.nullMx ? tr("Null MX (the domain accepts no mail)") : mx.join(QLatin1String(", "))) << "</p>\n";
    writeRows(out, report.checks);
    for (const HostAuditReport &host : report.hosts) {
        out << "<section class=\"host\">\n<h2>" << esc(tr("%1, port %2").arg(host.host).arg(host.port)) << "</h2>\n";
        writeHostBody(out, host);
        out << "</section>\n";
    }
    out << "</body>\n</html>\n";
    return html;
}

} // namespace SmtpTutor
