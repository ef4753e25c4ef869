#pragma once

#include "syntaxfault.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace SmtpTutor {

// The commands RFC 5321 s.4.1.1 defines, plus the extensions the tutor teaches.
enum class Verb {
    Helo, Ehlo, Mail, Rcpt, Data, Rset, Noop, Quit, Vrfy, Expn, Help,
    StartTls, // RFC 3207
    Auth,     // RFC 4954
    Unknown,
};

QString verbName(Verb verb); // "MAIL", "STARTTLS", ...; "" for Unknown

// A reverse-path or forward-path (RFC 5321 s.4.1.2). The null path "<>" has isNull set.
struct MailPath
{
    bool isNull = false;
    QString localPart;   // as written (a quoted local part keeps its quotes)
    QString domain;      // a domain name or an address literal such as "[192.0.2.1]"
    QString sourceRoute; // obsolete "@a,@b:" prefix, kept only to be ignored (s.4.1.2)

    QString address() const;  // "local@domain", "" for the null path
    QString toString() const; // "<local@domain>" or "<>"
    friend bool operator==(const MailPath &, const MailPath &) = default;
};

// One ESMTP parameter after the path: KEYWORD or KEYWORD=value (RFC 5321 s.4.1.2).
struct EsmtpParameter
{
    QString keyword; // upper-cased
    QString value;
    bool hasValue = false;
    friend bool operator==(const EsmtpParameter &, const EsmtpParameter &) = default;
};

struct Command
{
    Verb verb = Verb::Unknown;
    QString verbText;  // as typed, e.g. "mail"
    QString argument;  // the rest of the line after the verb and one space, unparsed

    QString domain;                  // HELO / EHLO: the client's name or address literal
    MailPath path;                   // MAIL / RCPT
    QList<EsmtpParameter> parameters; // MAIL / RCPT
    QString authMechanism;           // AUTH: upper-cased mechanism
    std::optional<QString> authInitialResponse; // AUTH: base64 (or "=") if given (RFC 4954 s.4)

    std::optional<SyntaxFault> fault; // set when the line is not well-formed
    // Things a strict RFC 5321 reader would object to but Postfix 3.7 accepts (a space after
    // "FROM:", an unqualified "<bob>", ".bob" as a local part...). For the learner; never an error.
    QStringList remarks;
    // The path or parameters use UTF-8 beyond ASCII: only valid after SMTPUTF8 (RFC 6531 s.3.4).
    bool needsSmtpUtf8 = false;

    // The parameter with this keyword (case-insensitive), if given.
    std::optional<EsmtpParameter> parameter(QStringView keyword) const;
    bool hasParameter(QStringView keyword) const { return parameter(keyword).has_value(); }
};

} // namespace SmtpTutor
