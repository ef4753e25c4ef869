#include "explanation.h"

#include "protocol/escape.h"

#include <QJsonArray>

namespace SmtpTutor {

namespace {

// Word-wraps one paragraph: the first line starts with `indent`, the following ones with
// `hanging`. Words longer than a line are kept whole rather than broken.
QString wrap(const QString &text, int width, const QString &indent, const QString &hanging)
{
    QString result;
    QString line = indent;
    bool lineHasWord = false;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (lineHasWord && line.size() + 1 + word.size() > width) {
            result += line + QLatin1Char('\n');
            line = hanging;
            lineHasWord = false;
        }
        if (lineHasWord)
            line += QLatin1Char(' ');
        line += word;
        lineHasWord = true;
    }
    result += line + QLatin1Char('\n');
    return result;
}

QString field(const QString &label, const QString &text, int width)
{
    return wrap(
        QStringLiteral("%1: %2").arg(label, text), width, QStringLiteral("  "), QStringLiteral("    "));
}

QString bullets(const QString &label, const QStringList &items, int width)
{
    QString result = QStringLiteral("  %1:\n").arg(label);
    for (const QString &item : items)
        result += wrap(item, width, QStringLiteral("    - "), QStringLiteral("      "));
    return result;
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray toJsonArray(const QList<int> &list)
{
    QJsonArray array;
    for (int value : list)
        array.append(value);
    return array;
}

} // namespace

QString Explanation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Reply:
        return QStringLiteral("reply");
    case Kind::ReplyCode:
        return QStringLiteral("replyCode");
    case Kind::EnhancedCode:
        return QStringLiteral("enhancedCode");
    case Kind::Port:
        return QStringLiteral("port");
    case Kind::Command:
        return QStringLiteral("command");
    case Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

namespace {

// ---- text: one block per thing recognised, in the order toText() prints them

QString replyLinesText(const Reply &reply)
{
    // The lines may come from a real server: show them escaped, never raw.
    QString out = QStringLiteral("Reply:\n");
    for (const QString &line : reply.wireLines()) {
        QString shown = line;
        if (shown.endsWith(QLatin1Char('\n')))
            shown.chop(1);
        out += QStringLiteral("  ") + escapeForDisplay(shown.toUtf8()) + QLatin1Char('\n');
    }
    return out + QLatin1Char('\n');
}

QString patternText(const ReplyPattern &pattern, int width)
{
    QString out = wrap(QStringLiteral("Recognised: %1").arg(pattern.title), width, QString(), QStringLiteral("  "));
    out += field(QStringLiteral("Who says this"), pattern.sender, width);
    out += field(QStringLiteral("Cause"), pattern.cause, width);
    out += field(QStringLiteral("What to do"), pattern.action, width);
    out += field(QStringLiteral("Source"), pattern.source, width);
    return out + QLatin1Char('\n');
}

QString replyCodeText(const Explanation &e, int width)
{
    const QString meaning = e.replyInfo ? e.replyInfo->meaning : QStringLiteral("not in the reference");
    const QString classTitle
        = e.replyClassInfo ? e.replyClassInfo->title.toLower() : QStringLiteral("unknown class");
    QString out = wrap(QStringLiteral("Reply code %1: %2 (%3)").arg(e.replyCode).arg(meaning, classTitle), width,
        QString(), QStringLiteral("  "));
    if (e.replyInfo)
        out += wrap(e.replyInfo->description, width, QStringLiteral("  "), QStringLiteral("  "));
    if (e.replyClassInfo)
        out += field(
            QStringLiteral("Class %1xx").arg(e.replyClassInfo->digit), e.replyClassInfo->description, width);
    if (e.replyInfo) {
        out += bullets(QStringLiteral("Common causes"), e.replyInfo->causes, width);
        out += field(QStringLiteral("What to do"), e.replyInfo->action, width);
        if (!e.replyInfo->enhancedCodes.isEmpty())
            out += field(QStringLiteral("Often seen with"),
                e.replyInfo->enhancedCodes.join(QStringLiteral(", ")), width);
        out += field(QStringLiteral("Defined in"), e.replyInfo->reference(), width);
    }
    return out + QLatin1Char('\n');
}

// withReplyCodes: only an enhanced code asked about on its own lists the reply codes it comes with.
QString enhancedText(const EnhancedCodeDescription &enhanced, bool withReplyCodes, int width)
{
    const EnhancedStatus &status = enhanced.status;
    QString out = wrap(QStringLiteral("Enhanced code %1: %2").arg(status.toString(), enhanced.title), width,
        QString(), QStringLiteral("  "));
    out += wrap(enhanced.description, width, QStringLiteral("  "), QStringLiteral("  "));
    if (!enhanced.classNote.isEmpty())
        out += field(QStringLiteral("With class %1").arg(status.statusClass()), enhanced.classNote, width);
    out += field(QStringLiteral("Class %1").arg(status.statusClass()),
        QStringLiteral("%1. %2").arg(enhanced.classInfo.title, enhanced.classInfo.description), width);
    // An unlisted detail already shows the subject's description as its own.
    if (enhanced.subjectKnown && enhanced.listed) {
        out += field(QStringLiteral("Subject %1").arg(status.subject()),
            QStringLiteral("%1. %2").arg(enhanced.subjectInfo.title, enhanced.subjectInfo.description), width);
    }
    if (!enhanced.replyCodes.isEmpty() && withReplyCodes) {
        QStringList codes;
        for (int code : enhanced.replyCodes)
            codes.append(QString::number(code));
        out += field(QStringLiteral("Usually seen with"), codes.join(QStringLiteral(", ")), width);
    }
    out += field(QStringLiteral("Defined in"), enhanced.reference(), width);
    return out + QLatin1Char('\n');
}

QString portText(const PortInfo &port, int width)
{
    QString out = wrap(QStringLiteral("Port %1: %2").arg(port.port).arg(port.name), width, QString(),
        QStringLiteral("  "));
    out += field(QStringLiteral("Protocol"), port.protocol, width);
    out += field(QStringLiteral("Encryption"), port.encryption, width);
    out += field(QStringLiteral("Use"), port.use, width);
    out += bullets(QStringLiteral("Watch out"), port.watchOut, width);
    out += field(QStringLiteral("Defined in"),
        port.standard ? port.reference() : QStringLiteral("no RFC: this port is a convention, not a standard"),
        width);
    return out + QLatin1Char('\n');
}

QString commandText(const CommandInfo &command, int width)
{
    QString out = wrap(QStringLiteral("Command %1").arg(command.name), width, QString(), QStringLiteral("  "));
    out += field(QStringLiteral("Syntax"), command.syntax, width);
    out += field(QStringLiteral("Purpose"), command.purpose, width);
    out += field(QStringLiteral("Allowed"), command.allowedWhen, width);
    out += field(QStringLiteral("Example"), command.example, width);
    if (!command.extension.isEmpty())
        out += field(QStringLiteral("Needs the EHLO keyword"), command.extension, width);
    QStringList replies;
    for (const TypicalReply &typical : command.typicalReplies)
        replies.append(QStringLiteral("%1 %2 (%3)").arg(typical.code).arg(typical.text, typical.when));
    out += bullets(QStringLiteral("Typical replies"), replies, width);
    out += field(QStringLiteral("Defined in"), command.reference(), width);
    return out + QLatin1Char('\n');
}

QString notesText(const QStringList &notes, int width)
{
    QString out = QStringLiteral("Notes:\n");
    for (const QString &note : notes)
        out += wrap(note, width, QStringLiteral("  - "), QStringLiteral("    "));
    return out + QLatin1Char('\n');
}

// ---- JSON: one object per thing recognised, under the keys toJson() gives them

QJsonObject replyJson(const Reply &reply)
{
    QJsonObject object;
    object.insert(QLatin1String("code"), reply.code());
    object.insert(QLatin1String("lines"), toJsonArray(reply.lines()));
    object.insert(QLatin1String("multiline"), reply.isMultiline());
    return object;
}

QJsonObject patternJson(const ReplyPattern &pattern)
{
    QJsonObject recognised;
    recognised.insert(QLatin1String("id"), pattern.id);
    recognised.insert(QLatin1String("sender"), pattern.sender);
    recognised.insert(QLatin1String("title"), pattern.title);
    recognised.insert(QLatin1String("cause"), pattern.cause);
    recognised.insert(QLatin1String("action"), pattern.action);
    recognised.insert(QLatin1String("source"), pattern.source);
    if (!pattern.vendorCode.isEmpty())
        recognised.insert(QLatin1String("vendorCode"), pattern.vendorCode);
    return recognised;
}

QJsonObject replyCodeJson(const Explanation &e)
{
    QJsonObject code;
    code.insert(QLatin1String("code"), e.replyCode);
    code.insert(QLatin1String("class"), replyClassName(e.replyClass));
    code.insert(QLatin1String("known"), e.replyInfo.has_value());
    if (e.replyClassInfo) {
        code.insert(QLatin1String("classTitle"), e.replyClassInfo->title);
        code.insert(QLatin1String("classDescription"), e.replyClassInfo->description);
    }
    if (e.replyCategory) {
        code.insert(QLatin1String("category"), e.replyCategory->title);
        code.insert(QLatin1String("categoryDescription"), e.replyCategory->description);
    }
    if (e.replyInfo) {
        code.insert(QLatin1String("meaning"), e.replyInfo->meaning);
        code.insert(QLatin1String("description"), e.replyInfo->description);
        code.insert(QLatin1String("causes"), toJsonArray(e.replyInfo->causes));
        code.insert(QLatin1String("action"), e.replyInfo->action);
        code.insert(QLatin1String("rfc"), e.replyInfo->rfc);
        code.insert(QLatin1String("section"), e.replyInfo->section);
        code.insert(QLatin1String("reference"), e.replyInfo->reference());
        code.insert(QLatin1String("enhancedCodes"), toJsonArray(e.replyInfo->enhancedCodes));
        code.insert(QLatin1String("example"), e.replyInfo->example);
    }
    return code;
}

QJsonObject enhancedJson(const EnhancedCodeDescription &enhanced)
{
    QJsonObject code;
    code.insert(QLatin1String("code"), enhanced.status.toString());
    code.insert(QLatin1String("known"), enhanced.listed);
    code.insert(QLatin1String("title"), enhanced.title);
    code.insert(QLatin1String("description"), enhanced.description);
    if (!enhanced.classNote.isEmpty())
        code.insert(QLatin1String("classNote"), enhanced.classNote);
    code.insert(QLatin1String("class"), enhanced.status.statusClass());
    code.insert(QLatin1String("classTitle"), enhanced.classInfo.title);
    code.insert(QLatin1String("classDescription"), enhanced.classInfo.description);
    code.insert(QLatin1String("subject"), enhanced.status.subject());
    if (enhanced.subjectKnown) {
        code.insert(QLatin1String("subjectTitle"), enhanced.subjectInfo.title);
        code.insert(QLatin1String("subjectDescription"), enhanced.subjectInfo.description);
    }
    code.insert(QLatin1String("detail"), enhanced.status.detail());
    code.insert(QLatin1String("rfc"), enhanced.rfc);
    code.insert(QLatin1String("section"), enhanced.section);
    code.insert(QLatin1String("reference"), enhanced.reference());
    code.insert(QLatin1String("replyCodes"), toJsonArray(enhanced.replyCodes));
    return code;
}

QJsonObject portJson(const PortInfo &port)
{
    QJsonObject object;
    object.insert(QLatin1String("port"), port.port);
    object.insert(QLatin1String("name"), port.name);
    object.insert(QLatin1String("protocol"), port.protocol);
    object.insert(QLatin1String("encryption"), port.encryption);
    object.insert(QLatin1String("tls"), PortInfo::tlsName(port.tls));
    object.insert(QLatin1String("standard"), port.standard);
    object.insert(QLatin1String("use"), port.use);
    object.insert(QLatin1String("watchOut"), toJsonArray(port.watchOut));
    object.insert(QLatin1String("rfc"), port.rfc);
    object.insert(QLatin1String("section"), port.section);
    object.insert(QLatin1String("reference"), port.reference());
    return object;
}

QJsonObject commandJson(const CommandInfo &command)
{
    QJsonObject object;
    object.insert(QLatin1String("name"), command.name);
    object.insert(QLatin1String("syntax"), command.syntax);
    object.insert(QLatin1String("purpose"), command.purpose);
    object.insert(QLatin1String("allowedWhen"), command.allowedWhen);
    object.insert(QLatin1String("example"), command.example);
    object.insert(QLatin1String("extension"), command.extension);
    QJsonArray replies;
    for (const TypicalReply &typical : command.typicalReplies) {
        replies.append(QJsonObject { { QLatin1String("code"), typical.code },
            { QLatin1String("text"), typical.text }, { QLatin1String("when"), typical.when } });
    }
    object.insert(QLatin1String("typicalReplies"), replies);
    object.insert(QLatin1String("rfc"), command.rfc);
    object.insert(QLatin1String("section"), command.section);
    object.insert(QLatin1String("reference"), command.reference());
    return object;
}

} // namespace

QString Explanation::toText(int width) const
{
    if (!isValid())
        return wrap(error, width, QString(), QString());

    QString out;
    if (reply)
        out += replyLinesText(*reply);
    if (pattern)
        out += patternText(*pattern, width); // a known text says more than its code: it comes first
    if (kind == Kind::Reply || kind == Kind::ReplyCode)
        out += replyCodeText(*this, width);
    if (enhanced)
        out += enhancedText(*enhanced, kind == Kind::EnhancedCode, width);
    if (port)
        out += portText(*port, width);
    if (command)
        out += commandText(*command, width);
    if (!notes.isEmpty())
        out += notesText(notes, width);
    while (out.endsWith(QLatin1String("\n\n")))
        out.chop(1);
    return out;
}

QJsonObject Explanation::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("input"), input);
    object.insert(QLatin1String("kind"), kindName(kind));
    object.insert(QLatin1String("summary"), summary);
    if (!isValid()) {
        object.insert(QLatin1String("error"), error);
        return object;
    }
    if (reply)
        object.insert(QLatin1String("reply"), replyJson(*reply));
    if (pattern)
        object.insert(QLatin1String("recognised"), patternJson(*pattern));
    if (kind == Kind::Reply || kind == Kind::ReplyCode)
        object.insert(QLatin1String("replyCode"), replyCodeJson(*this));
    if (enhanced)
        object.insert(QLatin1String("enhancedCode"), enhancedJson(*enhanced));
    if (port)
        object.insert(QLatin1String("port"), portJson(*port));
    if (command)
        object.insert(QLatin1String("command"), commandJson(*command));
    object.insert(QLatin1String("notes"), toJsonArray(notes));
    return object;
}

} // namespace SmtpTutor
