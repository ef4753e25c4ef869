// The ESMTP parameters of MAIL FROM and RCPT TO (RFC 5321 s.4.1.2, RFC 1870, RFC 3461, RFC 6152,
// RFC 6531), and how a command's argument is cut into words.
#include "commandparsing.h"

#include "addresssyntax.h"

namespace SmtpTutor::CommandParsing {

using AddressSyntax::isAsciiDigit;
using AddressSyntax::isSpace;
using Kind = SyntaxFaultKind;

QList<QStringView> splitWords(QStringView text, Grouping grouping)
{
    QList<QStringView> words;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isSpace(text[i]))
            ++i;
        const qsizetype start = i;
        QChar closing;
        while (i < text.size() && (!closing.isNull() || !isSpace(text[i]))) {
            const QChar c = text[i];
            if (!closing.isNull()) {
                if (c == u'\\' && closing == u'"')
                    ++i;
                else if (c == closing)
                    closing = QChar();
            } else if (grouping == Grouping::QuotesAndBrackets) {
                if (c == u'"')
                    closing = u'"';
                else if (c == u'<')
                    closing = u'>';
            }
            ++i;
        }
        if (i > start)
            words.append(text.sliced(start, qMin(i, text.size()) - start));
    }
    return words;
}

namespace {

bool isXtext(QStringView text)
{
    // RFC 3461 s.4: xtext = *( xchar / hexchar ), hexchar = "+" 2(%x30-39 / %x41-46)
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'+') {
            if (i + 2 >= text.size())
                return false;
            for (int k = 1; k <= 2; ++k) {
                const char16_t h = text[i + k].unicode();
                if (!((h >= u'0' && h <= u'9') || (h >= u'A' && h <= u'F')))
                    return false;
            }
            i += 2;
        } else if (c < 33 || c > 126 || c == u'=') {
            return false;
        }
    }
    return true;
}

EsmtpParameter readParameter(QStringView word)
{
    EsmtpParameter parameter;
    const qsizetype eq = word.indexOf(u'=');
    parameter.keyword = (eq < 0 ? word : word.first(eq)).toString().toUpper();
    if (eq >= 0) {
        parameter.value = word.sliced(eq + 1).toString();
        parameter.hasValue = true;
    }
    return parameter;
}

// RFC 5321 s.4.1.1.11 allows 555 for a parameter the server does not recognise.
SyntaxFault unsupported(QStringView word, const QString &why)
{
    return makeFault(Kind::UnsupportedParameter, why, QStringLiteral("RFC 5321 s.4.1.1.11"), word.toString());
}

SyntaxFault unknownParameter(QStringView word)
{
    return unsupported(word, ParserText::tr("The server does not know the parameter \"%1\".").arg(word.toString()));
}

