#include "domainpolicyrows.h"

#include "mtastspolicy.h"
#include "tagrecords.h"

namespace SmtpTutor {

namespace {

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral(" | "));
}

} // namespace

AuditCheck DomainPolicyRows::make(const QString &id, CheckStatus status, const QString &title, const QString &detail)
{
    AuditCheck check;
    check.id = id;
    check.status = status;
    check.title = title;
    check.detail = detail;
    return check;
}

QList<AuditCheck> DomainPolicyRows::rows(const DomainPolicyEvidence &e)
{
    QList<AuditCheck> rows { mx(e), spf(e), spfLookups(e), dmarc(e), mtaSts(e) };
    if (const auto coverage = mtaStsMx(e))
        rows.append(*coverage);
    rows.append(tlsRpt(e));
    rows.append(dane(e));
    return rows;
}

AuditCheck DomainPolicyRows::mx(const DomainPolicyEvidence &e)
{
    AuditCheck row;
    if (!e.mxError.isEmpty() && e.mx.isEmpty())
        row = make(QStringLiteral("domain.mx"), CheckStatus::Error,
            tr("The MX records could not be looked up"), e.mxError);
    else if (e.nullMx)
        row = make(QStringLiteral("domain.mx"), CheckStatus::Info, tr("Null MX: the domain accepts no mail"),
            tr("MX 0 . (RFC 7505)"));
    else if (e.implicitMx)
        row = make(QStringLiteral("domain.mx"), CheckStatus::Info,
            tr("No MX record: mail goes to the domain's own address"),
            tr("%1 has no MX records").arg(e.domain));
    else {
        QStringList list;
        for (const MxHost &host : e.mx)
            list.append(QStringLiteral("%1 %2").arg(host.preference).arg(host.name));
        row = make(QStringLiteral("domain.mx"), CheckStatus::Pass, tr("The domain names its mail servers"),
            list.join(QStringLiteral(", ")));
    }
    row.rule = tr("MX records name the servers that receive a domain's mail; a Null MX says there are none");
    row.source = QStringLiteral("RFC 5321 s.5.1; RFC 7505 s.3");
    row.explanation = e.nullMx
        ? tr("A Null MX tells every sender at once that this domain receives no mail, so messages to it "
             "bounce "
             "immediately instead of waiting in queues for days. The mail-policy rows below then matter only "
             "for mail sent in the domain's name.")
        : tr("Senders look up the MX records to find where to deliver; without them they fall back to the "
             "domain's own address.");
    return row;
}

AuditCheck DomainPolicyRows::spf(const DomainPolicyEvidence &e)
{
    const SpfEvaluation &s = e.spf;
    AuditCheck row;
    if (!s.lookupError.isEmpty())
        row = make(QStringLiteral("domain.spf"), CheckStatus::Error, tr("SPF could not be looked up"),
            s.lookupError);
    else if (s.records.isEmpty()) {
        row = make(QStringLiteral("domain.spf"), CheckStatus::Warn, tr("No SPF record"),
            tr("%1 has no TXT record starting with v=spf1").arg(e.domain));
        row.cap = Grade::B;
        row.todo = tr("Publish one TXT record listing the servers that send your mail and ending in -all "
                      "(or just \"v=spf1 -all\" for a domain that sends none).");
    } else if (s.records.size() > 1) {
        row = make(QStringLiteral("domain.spf"), CheckStatus::Fail, tr("More than one SPF record"),
            joined(s.records));
        row.cap = Grade::C;
        row.todo
            = tr("Merge them into a single v=spf1 record: with two, every receiver's SPF check ends in a "
                 "permanent error.");
    } else if (!s.errors.isEmpty()) {
        row = make(QStringLiteral("domain.spf"), CheckStatus::Fail, tr("The SPF record has syntax errors"),
            s.records.first() + QStringLiteral(" — ") + s.errors.join(QStringLiteral("; ")));
        row.cap = Grade::C;
        row.todo = tr("Correct the record; receivers treat an unreadable SPF record as a permanent error.");
    } else if (s.effectiveAll == QLatin1String("-all") || s.effectiveAll == QLatin1String("~all")) {
        row = make(QStringLiteral("domain.spf"), CheckStatus::Pass,
            tr("One SPF record, ending in %1").arg(s.effectiveAll), s.records.first());
    } else if (s.effectiveAll == QLatin1String("+all")) {
        row = make(QStringLiteral("domain.spf"), CheckStatus::Fail,
            tr("The SPF record allows every server (+all)"), s.records.first());
        row.cap = Grade::C;
        row.todo = tr("End the record in -all (or ~all): +all authorises the whole internet to send as you.");
    } else {
        row = make(QStringLiteral("domain.spf"), CheckStatus::Warn,
            s.effectiveAll.isEmpty() ? tr("The SPF record does not end in -all or ~all")
                                     : tr("The SPF record ends in %1").arg(s.effectiveAll),
            s.records.first());
        row.todo = tr("End the record in -all (or ~all while you are still checking), so mail from other "
                      "servers is marked as not authorised.");
    }
    row.rule = tr("Exactly one v=spf1 record, ending in -all or ~all");
    row.source = QStringLiteral("RFC 7208 s.4.5, s.5.1");
    row.explanation
        = tr("SPF lists the servers allowed to send mail from this domain. Receivers use it, with "
             "DMARC, to recognise forged senders; ?all or a missing ending says nothing about "
             "everyone else.");
    return row;
}

