#include "explainer.h"

#include "protocol/escape.h"
#include "protocol/replyparser.h"
#include "replypatterns.h"

#include <QRegularExpression>

namespace SmtpTutor {

namespace {

QString portList(const ReferenceCatalog &catalog)
{
    QStringList numbers;
    for (const PortInfo &port : catalog.allPorts())
        numbers.append(QString::number(port.port));
    return numbers.join(QStringLiteral(", "));
}

QString classWords(ReplyClass replyClass)
{
    switch (replyClass) {
    case ReplyClass::Success:
        return QStringLiteral("success");
    case ReplyClass::Intermediate:
        return QStringLiteral("intermediate, waiting for more");
    case ReplyClass::Temporary:
        return QStringLiteral("temporary failure");
    case ReplyClass::Permanent:
        return QStringLiteral("permanent failure");
    case ReplyClass::Unknown:
        break;
    }
    return QStringLiteral("not a valid class");
}

} // namespace

Explainer::Explainer(const ReferenceCatalog &catalog)
    : m_catalog(catalog)
{
}

Explanation Explainer::unknown(const QString &input, const QString &error)
{
    Explanation explanation;
    explanation.input = input;
    explanation.error = error;
    explanation.summary = error;
    return explanation;
}

Explanation Explainer::explain(QStringView input) const
{
    if (input.size() > MaxInputLength)
        return unknown(QString(),
            QStringLiteral("The text is too long to explain (more than %1 characters); paste only the reply.")
                .arg(MaxInputLength));
    QString text = input.toString().trimmed();
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.isEmpty()) {
        return unknown(text,
            QStringLiteral("Nothing to explain. Give a reply line (550 5.1.1 ...), a reply code (421), "
                           "an enhanced status code (5.7.1), a port (587) or a command (EHLO)."));
    }

