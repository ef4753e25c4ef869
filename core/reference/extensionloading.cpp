// Reading and checking extensions.json: the EHLO keywords and the SASL mechanisms an AUTH
// line may list (ReferenceCatalog::loadExtensions), and the lookups over them.
#include "referencecatalog.h"

#include "catalogfiles.h"
#include "catalogjson.h"

namespace SmtpTutor {

using namespace CatalogFiles;
using namespace CatalogJson;

namespace {

ExtensionInfo readExtension(const QJsonObject &object, EntryChecker &check, bool needsKeyword)
{
    ExtensionInfo info;
    info.keyword = check.text(object, "keyword", needsKeyword).toUpper();
    info.title = check.text(object, "title", needsKeyword);
    info.description = check.text(object, "description");
    info.parameter = check.text(object, "parameter", false);
    info.rfc = check.text(object, "rfc");
    info.section = check.text(object, "section");
    info.seeAlso = check.text(object, "seeAlso", false);
    return info;
}

} // namespace

void ReferenceCatalog::loadExtensions(const QString &path)
{
    QString error;
    const QJsonObject root = readObject(path, &error);
    if (!error.isEmpty())
        return addError(ExtensionsFile, error);

    QStringList problems;
    EntryChecker greeting(&problems, QStringLiteral("greeting"));
    m_ehloGreeting = readExtension(root.value(QLatin1String("greeting")).toObject(), greeting, false);
    EntryChecker unknown(&problems, QStringLiteral("unknown"));
    m_unknownExtension = readExtension(root.value(QLatin1String("unknown")).toObject(), unknown, false);

    const QJsonArray extensions = root.value(QLatin1String("extensions")).toArray();
    if (extensions.isEmpty())
        problems.append(QStringLiteral("'extensions' is missing or empty"));
    for (const QJsonValue &value : extensions) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("extension %1").arg(object.value(QLatin1String("keyword")).toString()));
        const ExtensionInfo info = readExtension(object, check, true);
        if (extension(info.keyword))
            check.problem(QStringLiteral("listed twice"));
        m_extensions.append(info);
    }

    const QJsonArray mechanisms = root.value(QLatin1String("authMechanisms")).toArray();
    if (mechanisms.isEmpty())
        problems.append(QStringLiteral("'authMechanisms' is missing or empty"));
    for (const QJsonValue &value : mechanisms) {
        const QJsonObject object = value.toObject();
        EntryChecker check(
            &problems, QStringLiteral("mechanism %1").arg(object.value(QLatin1String("name")).toString()));
        AuthMechanismInfo info;
        info.name = check.text(object, "name").toUpper();
        info.description = check.text(object, "description");
        info.rfc = check.text(object, "rfc");
        info.clearPassword = object.value(QLatin1String("clearPassword")).toBool();
        if (authMechanism(info.name))
            check.problem(QStringLiteral("listed twice"));
        m_authMechanisms.append(info);
    }
    for (const QString &problem : std::as_const(problems))
        addError(ExtensionsFile, problem);
}

const ExtensionInfo *ReferenceCatalog::extension(QStringView keyword) const
{
    for (const ExtensionInfo &info : m_extensions) {
        if (keyword.compare(info.keyword, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

const AuthMechanismInfo *ReferenceCatalog::authMechanism(QStringView name) const
{
    for (const AuthMechanismInfo &info : m_authMechanisms) {
        if (name.compare(info.name, Qt::CaseInsensitive) == 0)
            return &info;
    }
    return nullptr;
}

} // namespace SmtpTutor
