#include "commandparser.h"

#include "addresssyntax.h"
#include "commandparsing.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

// How this parser relates to the real server it imitates.
//
// The replies are those of Postfix 3.7 with smtpd_helo_required=yes and
// strict_rfc821_envelopes=yes, checked against a running Postfix (tools/postfix/start) line by
// line. Where RFC 5321 forbids a form that Postfix nevertheless accepts (".bob@example.com", a
// space after "FROM:", an unqualified "<bob>", "_" in a domain), the command is accepted like
// Postfix does and the objection goes to Command::remarks for the learner. A few malformed
// bracket forms that Postfix's RFC 822 tokenizer happens to accept ("< bob@example.com>",
// "<<bob@example.com>>", "<a@b@example.com>", "<bob@[192.0.2.1>") are rejected here as
// RFC 5321 s.4.1.2 says; and a line over 512 octets is refused as s.4.5.3.1.4 says, where
// Postfix reads up to its line_length_limit (2048).

namespace SmtpTutor {

namespace {

using AddressSyntax::Check;
using AddressSyntax::checkDomain;
using AddressSyntax::checkMailbox;
using AddressSyntax::checkPathInner;
using AddressSyntax::findPathEnd;
using AddressSyntax::isAsciiAlpha;
using AddressSyntax::isAsciiDigit;
using AddressSyntax::isSpace;
using CommandParsing::Grouping;
using CommandParsing::makeFault;
using CommandParsing::parseParameters;
using CommandParsing::ParserText;
using CommandParsing::splitWords;
using Kind = SyntaxFaultKind;

// "FROM:" or "TO:" and the spaces around it: what follows it, or nothing after a fault.
std::optional<QStringView> afterPrefix(QStringView argument, Command &cmd)
{
    const bool mail = cmd.verb == Verb::Mail;
    const QLatin1String prefix = mail ? QLatin1String("FROM:") : QLatin1String("TO:");
    const QString section = mail ? QStringLiteral("RFC 5321 s.4.1.1.2") : QStringLiteral("RFC 5321 s.4.1.1.3");

    // No "FROM:" / "TO:" at all (Postfix: 501 5.5.4 Syntax; Exim reads it as an unknown command),
    // or nothing after it.
    QStringView rest = argument;
    while (!rest.isEmpty() && isSpace(rest.first()))
        rest = rest.sliced(1);
    if (rest.size() != argument.size())
        cmd.remarks << ParserText::tr(
            "RFC 5321 puts exactly one space after the command word; Postfix accepts more.");
    const auto syntax = [&](const QString &why, bool prefixGiven = false) {
        const Kind kind = prefixGiven ? (mail ? Kind::MailWithoutAddress : Kind::RcptWithoutAddress)
                                      : (mail ? Kind::MailSyntax : Kind::RcptSyntax);
        cmd.fault = makeFault(kind, why, section);
    };
    if (!rest.startsWith(prefix, Qt::CaseInsensitive)) {
        syntax(mail
                ? ParserText::tr("MAIL must be followed by \"FROM:\" and the sender in angle brackets.")
                : ParserText::tr("RCPT must be followed by \"TO:\" and the recipient in angle brackets."));
        return std::nullopt;
    }
    rest = rest.sliced(prefix.size());
    if (!rest.isEmpty() && isSpace(rest.first())) {
        cmd.remarks << ParserText::tr("RFC 5321 s.4.1.1 has no space after \"%1\"; Postfix tolerates it.")
                           .arg(prefix);
        while (!rest.isEmpty() && isSpace(rest.first()))
            rest = rest.sliced(1);
    }
    if (rest.isEmpty()) {
        syntax(mail ? ParserText::tr("The sender address is missing after \"FROM:\".")
                    : ParserText::tr("The recipient address is missing after \"TO:\"."),
            true);
        return std::nullopt;
    }
    return rest;
}

// The path in angle brackets (RFC 5321 s.4.1.2) and what RFC 6531 asks of UTF-8 in it: the
// index of its closing ">" in `rest`, or -1 after a fault.
qsizetype readPath(QStringView rest, Command &cmd, bool smtpUtf8Transaction)
{
    const bool mail = cmd.verb == Verb::Mail;
    const auto badAddress = [&](const QString &why) {
        const qsizetype word = rest.indexOf(u' ');
        cmd.fault = makeFault(mail ? Kind::BadSenderAddress : Kind::BadRecipientAddress, why,
                              QStringLiteral("RFC 5321 s.4.1.2"), (word < 0 ? rest : rest.first(word)).toString());
    };
    // strict_rfc821_envelopes=yes: the path must be in angle brackets (RFC 5321 s.4.1.2 Path).
    if (!rest.startsWith(u'<')) {
        badAddress(
            ParserText::tr("The address must be written in angle brackets, e.g. <alice@example.com>."));
        return -1;
    }
    const qsizetype end = findPathEnd(rest);
    if (end < 0) {
        badAddress(ParserText::tr("The closing \">\" of the address is missing."));
        return -1;
    }
    if (end + 1 < rest.size() && !isSpace(rest[end + 1])) {
        badAddress(ParserText::tr("Parameters must be separated from the address by a space."));
        return -1;
    }

    const QStringView inner = rest.sliced(1, end - 1);
    if (!mail && inner.isEmpty()) {
        // RFC 5321 s.4.1.1.3: the null path is a reverse-path only.
        badAddress(
            ParserText::tr("\"<>\" is only allowed as a sender (MAIL FROM:<>), never as a recipient."));
        return -1;
    }
    const Check check = checkPathInner(inner, cmd.path);
    cmd.remarks << check.remarks;
    cmd.needsSmtpUtf8 = check.needsUtf8;
    if (!check.ok()) {
        badAddress(check.error);
        return -1;
    }

    // RFC 6531 s.3.4: UTF-8 in the envelope needs SMTPUTF8. Postfix looks for the SMTPUTF8
    // keyword first and then refuses a UTF-8 domain without it (a UTF-8 local part it lets
    // through), before it checks any other parameter; so do we.
    bool utf8 = smtpUtf8Transaction;
    if (mail) {
        utf8 = false;
        for (QStringView word : splitWords(rest.sliced(end + 1)))
            utf8 = utf8 || word.compare(QLatin1String("SMTPUTF8"), Qt::CaseInsensitive) == 0;
    }
    if (check.utf8Domain && !utf8) {
        badAddress(mail
                ? ParserText::tr("A domain with non-ASCII letters needs the SMTPUTF8 parameter (RFC 6531).")
                : ParserText::tr(
                    "A domain with non-ASCII letters needs a transaction started with SMTPUTF8 (RFC 6531)."));
        return -1;
    }
    if (check.needsUtf8 && !utf8) {
        cmd.remarks << ParserText::tr(
            "Non-ASCII letters in an address need SMTPUTF8 (RFC 6531 s.3.4); Postfix lets a "
            "local part through without it.");
    }

    return end;
}

void parseMailOrRcpt(QStringView argument, Command &cmd, bool smtpUtf8Transaction)
{
    const std::optional<QStringView> rest = afterPrefix(argument, cmd);
    if (!rest)
        return;
    const qsizetype end = readPath(*rest, cmd, smtpUtf8Transaction);
    if (end < 0)
        return;
    parseParameters(rest->sliced(end + 1), cmd);
}

void parseHelo(QStringView argument, Command &cmd)
{
    const QStringView domain = argument.trimmed();
    if (domain.isEmpty()) {
        cmd.fault = makeFault(Kind::MissingHeloDomain,
            ParserText::tr(
                "%1 needs the client's own host name or address literal, e.g. %1 client.example.org.")
                .arg(verbName(cmd.verb)),
            QStringLiteral("RFC 5321 s.4.1.1.1"), verbName(cmd.verb));
        return;
    }
    cmd.domain = domain.toString();
    // Postfix (without reject_invalid_helo_hostname) takes any text here; RFC 5321 s.4.1.1.1
    // wants a domain or an address literal.
    const Check check = checkDomain(domain);
    cmd.remarks << check.remarks;
    if (!check.ok() || domain.contains(u' ')) {
        cmd.remarks << ParserText::tr(
            "\"%1\" is not a domain name or address literal (RFC 5321 s.4.1.1.1); Postfix "
            "accepts it anyway.")
                           .arg(cmd.domain);
    }
}

void parseNoArgument(QStringView argument, Command &cmd, const QString &section)
{
    if (argument.trimmed().isEmpty())
        return;
    cmd.fault = makeFault(Kind::UnexpectedArgument,
        ParserText::tr("%1 takes no argument.").arg(verbName(cmd.verb)), section, verbName(cmd.verb));
}

void parseVrfy(QStringView argument, Command &cmd)
{
    QList<QStringView> words = splitWords(argument, Grouping::QuotesAndBrackets);
    // RFC 6531 s.3.7.4: a trailing SMTPUTF8 keyword; Postfix drops it before anything else.
    if (!words.isEmpty() && words.last().compare(QLatin1String("SMTPUTF8"), Qt::CaseInsensitive) == 0)
        words.removeLast();
    if (words.isEmpty()) {
        cmd.fault
            = makeFault(Kind::VrfySyntax, ParserText::tr("VRFY needs the user name or address to check."),
                QStringLiteral("RFC 5321 s.4.1.1.6"));
        return;
    }
    const auto bad = [&](const QString &why) {
        cmd.fault = makeFault(Kind::BadRecipientAddress, why, QStringLiteral("RFC 5321 s.3.5.3"),
                              argument.trimmed().toString());
    };
    if (words.size() > 1) {
        bad(ParserText::tr("VRFY takes one name or address; a name with spaces must be quoted."));
        return;
    }
    QStringView word = words.first();
    // Postfix does not insist on angle brackets here (strict_rfc821_envelopes covers MAIL/RCPT),
    // and takes a quoted name ("VRFY \"bob smith\"") or a bare user name as they are.
    if (word.startsWith(u'<')) {
        const qsizetype end = findPathEnd(word);
        if (end != word.size() - 1) {
            bad(ParserText::tr("The closing \">\" of the address is missing."));
            return;
        }
        word = word.sliced(1, end - 1);
        if (word.isEmpty()) {
            bad(ParserText::tr("VRFY needs a name or address, not \"<>\"."));
            return;
        }
    }
    if (word.startsWith(u'@') && !word.contains(u':')) {
        cmd.remarks
            << ParserText::tr("\"%1\" has no local part; Postfix looks it up anyway.").arg(word.toString());
        cmd.path.domain = word.sliced(1).toString();
        return;
    }
    const Check check = checkPathInner(word, cmd.path);
    cmd.remarks << check.remarks;
    cmd.needsSmtpUtf8 = check.needsUtf8;
    if (!check.ok())
        bad(check.error);
}

void parseAuth(QStringView argument, Command &cmd)
{
    // RFC 4954 s.4: AUTH mechanism [initial-response].
    const QList<QStringView> words = splitWords(argument);
    if (words.isEmpty() || words.size() > 2) {
        cmd.fault = makeFault(Kind::AuthSyntax,
            words.isEmpty() ? ParserText::tr("AUTH needs a mechanism name, e.g. AUTH PLAIN.")
                            : ParserText::tr("AUTH takes a mechanism and at most one initial response."),
            QStringLiteral("RFC 4954 s.4"));
        return;
    }
    cmd.authMechanism = words.first().toString().toUpper();
    if (words.size() == 2)
        cmd.authInitialResponse = words.at(1).toString();
}

// Postfix 3.7 smtpd: is_header() on the first word, or a match in smtpd_forbidden_commands
// (default "CONNECT GET POST regexp:{{/^[^A-Z]/ Bogus}}"): a client that sends "Subject: ..." or
// "GET / HTTP/1.1" is not speaking SMTP, or is being abused to smuggle commands.
bool looksForbidden(const QString &word)
{
    if (word.isEmpty())
        return false;
    if (!isAsciiAlpha(word.front()))
        return true; // regexp:{{/^[^A-Z]/ Bogus}} (Postfix regexp tables ignore case)
    for (const char *forbidden : {"CONNECT", "GET", "POST"}) {
        if (word.compare(QLatin1String(forbidden), Qt::CaseInsensitive) == 0)
            return true;
    }
    // A header name: printable ASCII other than ":" up to the first ":".
    const qsizetype colon = word.indexOf(u':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const char16_t c = word[i].unicode();
        if (c < 33 || c > 126)
            return false;
    }
    return true;
}

// The first word of a raw line, after leading white space.
QByteArrayView firstWord(QByteArrayView line)
{
    qsizetype start = 0;
    while (start < line.size() && (line[start] == ' ' || line[start] == '\t'))
        ++start;
    qsizetype end = start;
    while (end < line.size() && line[end] != ' ' && line[end] != '\t')
        ++end;
    return line.sliced(start, end - start);
}

bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

struct VerbEntry
{
    const char *name;
    Verb verb;
};

constexpr VerbEntry verbs[] = {
    {"HELO", Verb::Helo}, {"EHLO", Verb::Ehlo}, {"MAIL", Verb::Mail}, {"RCPT", Verb::Rcpt},
    {"DATA", Verb::Data}, {"RSET", Verb::Rset}, {"NOOP", Verb::Noop}, {"QUIT", Verb::Quit},
    {"VRFY", Verb::Vrfy}, {"EXPN", Verb::Expn}, {"HELP", Verb::Help},
    {"STARTTLS", Verb::StartTls}, {"AUTH", Verb::Auth},
};

} // namespace

Command CommandParser::parse(QByteArrayView line)
{
    return parse(line, false);
}

namespace {

SyntaxFault forbiddenFault(const QString &word)
{
    return makeFault(Kind::ForbiddenCommand,
        ParserText::tr("\"%1\" looks like a message header or a web request, not an SMTP command. Message "
                       "headers belong after DATA.")
            .arg(word),
        QStringLiteral("RFC 5321 s.4.1.1"), word);
}

Verb verbNamed(QByteArrayView word)
{
    for (const VerbEntry &entry : verbs) {
        if (word.compare(QByteArrayView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.verb;
    }
    return Verb::Unknown;
}

// What is wrong with the line as a whole, before it is read as words: these faults are answered
// before the server looks at the session state.
bool refuseWholeLine(QByteArrayView line, Command &cmd)
{
    // A header or an HTTP request line is refused first, whatever else is wrong with the line
    // (it may be long or not UTF-8): the client is not speaking SMTP at all. Only an ASCII first
    // word is judged here; anything else falls to the UTF-8 check below.
    const QByteArrayView leading = firstWord(line);
    if (isAscii(leading) && looksForbidden(QString::fromLatin1(leading))) {
        cmd.verbText = QString::fromLatin1(leading);
        cmd.fault = forbiddenFault(cmd.verbText);
        return true;
    }
    // RFC 5321 s.4.5.3.1.4: 512 octets including CRLF (Postfix reads up to 2048). Checked before
    // the bytes are decoded, because the practice server drops a far longer line unread and must
    // give the same answer as for one it read whole (one fault, one reply).
    if (line.size() + 2 > CommandParser::MaxCommandLineLength) {
        cmd.verb = verbNamed(leading);
        cmd.fault = makeFault(Kind::LineTooLong,
            ParserText::tr("A command line may be at most %1 octets including CRLF; this one has %2.")
                .arg(CommandParser::MaxCommandLineLength)
                .arg(line.size() + 2),
            QStringLiteral("RFC 5321 s.4.5.3.1.4"), QString::number(line.size() + 2));
        return true;
    }
    if (!line.isValidUtf8()) {
        cmd.fault = makeFault(Kind::InvalidUtf8, ParserText::tr("The line is not valid UTF-8."),
            QStringLiteral("RFC 6531 s.3.2"));
        return true;
    }
    return false;
}

// The verb and the argument after the first space (RFC 5321 s.4.1.1: "verb SP argument").
void splitVerb(const QString &text, Command &cmd)
{
    const QStringView rest(text);
    qsizetype start = 0;
    while (start < rest.size() && isSpace(rest[start]))
        ++start;
    qsizetype verbEnd = start;
    while (verbEnd < rest.size() && !isSpace(rest[verbEnd]))
        ++verbEnd;
    cmd.verbText = rest.sliced(start, verbEnd - start).toString();
    cmd.argument = verbEnd < rest.size() ? rest.sliced(verbEnd + 1).toString() : QString();
    if (start > 0)
        cmd.remarks << ParserText::tr("The line begins with white space; Postfix ignores it.");
    cmd.verb = verbNamed(cmd.verbText.toUtf8());
}

// Each verb's own grammar (RFC 5321 s.4.1.1, RFC 3207, RFC 4954).
void parseArgument(Command &cmd, bool smtpUtf8Transaction)
{
    const QStringView argument(cmd.argument);
    switch (cmd.verb) {
    case Verb::Helo:
    case Verb::Ehlo:
        return parseHelo(argument, cmd);
    case Verb::Mail:
    case Verb::Rcpt:
        return parseMailOrRcpt(argument, cmd, smtpUtf8Transaction);
    case Verb::Data:
        return parseNoArgument(argument, cmd, QStringLiteral("RFC 5321 s.4.1.1.4"));
    case Verb::Rset:
        return parseNoArgument(argument, cmd, QStringLiteral("RFC 5321 s.4.1.1.5"));
    case Verb::StartTls:
        return parseNoArgument(argument, cmd, QStringLiteral("RFC 3207 s.4"));
    case Verb::Quit:
        // RFC 5321 s.4.1.1.10: QUIT takes no argument, but Postfix says 221 regardless.
        if (!argument.trimmed().isEmpty())
            cmd.remarks << ParserText::tr("QUIT takes no argument (RFC 5321 s.4.1.1.10); Postfix ignores it.");
        return;
    case Verb::Noop:
        return; // RFC 5321 s.4.1.1.9: "NOOP [ SP String ]"; the string is ignored.
    case Verb::Vrfy:
        return parseVrfy(argument, cmd);
    case Verb::Expn:
    case Verb::Help:
        // RFC 5321 s.4.5.1 does not require EXPN or HELP; whether a server has them is its persona's
        // business (Postfix answers them like any unknown word).
        cmd.fault = makeFault(Kind::NotImplemented,
            ParserText::tr("%1 is optional (RFC 5321 s.4.5.1), and many servers leave it out.")
                .arg(verbName(cmd.verb)),
            QStringLiteral("RFC 5321 s.4.5.1"), verbName(cmd.verb));
        return;
    case Verb::Auth:
        return parseAuth(argument, cmd);
    case Verb::Unknown:
        cmd.fault = looksForbidden(cmd.verbText)
            ? forbiddenFault(cmd.verbText)
            : makeFault(Kind::UnknownCommand,
                ParserText::tr("\"%1\" is not an SMTP command this server knows.").arg(cmd.verbText),
                QStringLiteral("RFC 5321 s.4.2.4"), cmd.verbText);
        return;
    }
}

} // namespace

Command CommandParser::parse(QByteArrayView line, bool smtpUtf8Transaction)
{
    Command cmd;
    if (refuseWholeLine(line, cmd))
        return cmd;
    splitVerb(QString::fromUtf8(line), cmd);
    if (cmd.verbText.isEmpty()) {
        cmd.fault = makeFault(Kind::EmptyLine, ParserText::tr("The line is empty."), QStringLiteral("RFC 5321 s.4.1.1"));
        return cmd;
    }
    parseArgument(cmd, smtpUtf8Transaction);
    return cmd;
}

std::optional<MailPath> CommandParser::parseMailbox(QStringView text)
{
    // Strict RFC 5321 s.4.1.2 Mailbox: a domain is required, the dot-string must be proper,
    // and the Postfix leniencies reported as remarks above count as faults here.
    MailPath path;
    const Check check = checkMailbox(text, path, false);
    if (!check.ok() || !check.remarks.isEmpty())
        return std::nullopt;
    return path;
}

} // namespace SmtpTutor
