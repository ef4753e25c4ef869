// Reading and checking the reference catalog's JSON files: the ReferenceCatalog::load*
// members (reply codes, enhanced status codes, ports, commands, guide), the error collector
// addError(). The JSON helpers they share are in catalogjson.h.
#include "referencecatalog.h"

#include "catalogfiles.h"
#include "catalogjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace SmtpTutor {

using namespace CatalogFiles;
using namespace CatalogJson;

namespace {

PortInfo::Tls tlsFromName(QStringView name)
{
    if (name == u"starttls")
        return PortInfo::Tls::StartTls;
    if (name == u"implicit")
        return PortInfo::Tls::Implicit;
    return PortInfo::Tls::None;
}

Verb verbForName(const QString &name)
{
    for (int value = int(Verb::Helo); value < int(Verb::Unknown); ++value) {
        const Verb verb = Verb(value);
        if (verbName(verb).compare(name, Qt::CaseInsensitive) == 0)
            return verb;
    }
    return Verb::Unknown;
}

} // namespace

void ReferenceCatalog::addError(const QString &file, const QString &message)
{
    m_errors.append(QStringLiteral("%1: %2").arg(file, message));
}

void ReferenceCatalog::loadReplyCodes(const QString &path)
{
    QString error;
    const QJsonObject root = readObject(path, &error);
    if (!error.isEmpty())
        return addError(ReplyCodesFile, error);

    QStringList problems;
    const QJsonArray classes = root.value(QLatin1String("classes")).toArray();
    for (const QJsonValue &value : classes) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("class %1").arg(object.value(QLatin1String("digit")).toInt()));
        ReplyClassInfo info;
        info.digit = check.integer(object, "digit", 2, 5);
        info.name = check.text(object, "name");
        info.replyClass = replyClassFromName(info.name);
        info.title = check.text(object, "title");
        info.description = check.text(object, "description");
        if (info.replyClass != replyClassForCode(info.digit * 100))
            check.problem(QStringLiteral("name '%1' does not fit digit %2").arg(info.name).arg(info.digit));
        m_replyClasses.insert(info.digit, info);
    }
    if (m_replyClasses.size() != 4)
        problems.append(QStringLiteral("'classes' must describe the digits 2, 3, 4 and 5"));

    const QJsonArray categories = root.value(QLatin1String("categories")).toArray();
    for (const QJsonValue &value : categories) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("category %1").arg(object.value(QLatin1String("digit")).toInt()));
        ReplyCategoryInfo info;
        info.digit = check.integer(object, "digit", 0, 9);
        info.title = check.text(object, "title");
        info.description = check.text(object, "description");
        m_replyCategories.insert(info.digit, info);
    }

    const QJsonArray codes = root.value(QLatin1String("codes")).toArray();
    if (codes.isEmpty())
        problems.append(QStringLiteral("'codes' is missing or empty"));
    for (const QJsonValue &value : codes) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("code %1").arg(object.value(QLatin1String("code")).toInt()));
        ReplyCodeInfo info;
        info.code = check.integer(object, "code", 200, 599);
        info.meaning = check.text(object, "meaning");
        info.replyClass = replyClassFromName(check.text(object, "class"));
        info.description = check.text(object, "description");
        info.causes = check.texts(object, "causes");
        info.action = check.text(object, "action");
        info.rfc = check.text(object, "rfc");
        info.section = check.text(object, "section");
        info.enhancedCodes = check.texts(object, "enhancedCodes", false);
        info.example = check.text(object, "example");
        // RFC 5321 s.4.2.1: the class is the first digit; the data must not contradict it.
        if (info.replyClass != replyClassForCode(info.code))
            check.problem(QStringLiteral("class does not match the first digit"));
        for (const QString &enhanced : std::as_const(info.enhancedCodes)) {
            const auto status = EnhancedStatus::parse(enhanced);
            if (!status || status->statusClass() != info.code / 100)
                check.problem(
                    QStringLiteral("enhanced code '%1' is malformed or of another class").arg(enhanced));
        }
        if (!info.example.startsWith(QString::number(info.code)))
            check.problem(QStringLiteral("the example does not start with the code"));
        if (m_replyCodes.contains(info.code))
            check.problem(QStringLiteral("listed twice"));
        m_replyCodes.insert(info.code, info);
    }
    for (const QString &problem : std::as_const(problems))
        addError(ReplyCodesFile, problem);
}

