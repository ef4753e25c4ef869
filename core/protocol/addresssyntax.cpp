#include "addresssyntax.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace SmtpTutor::AddressSyntax {

namespace {

// This file's translation context. Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the
// same name, so AddressText::tr() finds what the .ts file holds.
class AddressText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::AddressSyntax)
};

bool isIpv4Literal(QStringView text)
{
    // RFC 5321 s.4.1.3: IPv4-address-literal = Snum 3("." Snum), Snum = 1*3DIGIT (0-255)
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar c : part) {
            if (!isAsciiDigit(c))
                return false;
        }
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

void checkAddressLiteral(QStringView literal, Check &check)
{
    // RFC 5321 s.4.1.3: "[" ( IPv4 / "IPv6:" IPv6 / General-address-literal ) "]"
    if (literal.size() < 3 || !literal.endsWith(u']')) {
        check.error = AddressText::tr("An address literal must be closed with \"]\".");
        return;
    }
    const QStringView inner = literal.sliced(1, literal.size() - 2);
    if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive)) {
        const QStringView address = inner.sliced(5);
        QHostAddress host;
        if (address.contains(u'%') || !host.setAddress(address.toString())
            || host.protocol() != QAbstractSocket::IPv6Protocol) {
            check.error = AddressText::tr("\"%1\" is not a valid IPv6 address.").arg(address.toString());
        }
        return;
    }
    if (isIpv4Literal(inner))
        return;
    if (inner.contains(u':')) {
        // General-address-literal: the tag must be registered with IANA and none but IPv6 is,
        // so Postfix refuses every one of them.
        check.error = AddressText::tr("\"[%1]\" uses an address tag no server knows; only IPv6: is defined.")
                          .arg(inner.toString());
        return;
    }
    check.error = AddressText::tr("\"[%1]\" is not a valid IPv4 address literal.").arg(inner.toString());
}

// Local-part = Dot-string / Quoted-string (RFC 5321 s.4.1.2). Returns the length consumed
// (up to, not including, the "@"), or -1 with check.error set.
qsizetype checkLocalPart(QStringView text, Check &check)
{
    if (text.startsWith(u'"')) {
        // Quoted-string = DQUOTE *QcontentSMTP DQUOTE
        qsizetype i = 1;
        while (i < text.size()) {
            const QChar c = text[i];
            if (c == u'"') {
                // RFC 5321 allows "" as a local part, but Postfix refuses an empty mailbox name.
                if (i == 1) {
                    check.error = AddressText::tr("The quoted local part is empty.");
                    return -1;
                }
                return i + 1;
            }
            if (c == u'\\') {
                // quoted-pairSMTP = %d92 %d32-126
                if (i + 1 >= text.size() || text[i + 1].unicode() < 32 || text[i + 1].unicode() > 126) {
                    check.error = AddressText::tr(
                        "A backslash in a quoted local part must be followed by a printable character.");
                    return -1;
                }
                i += 2;
                continue;
            }
            if (c.unicode() >= 0x80) {
                check.needsUtf8 = true; // RFC 6531 s.3.3
            } else if (c.unicode() < 32 || c.unicode() == 127) {
                check.error = AddressText::tr("The quoted local part contains a control character.");
                return -1;
            }
            ++i;
        }
        check.error = AddressText::tr("The quoted local part has no closing quote.");
        return -1;
    }

    qsizetype i = 0;
    bool sawBackslash = false;
    while (i < text.size() && text[i] != u'@') {
        const QChar c = text[i];
        if (c == u'\\' && i + 1 < text.size() && text[i + 1].unicode() >= 32 && text[i + 1].unicode() <= 126) {
            // RFC 822 lets a backslash quote one character anywhere and Postfix's parser follows
            // it; RFC 5321 allows quoted-pairs only inside a Quoted-string.
            sawBackslash = true;
            i += 2;
            continue;
        }
        if (!isAtext(c) && c != u'.') {
            if (c.unicode() >= 0x80 && !c.isSpace() && c.isPrint()) {
                check.needsUtf8 = true; // RFC 6531 s.3.3: UTF8-non-ascii is atext
            } else {
                check.error = c == u' '
                    ? AddressText::tr(
                        "The address contains a space; a local part with spaces must be quoted.")
                    : AddressText::tr("The local part contains \"%1\", which must be quoted.")
                          .arg(QString(c));
                return -1;
            }
        }
        ++i;
    }
    const QStringView local = text.first(i);
    if (local.isEmpty()) {
        check.error = AddressText::tr("The local part before \"@\" is missing.");
        return -1;
    }
    if (sawBackslash) {
        check.remarks << AddressText::tr(
            "A backslash outside quotes is not valid in RFC 5321 (write \"a\\\\b\"@...); "
            "Postfix accepts it.");
    }
    // Dot-string = Atom *("." Atom): Postfix does not enforce the dots, RFC 5321 does.
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(QLatin1String(".."))) {
        check.remarks << AddressText::tr("\"%1\" is not a valid dot-string: dots must separate words "
                                         "(RFC 5321 s.4.1.2); Postfix accepts it.")
                             .arg(local.toString());
    }
    return i;
}

} // namespace