    if (!text.contains(QLatin1Char('\n'))) {
        // An enhanced status code on its own: class.subject.detail (RFC 3463 s.2).
        static const QRegularExpression enhancedShape(QStringLiteral("^\\d\\.\\d{1,3}\\.\\d{1,3}$"));
        if (enhancedShape.match(text).hasMatch()) {
            if (const auto status = EnhancedStatus::parse(text))
                return explainEnhancedStatus(*status);
            return unknown(text,
                QStringLiteral("%1 is not an enhanced status code: its first number, the class, "
                               "must be 2, 4 or 5 (RFC 3463 s.2).")
                    .arg(text));
        }
        // A number: a reply code or a port; "port 25" and ":25" ask for the port explicitly.
        static const QRegularExpression numberShape(
            QStringLiteral("^(port\\s*|:)?(\\d{1,5})$"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch number = numberShape.match(text);
        if (number.hasMatch())
            return explainNumber(number.captured(2), number.capturedLength(1) > 0);
        // A command, alone or with its arguments ("RCPT TO:<bob@example.com>").
        static const QRegularExpression verbShape(QStringLiteral("^([A-Za-z]{4,8})(?:[ :]|$)"));
        const QRegularExpressionMatch verb = verbShape.match(text);
        if (verb.hasMatch()) {
            if (const CommandInfo *command = m_catalog.command(verb.capturedView(1))) {
                Explanation explanation = explainCommand(*command);
                explanation.input = text;
                return explanation;
            }
        }
    }

    // Transcripts mark server lines ("S: 250 ...", swaks and smtp-tutor-cli "<-  250 ...");
    // without the marks they can be read as replies, and client lines are left out.
    static const QRegularExpression serverMark(
        QStringLiteral("^(?:S:|<[-~*]{1,3}|<<<)\\s*(?=\\d{3}(?:[ -]|$))"),
        QRegularExpression::MultilineOption);
    text.remove(serverMark);
    static const QRegularExpression replyStart(
        QStringLiteral("^\\d{3}(?:[ -]|$)"), QRegularExpression::MultilineOption);
    if (replyStart.match(text).hasMatch())
        return explainReplyText(text);
    return explainEmbedded(text);
}

Explanation Explainer::explainReplyText(const QString &text) const
{
    QStringList notes;
    QStringList lines;
    int skipped = 0;
    static const QRegularExpression codeStart(QStringLiteral("^\\d{3}(?:[ -]|$)"));
    const QStringList rawLines = text.split(QLatin1Char('\n'));
    for (const QString &raw : rawLines) {
        const QString line = raw.trimmed();
        if (codeStart.match(line).hasMatch())
            lines.append(line);
        else if (!line.isEmpty())
            ++skipped;
    }
    if (skipped > 0) {
        notes.append(
            QStringLiteral("%1 line(s) without a reply code were left out (a client command or other text).")
                .arg(skipped));
    }
    // RFC 5321 s.4.2.1: the last line of a reply has a space after the code. A paste often
    // stops in the middle of a multi-line reply; take what is there as the whole reply.
    if (!lines.isEmpty() && lines.last().size() > 3 && lines.last().at(3) == QLatin1Char('-')) {
        lines.last()[3] = QLatin1Char(' ');
        notes.append(QStringLiteral("The last line had a hyphen after the code, which marks a continuation; "
                                    "the reply was read as if it ended there."));
    }

    ReplyParser parser;
    for (const QString &line : std::as_const(lines)) {
        if (!parser.feed(QByteArray(line.toUtf8() + "\r\n")))
            break;
    }
    if (parser.hasError()) {
        return unknown(text,
            QStringLiteral("This looks like an SMTP reply, but it is malformed: %1")
                .arg(parser.errorString()));
    }
    QList<Reply> replies;
    while (auto reply = parser.takeReply())
        replies.append(*reply);
    if (replies.isEmpty())
        return unknown(text, QStringLiteral("No complete SMTP reply was found in the text."));

    // In a pasted transcript the interesting reply is the first one that failed.
    qsizetype chosen = 0;
    for (qsizetype i = 0; i < replies.size(); ++i) {
        if (replies.at(i).code() >= 400) {
            chosen = i;
            break;
        }
    }
    if (replies.size() > 1) {
        notes.append(
            QStringLiteral("The text holds %1 replies; this explains reply %2 (code %3). Paste the others "
                           "one at a time to explain them.")
                .arg(replies.size())
                .arg(chosen + 1)
                .arg(replies.at(chosen).code()));
    }
    Explanation explanation = explainReply(replies.at(chosen));
    explanation.input = text;
    explanation.notes = notes + explanation.notes;
    return explanation;
}

Explanation Explainer::explainEmbedded(const QString &text) const
{
    // A bounce message or a log line that quotes the server ("... said: 550 5.1.1 <x>: ...").
    static const QRegularExpression replyInside(
        QStringLiteral("(?<![\\d.])([2-5]\\d\\d)[ -]([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])"));
    const QRegularExpressionMatch reply = replyInside.match(text);
    if (reply.hasMatch()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), reply.capturedStart());
        if (end < 0)
            end = text.size();
        const QString line = text.mid(reply.capturedStart(), end - reply.capturedStart());
        Explanation explanation = explainReplyText(line);
        if (explanation.isValid()) {
            explanation.input = text;
            // The quoted line is pasted text (often a bounce from a remote server): escaped like
            // any other server text, so a control byte in it cannot reach the terminal.
            explanation.notes.prepend(QStringLiteral("Found the server reply \"%1\" inside the text.")
                                          .arg(escapeForDisplay(line.trimmed().toUtf8())));
            return explanation;
        }
    }
    static const QRegularExpression enhancedInside(
        QStringLiteral("(?<![\\d.])([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])"));
    const QRegularExpressionMatch enhanced = enhancedInside.match(text);
    if (enhanced.hasMatch()) {
        if (const auto status = EnhancedStatus::parse(enhanced.capturedView(1))) {
            Explanation explanation = explainEnhancedStatus(*status);
            explanation.input = text;
            explanation.notes.prepend(
                QStringLiteral("Found the enhanced status code %1 inside the text.").arg(status->toString()));
            return explanation;
        }
    }
    return unknown(text,
        QStringLiteral("Could not recognise this. Give a reply line (550 5.1.1 ...), a reply code (421), "
                       "an enhanced status code (5.7.1), a port (%1) or a command (EHLO).")
            .arg(portList(m_catalog)));
}