AuditCheck DomainPolicyRows::spfLookups(const DomainPolicyEvidence &e)
{
    const SpfEvaluation &s = e.spf;
    const int limit = SpfLookupCounter::kLookupLimit;
    AuditCheck row;
    QString detail = tr("%1 DNS-querying terms").arg(s.lookups);
    if (!s.notes.isEmpty())
        detail += QStringLiteral("; ") + s.notes.join(QStringLiteral("; "));
    if (s.lookups < 0)
        row = make(QStringLiteral("domain.spf.lookups"), CheckStatus::Info, tr("SPF lookups not counted"),
            tr("There is no single SPF record to count."));
    else if (s.loop || s.lookups > limit || s.bounded) {
        row = make(QStringLiteral("domain.spf.lookups"), CheckStatus::Fail,
            s.loop ? tr("The SPF record includes itself")
                   : tr("The SPF record needs more than %1 DNS lookups").arg(limit),
            s.bounded ? detail + tr(" (counting stopped here; the real number is higher)") : detail);
        row.cap = Grade::C;
        row.todo
            = tr("Replace include: chains with ip4:/ip6: ranges where you can, drop includes you no longer "
                 "use, and remove every loop.");
    } else {
        row = make(QStringLiteral("domain.spf.lookups"), CheckStatus::Pass,
            tr("The SPF record needs %1 of at most %2 DNS lookups").arg(s.lookups).arg(limit), detail);
    }
    row.rule = tr("At most %1 terms that cost a DNS query (include, a, mx, ptr, exists, redirect), counted "
                  "through every include and redirect")
                   .arg(limit);
    row.source = QStringLiteral("RFC 7208 s.4.6.4");
    row.explanation
        = tr("A receiver stops evaluating after %1 such lookups and reports a permanent error, so "
             "an over-long policy fails for everyone, legitimate mail included.")
              .arg(limit);
    return row;
}

AuditCheck DomainPolicyRows::dmarc(const DomainPolicyEvidence &e)
{
    AuditCheck row;
    const DmarcRecord parsed
        = e.dmarcRecords.size() == 1 ? parseDmarc(e.dmarcRecords.first()) : DmarcRecord {};
    if (!e.dmarcError.isEmpty())
        row = make(QStringLiteral("domain.dmarc"), CheckStatus::Error, tr("DMARC could not be looked up"),
            e.dmarcError);
    else if (e.dmarcRecords.isEmpty()) {
        row = make(QStringLiteral("domain.dmarc"), CheckStatus::Warn, tr("No DMARC record"),
            tr("_dmarc.%1 has no v=DMARC1 record").arg(e.domain));
        row.cap = Grade::B;
        row.todo = tr("Publish \"v=DMARC1; p=none; rua=mailto:...\" to collect reports, then move to "
                      "p=quarantine and p=reject.");
    } else if (e.dmarcRecords.size() > 1) {
        row = make(QStringLiteral("domain.dmarc"), CheckStatus::Fail, tr("More than one DMARC record"),
            joined(e.dmarcRecords));
        row.cap = Grade::C;
        row.todo = tr("Keep one record: with several, receivers apply none (RFC 7489 s.6.6.3).");
    } else if (!parsed.errors.isEmpty()) {
        row = make(QStringLiteral("domain.dmarc"), CheckStatus::Fail,
            tr("The DMARC record has syntax errors"),
            e.dmarcRecords.first() + QStringLiteral(" — ") + parsed.errors.join(QStringLiteral("; ")));
        row.cap = Grade::C;
        row.todo = tr(
            "Start the record with v=DMARC1; followed by p=; receivers ignore a record they cannot read.");
    } else if (parsed.policy == QLatin1String("none")) {
        row = make(QStringLiteral("domain.dmarc"), CheckStatus::Warn, tr("DMARC only monitors (p=none)"),
            e.dmarcRecords.first());
        row.cap = Grade::B;
        row.todo = tr(
            "When the reports show that your own mail passes, change p=none to p=quarantine, then p=reject.");
    } else {
        QString detail = e.dmarcRecords.first();
        if (!parsed.warnings.isEmpty())
            detail += QStringLiteral(" — ") + parsed.warnings.join(QStringLiteral("; "));
        row = make(QStringLiteral("domain.dmarc"), CheckStatus::Pass,
            tr("DMARC asks receivers to act (p=%1)").arg(parsed.policy), detail);
    }
    row.rule = tr("One v=DMARC1 record with p=quarantine or p=reject");
    row.source = QStringLiteral("RFC 7489 s.6.3, s.6.6.3");
    row.explanation
        = tr("DMARC tells receivers what to do with mail that claims to come from this domain but "
             "fails SPF and DKIM; only quarantine and reject protect against forged senders.");
    return row;
}

} // namespace SmtpTutor