void ReferenceCatalog::loadEnhancedCodes(const QString &path)
{
    QString error;
    const QJsonObject root = readObject(path, &error);
    if (!error.isEmpty())
        return addError(EnhancedCodesFile, error);

    QStringList problems;
    const QJsonArray classes = root.value(QLatin1String("classes")).toArray();
    for (const QJsonValue &value : classes) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("class %1").arg(object.value(QLatin1String("class")).toInt()));
        EnhancedClassInfo info;
        info.statusClass = check.integer(object, "class", 2, 5);
        info.title = check.text(object, "title");
        info.description = check.text(object, "description");
        m_enhancedClasses.insert(info.statusClass, info);
    }
    // RFC 3463 s.2: the only classes are 2, 4 and 5.
    if (m_enhancedClasses.keys() != QList<int> { 2, 4, 5 })
        problems.append(QStringLiteral("'classes' must describe exactly 2, 4 and 5"));

    const QJsonArray subjects = root.value(QLatin1String("subjects")).toArray();
    for (const QJsonValue &value : subjects) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("subject %1").arg(object.value(QLatin1String("subject")).toInt()));
        EnhancedSubjectInfo info;
        info.subject = check.integer(object, "subject", 0, 999);
        info.title = check.text(object, "title");
        info.description = check.text(object, "description");
        info.section = check.text(object, "section");
        m_enhancedSubjects.insert(info.subject, info);
    }

    const QJsonArray codes = root.value(QLatin1String("codes")).toArray();
    if (codes.isEmpty())
        problems.append(QStringLiteral("'codes' is missing or empty"));
    for (const QJsonValue &value : codes) {
        const QJsonObject object = value.toObject();
        const QString code = object.value(QLatin1String("code")).toString();
        EntryChecker check(&problems, QStringLiteral("code %1").arg(code));
        // The registry writes the class as "X" (RFC 3463 s.2); the rest has the grammar of any
        // status code, so it is read by the same parser with a class put in.
        const auto status = code.startsWith(QLatin1String("X."))
            ? EnhancedStatus::parse(QLatin1Char('2') + code.mid(1))
            : std::nullopt;
        if (!status) {
            check.problem(QStringLiteral("the code must look like X.1.1"));
            continue;
        }
        EnhancedCodeInfo info;
        info.subject = status->subject();
        info.detail = status->detail();
        info.title = check.text(object, "title");
        info.description = check.text(object, "description");
        info.rfc = check.text(object, "rfc");
        info.section = check.text(object, "section", false);
        info.replyCodes = toIntList(object.value(QLatin1String("replyCodes")));
        const QJsonObject notes = object.value(QLatin1String("byClass")).toObject();
        for (auto it = notes.begin(); it != notes.end(); ++it) {
            const int statusClass = it.key().toInt();
            if (statusClass != 2 && statusClass != 4 && statusClass != 5)
                check.problem(QStringLiteral("byClass key '%1' is not 2, 4 or 5").arg(it.key()));
            info.classNotes.insert(statusClass, it.value().toString());
        }
        if (!m_enhancedSubjects.contains(info.subject))
            check.problem(QStringLiteral("subject %1 is not described").arg(info.subject));
        const int key = info.subject * 1000 + info.detail;
        if (m_enhancedIndex.contains(key))
            check.problem(QStringLiteral("listed twice"));
        m_enhancedIndex.insert(key, m_enhancedCodes.size());
        m_enhancedCodes.append(info);
    }
    for (const QString &problem : std::as_const(problems))
        addError(EnhancedCodesFile, problem);
}