Explanation Explainer::explainNumber(const QString &digits, bool portOnly) const
{
    const int number = digits.toInt();
    const bool codeShaped = !portOnly && digits.size() == 3;
    if (codeShaped && m_catalog.replyCode(number))
        return explainReplyCode(number);
    if (m_catalog.port(number)) {
        Explanation explanation = explainPort(number);
        explanation.input = digits;
        return explanation;
    }
    // RFC 5321 s.4.2: Reply-code = %x32-35 %x30-35 %x30-39, listed in the reference or not.
    if (codeShaped && number >= 200 && number <= 599 && number / 10 % 10 <= 5)
        return explainReplyCode(number);
    if (portOnly) {
        return unknown(digits,
            QStringLiteral("Port %1 is not one of the mail ports SMTP Tutor describes (%2).")
                .arg(digits, portList(m_catalog)));
    }
    return unknown(digits,
        QStringLiteral("%1 is neither an SMTP reply code (2yz to 5yz, second digit 0 to 5) nor one of the "
                       "mail ports (%2).")
            .arg(digits, portList(m_catalog)));
}

void Explainer::describeReplyCode(Explanation &explanation, int code) const
{
    explanation.replyCode = code;
    explanation.replyClass = replyClassForCode(code);
    if (const ReplyClassInfo *classInfo = m_catalog.replyClass(code / 100))
        explanation.replyClassInfo = *classInfo;
    if (const ReplyCategoryInfo *category = m_catalog.replyCategory(code / 10 % 10))
        explanation.replyCategory = *category;
    if (const ReplyCodeInfo *info = m_catalog.replyCode(code)) {
        explanation.replyInfo = *info;
        return;
    }
    QString note
        = QStringLiteral("%1 is not a code SMTP Tutor's reference lists, so only its digits can be read: "
                         "the first says %2")
              .arg(code)
              .arg(classWords(explanation.replyClass));
    if (explanation.replyCategory)
        note += QStringLiteral(", the second that it is %1.").arg(explanation.replyCategory->description);
    else
        note += QStringLiteral("; RFC 5321 s.4.2.1 gives no meaning to a second digit of %1.")
                    .arg(code / 10 % 10);
    explanation.notes.append(note);
}

Explanation Explainer::explainReplyCode(int code) const
{
    Explanation explanation;
    explanation.kind = Explanation::Kind::ReplyCode;
    explanation.input = QString::number(code);
    describeReplyCode(explanation, code);
    explanation.summary = QStringLiteral("%1 %2: %3")
                              .arg(code)
                              .arg(classWords(explanation.replyClass),
                                  explanation.replyInfo ? explanation.replyInfo->meaning
                                                        : QStringLiteral("not in the reference"));
    return explanation;
}

