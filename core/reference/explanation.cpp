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

QString Explanation::toText(int width) const
{
    if (!isValid())
        return wrap(error, width, QString(), QString());

    QString out;
    if (reply) {
        // The lines may come from a real server: show them escaped, never raw.
        out += QStringLiteral("Reply:\n");
        for (const QString &line : reply->wireLines()) {
            QString shown = line;
            if (shown.endsWith(QLatin1Char('\n')))
                shown.chop(1);
            out += QStringLiteral("  ") + escapeForDisplay(shown.toUtf8()) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    // A known text says more than its code: it comes first.
    if (pattern) {
        out += wrap(QStringLiteral("Recognised: %1").arg(pattern->title), width, QString(), QStringLiteral("  "));
        out += field(QStringLiteral("Who says this"), pattern->sender, width);
        out += field(QStringLiteral("Cause"), pattern->cause, width);
        out += field(QStringLiteral("What to do"), pattern->action, width);
        out += field(QStringLiteral("Source"), pattern->source, width);
        out += QLatin1Char('\n');
    }

    if (kind == Kind::Reply || kind == Kind::ReplyCode) {
        const QString meaning = replyInfo ? replyInfo->meaning : QStringLiteral("not in the reference");
        const QString classTitle
            = replyClassInfo ? replyClassInfo->title.toLower() : QStringLiteral("unknown class");
        out += wrap(QStringLiteral("Reply code %1: %2 (%3)").arg(replyCode).arg(meaning, classTitle), width,
            QString(), QStringLiteral("  "));
        if (replyInfo)
            out += wrap(replyInfo->description, width, QStringLiteral("  "), QStringLiteral("  "));
        if (replyClassInfo)
            out += field(
                QStringLiteral("Class %1xx").arg(replyClassInfo->digit), replyClassInfo->description, width);
        if (replyInfo) {
            out += bullets(QStringLiteral("Common causes"), replyInfo->causes, width);
            out += field(QStringLiteral("What to do"), replyInfo->action, width);
            if (!replyInfo->enhancedCodes.isEmpty())
                out += field(QStringLiteral("Often seen with"),
                    replyInfo->enhancedCodes.join(QStringLiteral(", ")), width);
            out += field(QStringLiteral("Defined in"), replyInfo->reference(), width);
        }
        out += QLatin1Char('\n');
    }

    if (enhanced) {
        const EnhancedStatus &status = enhanced->status;
        out += wrap(QStringLiteral("Enhanced code %1: %2").arg(status.toString(), enhanced->title), width,
            QString(), QStringLiteral("  "));
        out += wrap(enhanced->description, width, QStringLiteral("  "), QStringLiteral("  "));
        if (!enhanced->classNote.isEmpty())
            out += field(
                QStringLiteral("With class %1").arg(status.statusClass()), enhanced->classNote, width);
        out += field(QStringLiteral("Class %1").arg(status.statusClass()),
            QStringLiteral("%1. %2").arg(enhanced->classInfo.title, enhanced->classInfo.description), width);
        // An unlisted detail already shows the subject's description as its own.
        if (enhanced->subjectKnown && enhanced->listed) {
            out += field(QStringLiteral("Subject %1").arg(status.subject()),
                QStringLiteral("%1. %2").arg(enhanced->subjectInfo.title, enhanced->subjectInfo.description),
                width);
        }
        if (!enhanced->replyCodes.isEmpty() && kind == Kind::EnhancedCode) {
            QStringList codes;
            for (int code : enhanced->replyCodes)
                codes.append(QString::number(code));
            out += field(QStringLiteral("Usually seen with"), codes.join(QStringLiteral(", ")), width);
        }
        out += field(QStringLiteral("Defined in"), enhanced->reference(), width);
        out += QLatin1Char('\n');
    }

    if (port) {
        out += wrap(QStringLiteral("Port %1: %2").arg(port->port).arg(port->name), width, QString(),
            QStringLiteral("  "));
        out += field(QStringLiteral("Protocol"), port->protocol, width);
        out += field(QStringLiteral("Encryption"), port->encryption, width);
        out += field(QStringLiteral("Use"), port->use, width);
        out += bullets(QStringLiteral("Watch out"), port->watchOut, width);
        out += field(QStringLiteral("Defined in"),
            port->standard ? port->reference()
                           : QStringLiteral("no RFC: this port is a convention, not a standard"),
            width);
        out += QLatin1Char('\n');
    }

    if (command) {
        out += wrap(QStringLiteral("Command %1").arg(command->name), width, QString(), QStringLiteral("  "));
        out += field(QStringLiteral("Syntax"), command->syntax, width);
        out += field(QStringLiteral("Purpose"), command->purpose, width);
        out += field(QStringLiteral("Allowed"), command->allowedWhen, width);
        out += field(QStringLiteral("Example"), command->example, width);
        if (!command->extension.isEmpty())
            out += field(QStringLiteral("Needs the EHLO keyword"), command->extension, width);
        QStringList replies;
        for (const TypicalReply &typical : command->typicalReplies)
            replies.append(QStringLiteral("%1 %2 (%3)").arg(typical.code).arg(typical.text, typical.when));
        out += bullets(QStringLiteral("Typical replies"), replies, width);
        out += field(QStringLiteral("Defined in"), command->reference(), width);
        out += QLatin1Char('\n');
    }

    if (!notes.isEmpty()) {
        out += QStringLiteral("Notes:\n");
        for (const QString &note : notes)
            out += wrap(note, width, QStringLiteral("  - "), QStringLiteral("    "));
        out += QLatin1Char('\n');
    }
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

    if (reply) {
        QJsonObject replyObject;
        replyObject.insert(QLatin1String("code"), reply->code());
        replyObject.insert(QLatin1String("lines"), toJsonArray(reply->lines()));
        replyObject.insert(QLatin1String("multiline"), reply->isMultiline());
        object.insert(QLatin1String("reply"), replyObject);
    }

    if (pattern) {
        QJsonObject recognised;
        recognised.insert(QLatin1String("id"), pattern->id);
        recognised.insert(QLatin1String("sender"), pattern->sender);
        recognised.insert(QLatin1String("title"), pattern->title);
        recognised.insert(QLatin1String("cause"), pattern->cause);
        recognised.insert(QLatin1String("action"), pattern->action);
        recognised.insert(QLatin1String("source"), pattern->source);
        if (!pattern->vendorCode.isEmpty())
            recognised.insert(QLatin1String("vendorCode"), pattern->vendorCode);
        object.insert(QLatin1String("recognised"), recognised);
    }

    if (kind == Kind::Reply || kind == Kind::ReplyCode) {
        QJsonObject code;
        code.insert(QLatin1String("code"), replyCode);
        code.insert(QLatin1String("class"), replyClassName(replyClass));
        code.insert(QLatin1String("known"), replyInfo.has_value());
        if (replyClassInfo) {
            code.insert(QLatin1String("classTitle"), replyClassInfo->title);
            code.insert(QLatin1String("classDescription"), replyClassInfo->description);
        }
        if (replyCategory) {
            code.insert(QLatin1String("category"), replyCategory->title);
            code.insert(QLatin1String("categoryDescription"), replyCategory->description);
        }
        if (replyInfo) {
            code.insert(QLatin1String("meaning"), replyInfo->meaning);
            code.insert(QLatin1String("description"), replyInfo->description);
            code.insert(QLatin1String("causes"), toJsonArray(replyInfo->causes));
            code.insert(QLatin1String("action"), replyInfo->action);
            code.insert(QLatin1String("rfc"), replyInfo->rfc);
            code.insert(QLatin1String("section"), replyInfo->section);
            code.insert(QLatin1String("reference"), replyInfo->reference());
            code.insert(QLatin1String("enhancedCodes"), toJsonArray(replyInfo->enhancedCodes));
            code.insert(QLatin1String("example"), replyInfo->example);
        }
        object.insert(QLatin1String("replyCode"), code);
    }

    if (enhanced) {
        QJsonObject code;
        code.insert(QLatin1String("code"), enhanced->status.toString());
        code.insert(QLatin1String("known"), enhanced->listed);
        code.insert(QLatin1String("title"), enhanced->title);
        code.insert(QLatin1String("description"), enhanced->description);
        if (!enhanced->classNote.isEmpty())
            code.insert(QLatin1String("classNote"), enhanced->classNote);
        code.insert(QLatin1String("class"), enhanced->status.statusClass());
        code.insert(QLatin1String("classTitle"), enhanced->classInfo.title);
        code.insert(QLatin1String("classDescription"), enhanced->classInfo.description);
        code.insert(QLatin1String("subject"), enhanced->status.subject());
        if (enhanced->subjectKnown) {
            code.insert(QLatin1String("subjectTitle"), enhanced->subjectInfo.title);
            code.insert(QLatin1String("subjectDescription"), enhanced->subjectInfo.description);
        }
        code.insert(QLatin1String("detail"), enhanced->status.detail());
        code.insert(QLatin1String("rfc"), enhanced->rfc);
        code.insert(QLatin1String("section"), enhanced->section);
        code.insert(QLatin1String("reference"), enhanced->reference());
        code.insert(QLatin1String("replyCodes"), toJsonArray(enhanced->replyCodes));
        object.insert(QLatin1String("enhancedCode"), code);
    }

    if (port) {
        QJsonObject portObject;
        portObject.insert(QLatin1String("port"), port->port);
        portObject.insert(QLatin1String("name"), port->name);
        portObject.insert(QLatin1String("protocol"), port->protocol);
        portObject.insert(QLatin1String("encryption"), port->encryption);
        portObject.insert(QLatin1String("tls"), PortInfo::tlsName(port->tls));
        portObject.insert(QLatin1String("standard"), port->standard);
        portObject.insert(QLatin1String("use"), port->use);
        portObject.insert(QLatin1String("watchOut"), toJsonArray(port->watchOut));
        portObject.insert(QLatin1String("rfc"), port->rfc);
        portObject.insert(QLatin1String("section"), port->section);
        portObject.insert(QLatin1String("reference"), port->reference());
        object.insert(QLatin1String("port"), portObject);
    }

    if (command) {
        QJsonObject commandObject;
        commandObject.insert(QLatin1String("name"), command->name);
        commandObject.insert(QLatin1String("syntax"), command->syntax);
        commandObject.insert(QLatin1String("purpose"), command->purpose);
        commandObject.insert(QLatin1String("allowedWhen"), command->allowedWhen);
        commandObject.insert(QLatin1String("example"), command->example);
        commandObject.insert(QLatin1String("extension"), command->extension);
        QJsonArray replies;
        for (const TypicalReply &typical : command->typicalReplies) {
            replies.append(QJsonObject { { QLatin1String("code"), typical.code },
                { QLatin1String("text"), typical.text }, { QLatin1String("when"), typical.when } });
        }
        commandObject.insert(QLatin1String("typicalReplies"), replies);
        commandObject.insert(QLatin1String("rfc"), command->rfc);
        commandObject.insert(QLatin1String("section"), command->section);
        commandObject.insert(QLatin1String("reference"), command->reference());
        object.insert(QLatin1String("command"), commandObject);
    }

    object.insert(QLatin1String("notes"), toJsonArray(notes));
    return object;
}

} // namespace SmtpTutor