// MAIL's parameters: BODY (RFC 6152), SIZE (RFC 1870), AUTH (RFC 4954), ENVID and RET
// (RFC 3461), SMTPUTF8 (RFC 6531).
std::optional<SyntaxFault> checkMailParameter(const EsmtpParameter &parameter, QStringView word)
{
    const QString &key = parameter.keyword;
    const QString upperValue = parameter.value.toUpper();
    const auto bad = [&](Kind kind, const QString &why, const QString &section) {
        return makeFault(kind, why, section, word.toString());
    };
    if (key == QLatin1String("SMTPUTF8"))
        return parameter.hasValue ? std::optional(unknownParameter(word)) : std::nullopt; // a bare keyword
    if (!parameter.hasValue)
        return unknownParameter(word);
    if (key == QLatin1String("BODY")) {
        // RFC 6152 s.2: BODY=7BIT or BODY=8BITMIME; Postfix knows no other (no BINARYMIME).
        if (upperValue != QLatin1String("7BIT") && upperValue != QLatin1String("8BITMIME"))
            return unsupported(word,
                ParserText::tr("BODY takes 7BIT or 8BITMIME (RFC 6152); this server knows no other value."));
    } else if (key == QLatin1String("SIZE")) {
        // RFC 1870 s.6: size-value = 1*20DIGIT
        bool digits = !parameter.value.isEmpty();
        for (QChar c : std::as_const(parameter.value))
            digits = digits && isAsciiDigit(c);
        if (!digits)
            return bad(Kind::BadSizeParameter,
                ParserText::tr("SIZE= takes the message size in bytes, digits only (RFC 1870)."),
                QStringLiteral("RFC 1870 s.6"));
    } else if (key == QLatin1String("AUTH")) {
        // RFC 4954 s.5: AUTH=<mailbox as xtext> or AUTH=<>; Postfix uses it only after AUTH.
    } else if (key == QLatin1String("ENVID")) {
        if (parameter.value.isEmpty() || parameter.value.size() > 100 || !isXtext(parameter.value))
            return bad(Kind::BadEnvidParameter,
                ParserText::tr("ENVID= takes an identifier written as xtext (RFC 3461 s.4.4)."),
                QStringLiteral("RFC 3461 s.4.4"));
    } else if (key == QLatin1String("RET")) {
        if (upperValue != QLatin1String("FULL") && upperValue != QLatin1String("HDRS"))
            return bad(Kind::BadRetParameter, ParserText::tr("RET= takes FULL or HDRS (RFC 3461 s.4.3)."),
                QStringLiteral("RFC 3461 s.4.3"));
    } else {
        return unknownParameter(word);
    }
    return std::nullopt;
}

// RCPT's parameters: NOTIFY and ORCPT (RFC 3461).
std::optional<SyntaxFault> checkRcptParameter(const EsmtpParameter &parameter, QStringView word)
{
    const QString &key = parameter.keyword;
    const QString upperValue = parameter.value.toUpper();
    if (key == QLatin1String("NOTIFY") && parameter.hasValue) {
        // RFC 3461 s.4.1: NEVER, or a list of SUCCESS, FAILURE, DELAY.
        const QStringList items = upperValue.split(u',');
        bool valid = !upperValue.isEmpty();
        for (const QString &item : items) {
            valid = valid
                && (item == QLatin1String("SUCCESS") || item == QLatin1String("FAILURE")
                    || item == QLatin1String("DELAY") || (item == QLatin1String("NEVER") && items.size() == 1));
        }
        if (!valid)
            return makeFault(Kind::BadNotifyParameter,
                ParserText::tr("NOTIFY= takes NEVER or a list of SUCCESS, FAILURE and DELAY (RFC 3461 s.4.1)."),
                QStringLiteral("RFC 3461 s.4.1"), word.toString());
        return std::nullopt;
    }
    if (key == QLatin1String("ORCPT") && parameter.hasValue) {
        // RFC 3461 s.4.2: ORCPT=addr-type;xtext
        const qsizetype semicolon = parameter.value.indexOf(u';');
        if (semicolon <= 0 || !isXtext(QStringView(parameter.value).sliced(semicolon + 1)))
            return makeFault(Kind::BadOrcptParameter,
                ParserText::tr("ORCPT= takes an address type, \";\" and the address as xtext (RFC 3461 s.4.2)."),
                QStringLiteral("RFC 3461 s.4.2"), word.toString());
        return std::nullopt;
    }
    return unknownParameter(word);
}

} // namespace

// ESMTP parameters after the path (RFC 5321 s.4.1.2 Mail-parameters / Rcpt-parameters).
// Checked in the order Postfix's smtpd checks them; the first bad one decides the reply, and
// the rest are still collected.
void parseParameters(QStringView rest, Command &cmd)
{
    const bool mail = cmd.verb == Verb::Mail;
    for (QStringView word : splitWords(rest)) {
        const EsmtpParameter parameter = readParameter(word);
        cmd.parameters.append(parameter);
        if (!cmd.fault)
            cmd.fault = mail ? checkMailParameter(parameter, word) : checkRcptParameter(parameter, word);
    }
}

} // namespace SmtpTutor::CommandParsing