Explanation Explainer::explainReply(const Reply &reply) const
{
    Explanation explanation;
    explanation.kind = Explanation::Kind::Reply;
    explanation.reply = reply;
    explanation.input = reply.wireLines().join(QString()).trimmed();
    describeReplyCode(explanation, reply.code());
    explanation.summary = QStringLiteral("%1 %2: %3")
                              .arg(reply.code())
                              .arg(classWords(explanation.replyClass),
                                  explanation.replyInfo ? explanation.replyInfo->meaning
                                                        : QStringLiteral("not in the reference"));

    if (const auto status = reply.enhancedStatus()) {
        explanation.enhanced = m_catalog.enhancedCode(*status);
        explanation.summary += QStringLiteral("; %1 %2").arg(status->toString(), explanation.enhanced->title);
        // RFC 3463 s.2 / RFC 2034 s.3: the class of the enhanced code repeats the first digit of
        // the reply code. A mismatch is a server bug, and the reply code is what counts.
        if (status->statusClass() != reply.code() / 100) {
            explanation.notes.append(
                QStringLiteral("The enhanced code %1 does not agree with the reply code %2: its first "
                               "digit should be %3. Clients act on the reply code.")
                    .arg(status->toString())
                    .arg(reply.code())
                    .arg(reply.code() / 100));
        }
    } else if (reply.code() >= 400) {
        explanation.notes.append(
            QStringLiteral("The reply has no enhanced status code. Servers that announce "
                           "ENHANCEDSTATUSCODES in their EHLO reply (RFC 2034) put one such as "
                           "%1.1.1 after the number, which says more precisely what went wrong.")
                .arg(reply.code() / 100));
    }
    recognise(explanation, reply);
    if (explanation.replyInfo && reply.code() == 421) {
        explanation.notes.append(
            QStringLiteral("After a 421 the server closes the connection (RFC 5321 s.3.8); "
                           "nothing more can be sent in this session."));
    }
    return explanation;
}

// The reply's words, when a known sender uses them, name the cause more precisely than the code:
// the summary says that cause, and a vendor's own enhanced code (not in the IANA registry) is
// explained from the table instead of being called unknown.
void Explainer::recognise(Explanation &explanation, const Reply &reply)
{
    const ReplyPattern *pattern = ReplyPatternTable::instance().match(reply);
    if (!pattern)
        return;
    explanation.pattern = *pattern;
    explanation.summary = QStringLiteral("%1 %2: %3 (%4)")
                              .arg(reply.code())
                              .arg(classWords(explanation.replyClass), pattern->title, pattern->sender);
    const auto status = reply.enhancedStatus();
    if (status && explanation.enhanced && !explanation.enhanced->listed
        && status->toString() == pattern->vendorCode) {
        explanation.notes.append(QStringLiteral("%1 is not in the IANA registry of enhanced status codes: it is "
                                                "a code of %2's own, meaning: %3.")
                                     .arg(pattern->vendorCode, pattern->sender, pattern->title));
    }
}

Explanation Explainer::explainEnhancedStatus(const EnhancedStatus &status) const
{
    Explanation explanation;
    explanation.kind = Explanation::Kind::EnhancedCode;
    explanation.input = status.toString();
    explanation.enhanced = m_catalog.enhancedCode(status);
    explanation.summary = QStringLiteral("%1 %2: %3")
                              .arg(status.toString(), explanation.enhanced->classInfo.title.toLower(),
                                  explanation.enhanced->title);
    if (!explanation.enhanced->listed) {
        explanation.notes.append(
            QStringLiteral("The registry does not list detail %1 for subject %2; the meaning "
                           "shown comes from the class and the subject alone.")
                .arg(status.detail())
                .arg(status.subject()));
    }
    return explanation;
}

Explanation Explainer::explainPort(int port) const
{
    const PortInfo *info = m_catalog.port(port);
    if (!info) {
        return unknown(QString::number(port),
            QStringLiteral("Port %1 is not one of the mail ports SMTP Tutor describes (%2).")
                .arg(port)
                .arg(portList(m_catalog)));
    }
    Explanation explanation;
    explanation.kind = Explanation::Kind::Port;
    explanation.input = QString::number(port);
    explanation.port = *info;
    explanation.summary = QStringLiteral("Port %1: %2, %3").arg(port).arg(info->name, info->encryption);
    return explanation;
}

Explanation Explainer::explainCommand(const CommandInfo &command) const
{
    Explanation explanation;
    explanation.kind = Explanation::Kind::Command;
    explanation.input = command.name;
    explanation.command = command;
    explanation.summary = QStringLiteral("%1: %2").arg(command.syntax, command.purpose);
    return explanation;
}

} // namespace SmtpTutor
