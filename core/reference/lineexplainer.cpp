#include "lineexplainer.h"

#include "commandsuggestion.h"
#include "protocol/commandparser.h"

#include <QLocale>

namespace SmtpTutor {

namespace {

// The index of the first line of the reply that the server entry at `index` belongs to.
qsizetype firstLineOfReply(const QList<TranscriptEntry> &entries, qsizetype index)
{
    qsizetype first = index;
    while (first > 0 && entries.at(first - 1).direction == Direction::Server
           && !entries.at(first - 1).isLastLineOfReply)
        --first;
    return first;
}

// The client line the reply starting at `first` answers: the nearest client entry before it,
// skipping the tool's notes ("TLS started ..."). -1 when the reply came unasked (a greeting).
qsizetype requestOf(const QList<TranscriptEntry> &entries, qsizetype first)
{
    for (qsizetype i = first - 1; i >= 0; --i) {
        switch (entries.at(i).direction) {
        case Direction::Client:
            return i;
        case Direction::Server:
            return -1;
        case Direction::Info:
        case Direction::Error:
            break;
        }
    }
    return -1;
}

// The words of an EHLO line. RFC 5321 s.4.1.1.1 separates keyword and parameters by spaces;
// old servers also wrote "AUTH=LOGIN PLAIN", which clients still read.
QStringList ehloWords(QStringView text)
{
    QString line = text.trimmed().toString();
    const qsizetype equals = line.indexOf(u'=');
    const qsizetype space = line.indexOf(u' ');
    if (equals > 0 && (space < 0 || equals < space))
        line[equals] = u' ';
    return line.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

QString EhloLineExplanation::summary() const
{
    if (greetingLine)
        return QStringLiteral("The server's name: %1").arg(extension.reference());
    const QString shown = (QStringList { keyword } + parameters).join(u' ');
    if (!known)
        return QStringLiteral("%1: an extension SMTP Tutor does not describe").arg(shown);
    return QStringLiteral("%1: %2 (%3)").arg(shown, extension.title, extension.reference());
}

LineExplainer::LineExplainer(const ReferenceCatalog &catalog)
    : m_catalog(catalog)
{
}

EhloLineExplanation LineExplainer::explainEhloLine(QStringView text, bool firstLine) const
{
    EhloLineExplanation result;
    if (firstLine) {
        result.greetingLine = true;
        result.known = true;
        result.extension = m_catalog.ehloGreeting();
        return result;
    }
    const QStringList words = ehloWords(text);
    result.keyword = words.value(0).toUpper();
    result.parameters = words.mid(1);
    if (const ExtensionInfo *info = m_catalog.extension(result.keyword)) {
        result.known = true;
        result.extension = *info;
    } else {
        result.extension = m_catalog.unknownExtension();
    }
    if (result.keyword == QLatin1String("SIZE"))
        result.parameterMeaning = describeSize(result.parameters);
    else if (result.keyword == QLatin1String("AUTH"))
        result.mechanisms = describeMechanisms(result.parameters);
    return result;
}

// RFC 1870 s.4: the optional number is the fixed maximum message size in octets; 0 (or no
// number) means the server announces no fixed maximum.
QString LineExplainer::describeSize(const QStringList &parameters) const
{
    if (parameters.isEmpty())
        return QStringLiteral("No number follows SIZE: the server announces no fixed limit.");
    bool ok = false;
    const qulonglong bytes = parameters.first().toULongLong(&ok);
    if (!ok)
        return QStringLiteral("\"%1\" is not a number; RFC 1870 s.4 allows only digits here.").arg(parameters.first());
    if (bytes == 0)
        return QStringLiteral("SIZE 0: this server sets no fixed limit on the message size.");
    const QLocale c = QLocale::c();
    return QStringLiteral("SIZE %1: a message may be at most %1 bytes (%2) long, headers and "
                          "attachments included. A larger one is refused with 552 5.3.4.")
        .arg(bytes)
        .arg(c.formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat));
}

QList<EhloLineExplanation::Mechanism> LineExplainer::describeMechanisms(const QStringList &names) const
{
    QList<EhloLineExplanation::Mechanism> mechanisms;
    for (const QString &name : names) {
        EhloLineExplanation::Mechanism mechanism;
        mechanism.name = name.toUpper();
        if (const AuthMechanismInfo *info = m_catalog.authMechanism(name)) {
            mechanism.description = info->description;
            mechanism.rfc = info->rfc;
            mechanism.clearPassword = info->clearPassword;
        }
        mechanisms.append(mechanism);
    }
    return mechanisms;
}

SentLineExplanation LineExplainer::explainSentLine(QStringView line, SentLineExplanation::Kind context) const
{
    SentLineExplanation result;
    if (context == SentLineExplanation::Kind::MessageLine || context == SentLineExplanation::Kind::AuthAnswer) {
        result.kind = context;
        return result;
    }
    if (line.trimmed().isEmpty()) {
        result.kind = SentLineExplanation::Kind::EmptyLine;
        return result;
    }
    const Command command = CommandParser::parse(line.toUtf8());
    const CommandInfo *info = command.verb != Verb::Unknown ? m_catalog.command(command.verb)
                                                            : m_catalog.command(QStringView(command.verbText));
    if (info) {
        result.kind = SentLineExplanation::Kind::Command;
        result.command = *info;
    }
    // A known verb can still be misspelt after it ("MAIL FORM:<a@b>").
    result.suggestion = CommandSuggestion(m_catalog).suggest(line);
    return result;
}

std::optional<EhloLineExplanation> LineExplainer::explainEhloEntry(const QList<TranscriptEntry> &entries,
                                                                   qsizetype index) const
{
    if (index < 0 || index >= entries.size())
        return std::nullopt;
    const TranscriptEntry &entry = entries.at(index);
    if (entry.direction != Direction::Server || entry.replyCode != 250)
        return std::nullopt;
    const qsizetype first = firstLineOfReply(entries, index);
    const qsizetype request = requestOf(entries, first);
    if (request < 0)
        return std::nullopt;
    const Command sent = CommandParser::parse(entries.at(request).text.toUtf8());
    if (sent.verb != Verb::Ehlo)
        return std::nullopt;
    return explainEhloLine(QStringView(entry.text).sliced(qMin<qsizetype>(4, entry.text.size())), index == first);
}

SentLineExplanation LineExplainer::explainClientEntry(const QList<TranscriptEntry> &entries, qsizetype index) const
{
    if (index < 0 || index >= entries.size() || entries.at(index).direction != Direction::Client)
        return {};
    // The last reply before this line decides what the server was waiting for.
    SentLineExplanation::Kind context = SentLineExplanation::Kind::Command;
    for (qsizetype i = index - 1; i >= 0; --i) {
        if (entries.at(i).direction != Direction::Server)
            continue;
        if (entries.at(i).replyCode == 354)
            context = SentLineExplanation::Kind::MessageLine;
        else if (entries.at(i).replyCode == 334)
            context = SentLineExplanation::Kind::AuthAnswer;
        break;
    }
    return explainSentLine(entries.at(index).text, context);
}

} // namespace SmtpTutor