Check checkDomain(QStringView domain)
{
    Check check;
    if (domain.isEmpty()) {
        check.error = AddressText::tr("The domain after \"@\" is missing.");
        return check;
    }
    if (domain.startsWith(u'[')) {
        checkAddressLiteral(domain, check);
        return check;
    }
    QStringView name = domain;
    if (name.endsWith(u'.') && name.size() > 1) {
        // RFC 5321 s.2.3.5: no trailing dot in SMTP; Postfix strips it.
        check.remarks << AddressText::tr(
            "A domain in SMTP has no trailing dot (RFC 5321 s.2.3.5); Postfix accepts it.");
        name.chop(1);
    }
    if (name.toUtf8().size() > 255) {
        check.error = AddressText::tr("The domain is longer than 255 octets (RFC 5321 s.4.5.3.1.2).");
        return check;
    }
    bool sawUnderscore = false;
    const auto labels = name.split(u'.');
    for (QStringView label : labels) {
        if (label.isEmpty()) {
            check.error = AddressText::tr(
                "The domain \"%1\" has an empty label (two dots in a row, or a dot at the start).")
                              .arg(domain.toString());
            return check;
        }
        if (label.size() > 63) {
            check.error = AddressText::tr("A domain label is longer than 63 characters (RFC 1035 s.2.3.4).");
            return check;
        }
        // sub-domain = Let-dig [Ldh-str]: no hyphen at either end of a label.
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            check.error = AddressText::tr("The domain label \"%1\" begins or ends with a hyphen.")
                              .arg(label.toString());
            return check;
        }
        for (QChar c : label) {
            if (isAsciiAlpha(c) || isAsciiDigit(c) || c == u'-')
                continue;
            if (c == u'_') {
                sawUnderscore = true;
                continue;
            }
            if (c.unicode() >= 0x80 && !c.isSpace() && c.isPrint()) {
                // RFC 6531 s.3.3: a U-label is allowed with SMTPUTF8.
                check.needsUtf8 = true;
                check.utf8Domain = true;
                continue;
            }
            check.error
                = AddressText::tr("The domain \"%1\" contains \"%2\", which no host name may contain.")
                      .arg(domain.toString(), QString(c));
            return check;
        }
    }
    // RFC 3696 s.2: a top-level domain is never all digits; Postfix refuses "bob@123.45" too.
    bool numeric = true;
    for (QChar c : labels.last())
        numeric = numeric && isAsciiDigit(c);
    if (numeric) {
        check.error = AddressText::tr(
            "\"%1\" looks like an IP address: write it as an address literal, e.g. [192.0.2.1].")
                          .arg(domain.toString());
        return check;
    }
    if (sawUnderscore)
        check.remarks << AddressText::tr(
            "\"_\" is not allowed in a host name (RFC 5321 s.4.1.2); Postfix accepts it.");
    return check;
}

Check checkMailbox(QStringView text, MailPath &path, bool allowUnqualified)
{
    Check check;
    const qsizetype localLength = checkLocalPart(text, check);
    if (localLength < 0)
        return check;
    path.localPart = text.first(localLength).toString();
    if (path.localPart.toUtf8().size() > 64) {
        check.remarks << AddressText::tr("The local part is longer than 64 octets (RFC 5321 s.4.5.3.1.1).");
    }
    if (localLength == text.size()) {
        if (!allowUnqualified) {
            check.error = AddressText::tr("The address has no \"@domain\".");
            return check;
        }
        if (path.localPart.compare(QLatin1String("postmaster"), Qt::CaseInsensitive) != 0) {
            check.remarks << AddressText::tr("\"%1\" has no domain; RFC 5321 s.4.1.1.3 allows that only for "
                                             "Postmaster. Postfix appends its own domain.")
                                 .arg(path.localPart);
        }
        return check;
    }
    if (text[localLength] != u'@') {
        check.error = AddressText::tr("Something follows the quoted local part other than \"@\".");
        return check;
    }
    const QStringView domain = text.sliced(localLength + 1);
    Check domainCheck = checkDomain(domain);
    check.remarks << domainCheck.remarks;
    check.needsUtf8 = check.needsUtf8 || domainCheck.needsUtf8;
    check.utf8Domain = domainCheck.utf8Domain;
    if (!domainCheck.ok()) {
        check.error = domainCheck.error;
        return check;
    }
    path.domain = domain.toString();
    return check;
}

Check checkPathInner(QStringView inner, MailPath &path)
{
    Check check;
    if (inner.isEmpty()) {
        path.isNull = true;
        return check;
    }
    QStringView mailbox = inner;
    if (inner.startsWith(u'@')) {
        // RFC 5321 s.4.1.2 / Appendix C: an obsolete source route "@a,@b:". Servers SHOULD
        // ignore it, and Postfix does.
        const qsizetype colon = inner.indexOf(u':');
        if (colon < 0) {
            check.error = AddressText::tr("The local part before \"@\" is missing.");
            return check;
        }
        const QStringView route = inner.first(colon);
        for (QStringView hop : route.split(u',')) {
            if (!hop.startsWith(u'@')) {
                check.error = AddressText::tr("Each hop of a source route must be written \"@domain\".");
                return check;
            }
            const Check hopCheck = checkDomain(hop.sliced(1));
            if (!hopCheck.ok()) {
                check.error = hopCheck.error;
                return check;
            }
        }
        path.sourceRoute = route.toString() + u':';
        check.remarks << AddressText::tr(
            "The source route \"%1\" is obsolete and ignored (RFC 5321 s.4.1.2, Appendix C).")
                             .arg(path.sourceRoute);
        mailbox = inner.sliced(colon + 1);
    }
    const Check mailboxCheck = checkMailbox(mailbox, path, true);
    check.error = mailboxCheck.error;
    check.remarks << mailboxCheck.remarks;
    check.needsUtf8 = mailboxCheck.needsUtf8;
    check.utf8Domain = mailboxCheck.utf8Domain;
    return check;
}

qsizetype findPathEnd(QStringView text)
{
    bool quoted = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                quoted = false;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u'>') {
            return i;
        }
    }
    return -1;
}

} // namespace SmtpTutor::AddressSyntax
