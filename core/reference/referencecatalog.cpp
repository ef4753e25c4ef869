// ReferenceCatalog: the built-in instance, loading the six files from a folder, and the
// lookups the views, the explainer and the CLI use; also the reply-class and port-TLS name
// helpers of referencetypes.h. Reading and checking each file is in catalogloading.cpp.
#include "referencecatalog.h"

#include "catalogfiles.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReference, "smtptutor.reference")

namespace SmtpTutor {

using namespace CatalogFiles;

ReplyClass replyClassForCode(int code)
{
    // RFC 5321 s.4.2.1: only the first digit decides success or failure.
    switch (code / 100) {
    case 2:
        return ReplyClass::Success;
    case 3:
        return ReplyClass::Intermediate;
    case 4:
        return ReplyClass::Temporary;
    case 5:
        return ReplyClass::Permanent;
    default:
        return ReplyClass::Unknown;
    }
}

QString replyClassName(ReplyClass replyClass)
{
    switch (replyClass) {
    case ReplyClass::Success:
        return QStringLiteral("success");
    case ReplyClass::Intermediate:
        return QStringLiteral("intermediate");
    case ReplyClass::Temporary:
        return QStringLiteral("temporary");
    case ReplyClass::Permanent:
        return QStringLiteral("permanent");
    case ReplyClass::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ReplyClass replyClassFromName(QStringView name)
{
    for (ReplyClass candidate :
        { ReplyClass::Success, ReplyClass::Intermediate, ReplyClass::Temporary, ReplyClass::Permanent }) {
        if (name == replyClassName(candidate))
            return candidate;
    }
    return ReplyClass::Unknown;
}

QString formatReference(const QString &rfc, const QString &section)
{
    if (rfc.isEmpty())
        return {};
    if (section.isEmpty())
        return rfc;
    return QStringLiteral("%1 s.%2").arg(rfc, section);
}

QString PortInfo::tlsName(Tls tls)
{
    switch (tls) {
    case Tls::StartTls:
        return QStringLiteral("starttls");
    case Tls::Implicit:
        return QStringLiteral("implicit");
    case Tls::None:
        break;
    }
    return QStringLiteral("none");
}

const ReferenceCatalog &ReferenceCatalog::instance()
{
    // Loaded once, on first use; a function-local static is thread-safe to initialise.
    static const ReferenceCatalog catalog = [] {
        ReferenceCatalog loaded = loadFromDirectory(QStringLiteral(":/reference"));
        for (const QString &error : loaded.loadErrors())
            qCWarning(lcReference, "%s", qUtf8Printable(error));
        return loaded;
    }();
    return catalog;
}

QStringList ReferenceCatalog::fileNames()
{
    return { ReplyCodesFile, EnhancedCodesFile, PortsFile, CommandsFile, GuideFile, ExtensionsFile };
}

ReferenceCatalog ReferenceCatalog::loadFromDirectory(const QString &directory)
{
    ReferenceCatalog catalog;
    const auto path = [&directory](const QString &name) { return directory + QLatin1Char('/') + name; };
    catalog.loadReplyCodes(path(ReplyCodesFile));
    catalog.loadEnhancedCodes(path(EnhancedCodesFile));
    catalog.loadPorts(path(PortsFile));
    catalog.loadCommands(path(CommandsFile));
    catalog.loadGuide(path(GuideFile));
    catalog.loadExtensions(path(ExtensionsFile));
    return catalog;
}

const ReplyCodeInfo *ReferenceCatalog::replyCode(int code) const
{
    const auto it = m_replyCodes.constFind(code);
    return it == m_replyCodes.cend() ? nullptr : &it.value();
}

const ReplyClassInfo *ReferenceCatalog::replyClass(int firstDigit) const
{
    const auto it = m_replyClasses.constFind(firstDigit);
    return it == m_replyClasses.cend() ? nullptr : &it.value();
}

const ReplyClassInfo *ReferenceCatalog::replyClass(ReplyClass replyClass) const
{
    for (const ReplyClassInfo &info : m_replyClasses) {
        if (info.replyClass == replyClass)
            return &info;
    }
    return nullptr;
}

const ReplyCategoryInfo *ReferenceCatalog::replyCategory(int secondDigit) const
{
    const auto it = m_replyCategories.constFind(secondDigit);
    return it == m_replyCategories.cend() ? nullptr : &it.value();
}

const EnhancedCodeInfo *ReferenceCatalog::enhancedCodeEntry(int subject, int detail) const
{
    const auto it = m_enhancedIndex.constFind(subject * 1000 + detail);
    return it == m_enhancedIndex.cend() ? nullptr : &m_enhancedCodes.at(it.value());
}

const EnhancedClassInfo *ReferenceCatalog::enhancedClass(int statusClass) const
{
    const auto it = m_enhancedClasses.constFind(statusClass);
    return it == m_enhancedClasses.cend() ? nullptr : &it.value();
}

const EnhancedSubjectInfo *ReferenceCatalog::enhancedSubject(int subject) const
{
    const auto it = m_enhancedSubjects.constFind(subject);
    return it == m_enhancedSubjects.cend() ? nullptr : &it.value();
}

EnhancedCodeDescription ReferenceCatalog::enhancedCode(const EnhancedStatus &status) const
{
    EnhancedCodeDescription description;
    description.status = status;
    if (!status.isValid())
        return description;
    if (const EnhancedClassInfo *classInfo = enhancedClass(status.statusClass()))
        description.classInfo = *classInfo;
    if (const EnhancedSubjectInfo *subject = enhancedSubject(status.subject())) {
        description.subjectInfo = *subject;
        description.subjectKnown = true;
    }
    if (const EnhancedCodeInfo *entry = enhancedCodeEntry(status.subject(), status.detail())) {
        description.listed = true;
        description.title = entry->title;
        description.description = entry->description;
        description.classNote = entry->classNotes.value(status.statusClass());
        description.rfc = entry->rfc;
        description.section = entry->section;
        description.replyCodes = entry->replyCodes;
        return description;
    }
    // RFC 3463 s.2: class and subject carry meaning on their own, so an unregistered detail
    // still says something useful.
    if (description.subjectKnown) {
        description.title = QStringLiteral("%1 (detail %2 is not in the registry)")
                                .arg(description.subjectInfo.title)
                                .arg(status.detail());
        description.description = description.subjectInfo.description;
        description.rfc = QStringLiteral("RFC 3463");
        description.section = description.subjectInfo.section;
    } else {
        description.title = QStringLiteral("Unknown subject %1").arg(status.subject());
        description.description = description.classInfo.description;
        description.rfc = QStringLiteral("RFC 3463");
        description.section = QStringLiteral("2");
    }
    return description;
}

const PortInfo *ReferenceCatalog::port(int number) const
{
    const auto it = m_ports.constFind(number);
    return it == m_ports.cend() ? nullptr : &it.value();
}

const CommandInfo *ReferenceCatalog::command(Verb verb) const
{
    if (verb == Verb::Unknown)
        return nullptr;
    for (const CommandInfo &info : m_commands) {
        if (info.verb == verb)
            return &info;
    }
    return nullptr;
}

const CommandInfo *ReferenceCatalog::command(QStringView name) const
{
    for (const CommandInfo &info : m_commands) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

} // namespace SmtpTutor
