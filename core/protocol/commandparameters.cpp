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

} // namespace

// ESMTP parameters after the path (RFC 5321 s.4.1.2 Mail-parameters / Rcpt-parameters).
// Checked in the order Postfix's smtpd checks them; the first bad one decides the reply.
void parseParameters(QStringView rest, Command &cmd)
{
    const bool mail = cmd.verb == Verb::Mail;
    for (QStringView word : splitWords(rest)) {
        EsmtpParameter parameter;
        const qsizetype eq = word.indexOf(u'=');
        parameter.keyword = (eq < 0 ? word : word.first(eq)).toString().toUpper();
        if (eq >= 0) {
            parameter.value = word.sliced(eq + 1).toString();
            parameter.hasValue = true;
        }
        cmd.parameters.append(parameter);
        if (cmd.fault)
            continue; // keep collecting; the first fault stands

        const QString &key = parameter.keyword;
        const QString upperValue = parameter.value.toUpper();
        const auto unsupported = [&](const QString &why) {
            // RFC 5321 s.4.1.1.11 allows 555 for a parameter the server does not recognise.
            cmd.fault = makeFault(Kind::UnsupportedParameter, why, QStringLiteral("RFC 5321 s.4.1.1.11"),
                                  word.toString());
        };
        const auto bad = [&](Kind kind, const QString &why, const QString &section) {
            cmd.fault = makeFault(kind, why, section, word.toString());
        };

        if (mail && key == QLatin1String("BODY") && parameter.hasValue) {
            // RFC 6152 s.2: BODY=7BIT or BODY=8BITMIME; Postfix knows no other (no BINARYMIME).
            if (upperValue != QLatin1String("7BIT") && upperValue != QLatin1String("8BITMIME"))
                unsupported(ParserText::tr(
                    "BODY takes 7BIT or 8BITMIME (RFC 6152); this server knows no other value."));
        } else if (mail && key == QLatin1String("SIZE") && parameter.hasValue) {
            // RFC 1870 s.6: size-value = 1*20DIGIT
            bool digits = !parameter.value.isEmpty();
            for (QChar c : std::as_const(parameter.value))
                digits = digits && isAsciiDigit(c);
            if (!digits)
                bad(Kind::BadSizeParameter,
                    ParserText::tr("SIZE= takes the message size in bytes, digits only (RFC 1870)."),
                    QStringLiteral("RFC 1870 s.6"));
        } else if (mail && key == QLatin1String("AUTH") && parameter.hasValue) {
            // RFC 4954 s.5: AUTH=<mailbox as xtext> or AUTH=<>; Postfix uses it only after AUTH.
        } else if (mail && key == QLatin1String("ENVID") && parameter.hasValue) {
            if (parameter.value.isEmpty() || parameter.value.size() > 100 || !isXtext(parameter.value))
                bad(Kind::BadEnvidParameter,
                    ParserText::tr("ENVID= takes an identifier written as xtext (RFC 3461 s.4.4)."),
                    QStringLiteral("RFC 3461 s.4.4"));
        } else if (mail && key == QLatin1String("RET") && parameter.hasValue) {
            if (upperValue != QLatin1String("FULL") && upperValue != QLatin1String("HDRS"))
                bad(Kind::BadRetParameter, ParserText::tr("RET= takes FULL or HDRS (RFC 3461 s.4.3)."),
                    QStringLiteral("RFC 3461 s.4.3"));
        } else if (mail && key == QLatin1String("SMTPUTF8") && !parameter.hasValue) {
            // RFC 6531 s.3.4: a keyword without a value.
        } else if (!mail && key == QLatin1String("NOTIFY") && parameter.hasValue) {
            // RFC 3461 s.4.1: NEVER, or a list of SUCCESS, FAILURE, DELAY.
            const QStringList items = upperValue.split(u',');
            bool valid = !upperValue.isEmpty();
            for (const QString &item : items) {
                valid = valid && (item == QLatin1String("SUCCESS") || item == QLatin1String("FAILURE")
                                  || item == QLatin1String("DELAY")
                                  || (item == QLatin1String("NEVER") && items.size() == 1));
            }
            if (!valid)
                bad(Kind::BadNotifyParameter,
                    ParserText::tr(
                        "NOTIFY= takes NEVER or a list of SUCCESS, FAILURE and DELAY (RFC 3461 s.4.1)."),
                    QStringLiteral("RFC 3461 s.4.1"));
        } else if (!mail && key == QLatin1String("ORCPT") && parameter.hasValue) {
            // RFC 3461 s.4.2: ORCPT=addr-type;xtext
            const qsizetype semicolon = parameter.value.indexOf(u';');
            if (semicolon <= 0 || !isXtext(QStringView(parameter.value).sliced(semicolon + 1)))
                bad(Kind::BadOrcptParameter,
                    ParserText::tr(
                        "ORCPT= takes an address type, \";\" and the address as xtext (RFC 3461 s.4.2)."),
                    QStringLiteral("RFC 3461 s.4.2"));
        } else {
            unsupported(
                ParserText::tr("The server does not know the parameter \"%1\".").arg(word.toString()));
        }
    }
}

} // namespace SmtpTutor::CommandParsing
