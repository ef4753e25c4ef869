#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

// "tag=value; tag=value;" records in DNS TXT: DMARC (RFC 7489 s.6.4), the MTA-STS record
// (RFC 8461 s.3.1) and the TLS-RPT record (RFC 8460 s.3). Tags are split at ';', with white
// space around the separators allowed and one trailing ';' tolerated by all three grammars.
struct TagList
{
    QList<QPair<QString, QString>> tags; // in order; names as written
    QStringList errors; // a part without '=', an empty name, a repeated tag

    QString value(
        const QString &name) const; // first value of the tag (case-insensitive name); "" when absent
    bool has(const QString &name) const;
};
TagList parseTagList(const QString &record);

// RFC 7489 s.6.3/s.6.4: v=DMARC1 first, then p= (none, quarantine, reject); sp= is checked the
// same way; unknown tags are ignored (s.6.3).
struct DmarcRecord
{
    QString policy; // "none", "quarantine", "reject"; "" when missing or invalid
    QStringList errors; // empty: the record is valid
    QStringList warnings; // valid, but not as the grammar orders it (most receivers accept it)
};
DmarcRecord parseDmarc(const QString &record);
// True when the TXT record is meant as DMARC (it says v=DMARC1 somewhere), even when malformed.
bool looksLikeDmarc(const QString &record);

// RFC 8461 s.3.1: "v=STSv1; id=<1 to 32 letters and digits>;"
struct MtaStsRecord
{
    QString id;
    QStringList errors;
};
MtaStsRecord parseMtaStsRecord(const QString &record);

// RFC 8460 s.3: "v=TLSRPTv1; rua=<uri>[,<uri>...]" with mailto: or https: URIs.
struct TlsRptRecord
{
    QStringList rua;
    QStringList errors;
};
TlsRptRecord parseTlsRpt(const QString &record);

} // namespace SmtpTutor
