// Envelope address syntax for MAIL and RCPT (RFC 5321 s.4.1.2): domains, address literals,
// local parts, mailboxes and paths, read the way Postfix 3.7 reads them, with every form RFC 5321
// forbids but Postfix accepts noted for the learner. Internal to the command parser.
#pragma once

#include "command.h"

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace SmtpTutor::AddressSyntax {

inline bool isSpace(QChar c)
{
    // Postfix splits command words on any white space; RFC 5321 s.4.1.1 wants one SP.
    return c == u' ' || c == u'\t';
}

inline bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

inline bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// RFC 5322 s.3.2.3 atext, as RFC 5321 s.4.1.2 uses it for Atom.
inline bool isAtext(QChar c)
{
    if (isAsciiAlpha(c) || isAsciiDigit(c))
        return true;
    static const QLatin1String specials("!#$%&'*+-/=?^_`{|}~");
    return c.unicode() < 0x80 && specials.contains(c);
}

// The outcome of reading a domain, a local part or a whole path.
struct Check
{
    QString error; // empty when acceptable (to Postfix)
    QStringList remarks;
    bool needsUtf8 = false;      // UTF-8 beyond ASCII anywhere
    bool utf8Domain = false;     // ... in the domain, which Postfix refuses without SMTPUTF8
    bool ok() const { return error.isEmpty(); }
};

// A domain name or an address literal (RFC 5321 s.4.1.2 Domain / address-literal).
Check checkDomain(QStringView domain);

// Mailbox = Local-part "@" ( Domain / address-literal ). allowUnqualified: a bare local part
// (Postfix appends its own domain; RFC 5321 allows it only for "<Postmaster>").
Check checkMailbox(QStringView text, MailPath &path, bool allowUnqualified);

// The text between "<" and ">": "" (null path), [A-d-l ":"] Mailbox.
Check checkPathInner(QStringView inner, MailPath &path);

// Finds the ">" that closes a path starting with "<" at text[0], skipping quoted strings.
// -1 when there is none.
qsizetype findPathEnd(QStringView text);

} // namespace SmtpTutor::AddressSyntax