void ReferenceCatalog::loadPorts(const QString &path)
{
    QString error;
    const QJsonObject root = readObject(path, &error);
    if (!error.isEmpty())
        return addError(PortsFile, error);

    QStringList problems;
    const QJsonArray ports = root.value(QLatin1String("ports")).toArray();
    if (ports.isEmpty())
        problems.append(QStringLiteral("'ports' is missing or empty"));
    for (const QJsonValue &value : ports) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("port %1").arg(object.value(QLatin1String("port")).toInt()));
        PortInfo info;
        info.port = check.integer(object, "port", 1, 65535);
        info.name = check.text(object, "name");
        info.protocol = check.text(object, "protocol");
        info.encryption = check.text(object, "encryption");
        info.tls = tlsFromName(check.text(object, "tls"));
        info.standard = object.value(QLatin1String("standard")).toBool(true);
        info.use = check.text(object, "use");
        info.watchOut = check.texts(object, "watchOut");
        // Port 2525 has no RFC behind it; everything else must say where it is defined.
        info.rfc = check.text(object, "rfc", info.standard);
        info.section = check.text(object, "section", false);
        if (m_ports.contains(info.port))
            check.problem(QStringLiteral("listed twice"));
        m_ports.insert(info.port, info);
    }
    for (const QString &problem : std::as_const(problems))
        addError(PortsFile, problem);
}

void ReferenceCatalog::loadCommands(const QString &path)
{
    QString error;
    const QJsonObject root = readObject(path, &error);
    if (!error.isEmpty())
        return addError(CommandsFile, error);

    QStringList problems;
    const QJsonArray commands = root.value(QLatin1String("commands")).toArray();
    if (commands.isEmpty())
        problems.append(QStringLiteral("'commands' is missing or empty"));
    for (const QJsonValue &value : commands) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("command %1").arg(object.value(QLatin1String("name")).toString()));
        CommandInfo info;
        info.name = check.text(object, "name").toUpper();
        info.verb = verbForName(info.name);
        info.syntax = check.text(object, "syntax");
        info.purpose = check.text(object, "purpose");
        info.allowedWhen = check.text(object, "allowedWhen");
        info.example = check.text(object, "example");
        info.rfc = check.text(object, "rfc");
        info.section = check.text(object, "section");
        info.extension = check.text(object, "extension", false);
        const QJsonArray replies = object.value(QLatin1String("typicalReplies")).toArray();
        if (replies.isEmpty())
            check.problem(QStringLiteral("'typicalReplies' is missing or empty"));
        for (const QJsonValue &replyValue : replies) {
            const QJsonObject replyObject = replyValue.toObject();
            TypicalReply reply;
            reply.code = check.integer(replyObject, "code", 200, 599);
            reply.text = check.text(replyObject, "text");
            reply.when = check.text(replyObject, "when");
            info.typicalReplies.append(reply);
        }
        if (command(QStringView(info.name)))
            check.problem(QStringLiteral("listed twice"));
        m_commands.append(info);
    }
    for (const QString &problem : std::as_const(problems))
        addError(CommandsFile, problem);
}

void ReferenceCatalog::loadGuide(const QString &path)
{
    QString error;
    const QJsonObject root = readObject(path, &error);
    if (!error.isEmpty())
        return addError(GuideFile, error);

    QStringList problems;
    EntryChecker top(&problems, QStringLiteral("guide"));
    m_guide.takeaways = top.texts(root, "takeaways");
    const QJsonArray faq = root.value(QLatin1String("faq")).toArray();
    for (const QJsonValue &value : faq) {
        EntryChecker check(&problems, QStringLiteral("faq entry"));
        m_guide.faq.append({ check.text(value.toObject(), "question"), check.text(value.toObject(), "answer"),
            check.text(value.toObject(), "cli", false) });
    }
    const QJsonArray errors = root.value(QLatin1String("commonErrors")).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject object = value.toObject();
        EntryChecker check(&problems,
            QStringLiteral("common error %1").arg(object.value(QLatin1String("reply")).toString()));
        m_guide.commonErrors.append(
            { check.text(object, "reply"), check.text(object, "meaning"), check.text(object, "fix") });
    }
    const QJsonArray recipes = root.value(QLatin1String("recipes")).toArray();
    for (const QJsonValue &value : recipes) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("recipe %1").arg(object.value(QLatin1String("title")).toString()));
        m_guide.recipes.append({ check.text(object, "title"), check.texts(object, "commands") });
    }
    if (m_guide.faq.isEmpty() || m_guide.commonErrors.isEmpty() || m_guide.recipes.isEmpty())
        problems.append(QStringLiteral("'faq', 'commonErrors' and 'recipes' must all have entries"));
    for (const QString &problem : std::as_const(problems))
        addError(GuideFile, problem);
}

} // namespace SmtpTutor
