#include "audittextwriter.h"

#include "auditgrader.h"
#include "auditsections.h"

#include <QCoreApplication>
#include <QTextStream>

namespace SmtpTutor {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditTextWriter", text);
}

const QString Indent = QStringLiteral("          "); // under the title, past "  [ERROR] "

void writeGrade(QTextStream &out, const AuditGradeResult &grade, bool graded)
{
    out << tr("Grade: ") << AuditSections::gradeLine(grade, graded) << '\n';
    if (graded && !grade.cappedBy.isEmpty())
        out << tr("Capped by: ") << AuditSections::cappedByText(grade) << '\n';
}

void writeRow(QTextStream &out, const AuditCheck &check, bool verbose)
{
    const QString status = QLatin1Char('[') + AuditSections::statusWord(check.status) + QLatin1Char(']');
    out << "  " << status.leftJustified(Indent.size() - 2) << check.title;
    if (check.cap && check.status != CheckStatus::Error)
        out << tr(" (caps the grade at %1)").arg(gradeName(*check.cap));
    out << '\n';
    if (!check.detail.isEmpty())
        out << Indent << check.detail << '\n';
    if (!verbose)
        return;
    out << Indent << tr("Check: ") << check.id << '\n';
    if (!check.rule.isEmpty())
        out << Indent << tr("Rule: ") << check.rule << '\n';
    if (!check.source.isEmpty())
        out << Indent << tr("Source: ") << check.source << '\n';
    if (!check.explanation.isEmpty())
        out << Indent << tr("Why: ") << check.explanation << '\n';
    if (!check.todo.isEmpty())
        out << Indent << tr("To do: ") << check.todo << '\n';
}

void writeRows(QTextStream &out, const QList<AuditCheck> &checks, bool verbose)
{
    for (const AuditSections::Group &group : AuditSections::group(checks)) {
        out << '\n' << group.title << '\n';
        for (const AuditCheck &check : group.checks)
            writeRow(out, check, verbose);
    }
}

void writeSession(QTextStream &out, const HostAuditReport &report)
{
    if (!report.reached()) {
        out << tr("Not audited: ") << report.error.message << tr(" (step: %1)").arg(stageName(report.failedStage)) << '\n';
        return;
    }
    if (report.greeting.isValid())
        out << tr("Greeting: ") << report.greeting.code() << ' ' << report.greeting.firstLineText() << '\n';
    out << tr("Encryption: ") << tlsUsedName(report.tlsUsed);
    if (report.tlsUsed != TlsUsed::None)
        out << ", " << report.certificate.tls.protocol << ", " << report.certificate.tls.cipher;
    out << '\n';
}

void writeTimings(QTextStream &out, const HostAuditReport &report)
{
    out << '\n' << tr("Timings (start + duration, ms)") << '\n';
    for (const AuditTiming &timing : report.waterfall)
        out << "  " << timing.step.leftJustified(20) << QString::number(timing.startMs).rightJustified(7)
            << " +" << QString::number(timing.ms).rightJustified(6) << '\n';
    out << "  " << tr("total").leftJustified(20) << QString::number(report.totalMs).rightJustified(7) << '\n';
}

void writeHostBody(QTextStream &out, const HostAuditReport &report, bool verbose)
{
    writeGrade(out, report.grade, AuditGrader::isGraded(report));
    writeSession(out, report);
    writeRows(out, report.checks, verbose);
    if (verbose)
        writeTimings(out, report);
}

QString mxList(const DomainDnsFindings &dns)
{
    if (dns.nullMx)
        return tr("Null MX (the domain accepts no mail)");
    QStringList hosts;
    for (const MxHost &mx : dns.mx)
        hosts.append(QStringLiteral("%1 %2").arg(mx.preference).arg(mx.name));
    return hosts.join(QLatin1String(", "));
}

} // namespace

QString AuditTextWriter::write(const HostAuditReport &report, bool verbose)
{
    QString text;
    QTextStream out(&text);
    out << tr("Audit of %1, port %2").arg(report.host).arg(report.port) << '\n';
    writeHostBody(out, report, verbose);
    return text;
}

QString AuditTextWriter::write(const DomainAuditReport &report, bool verbose)
{
    QString text;
    QTextStream out(&text);
    out << tr("Audit of the mail domain %1").arg(report.domain) << '\n';
    writeGrade(out, report.grade, AuditGrader::isGraded(report));
    out << tr("Mail servers (MX): ") << mxList(report.dns) << '\n';
    writeRows(out, report.checks, verbose);
    for (const HostAuditReport &host : report.hosts) {
        out << '\n' << QStringLiteral("== %1 ==").arg(tr("%1, port %2").arg(host.host).arg(host.port)) << '\n';
        writeHostBody(out, host, verbose);
    }
    if (verbose)
        out << '\n' << tr("Total: %1 ms").arg(report.totalMs) << '\n';
    return text;
}

} // namespace SmtpTutor
