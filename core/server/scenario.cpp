#include "scenario.h"

#include "compiledindata.h"
#include "scenariofaults.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace SmtpTutor {

namespace {

constexpr qint64 MaxScenarioFileBytes = 1024 * 1024; // a scenario is a few hundred bytes

const QString builtInPrefix = QStringLiteral(":/scenarios/");

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Reads key into *out when present; a present key of the wrong type is an error.
bool readBool(const QJsonObject &o, const char *key, bool *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return fail(error, QStringLiteral("'%1' must be true or false").arg(QLatin1String(key)));
    *out = v.toBool();
    return true;
}

bool readString(const QJsonObject &o, const char *key, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return fail(error, QStringLiteral("'%1' must be a string").arg(QLatin1String(key)));
    *out = v.toString();
    return true;
}

bool readStringList(const QJsonObject &o, const char *key, QStringList *out, bool lower, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return fail(error, QStringLiteral("'%1' must be a list of strings").arg(QLatin1String(key)));
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return fail(
                error, QStringLiteral("'%1' must hold only non-empty strings").arg(QLatin1String(key)));
        list.append(lower ? item.toString().trimmed().toLower() : item.toString().trimmed());
    }
    *out = list;
    return true;
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}

// Texts only the learner reads (never a reply line) may break lines; everything else may end up
// in a reply the simulator writes, where a CR or LF would add reply lines nobody wrote (the
// server-side twin of command injection, RFC 5321 s.4.2). fuzz_scenarioloader found such texts
// in the hostname, then in faults.greeting.text, so the check covers every string and key.
bool isReadOnlyText(const QString &key)
{
    return key == QLatin1String("description") || key == QLatin1String("explanation")
        || key == QLatin1String("title");
}

// The path ("faults.greeting.text") of the first string or key that holds a control character
// where it is not allowed, or an empty string when there is none.
QString firstControlCharacter(const QJsonValue &value, const QString &path, bool readOnlyText)
{
    if (value.isString()) {
        const QString text = value.toString();
        const bool bad = std::any_of(text.begin(), text.end(), [readOnlyText](QChar c) {
            return isControl(c) && !(readOnlyText && (c == u'\n' || c == u'\t'));
        });
        return bad ? path : QString();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString found = firstControlCharacter(array.at(i), path + u'[' + QString::number(i) + u']', false);
            if (!found.isEmpty())
                return found;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const QString child = path.isEmpty() ? key : path + u'.' + key;
            if (std::any_of(key.begin(), key.end(), isControl))
                return child;
            const QString found = firstControlCharacter(it.value(), child, isReadOnlyText(key));
            if (!found.isEmpty())
                return found;
        }
    }
    return QString();
}

const QStringList knownKeys {
    QStringLiteral("name"),
    QStringLiteral("title"),
    QStringLiteral("description"),
    QStringLiteral("hostname"),
    QStringLiteral("port"),
    QStringLiteral("implicitTls"),
    QStringLiteral("offersStartTls"),
    QStringLiteral("requiresTls"),
    QStringLiteral("requiresTlsForAuth"),
    QStringLiteral("requiresAuth"),
    QStringLiteral("authEnabled"),
    QStringLiteral("authMechanisms"),
    QStringLiteral("relayForAuthenticated"),
    QStringLiteral("onlyAuthenticatedClients"),
    QStringLiteral("vrfyEnabled"),
    QStringLiteral("greeting"),
    QStringLiteral("maxMessageSize"),
    QStringLiteral("localDomains"),
    QStringLiteral("mailboxes"),
    QStringLiteral("users"),
    QStringLiteral("faults"),
};

} // namespace

QStringList Scenario::builtInNames()
{
    // Data-driven: every JSON file compiled in under :/scenarios is a built-in scenario.
    // "relay" (the default) comes first, the rest in name order. Compiled-in resources never
    // change, so the directory is listed once (load() asks on every call).
    static const QStringList names = [] {
        QStringList list = compiledInJsonNames(builtInPrefix);
        if (list.removeOne(QStringLiteral("relay")))
            list.prepend(QStringLiteral("relay"));
        return list;
    }();
    return names;
}

QString Scenario::defaultNameFor(PersonaId personality)
{
    return personality == PersonaId::Exim ? QStringLiteral("one-port") : QStringLiteral("relay");
}

std::optional<Scenario> Scenario::load(const QString &nameOrFile, QString *error)
{
    QString path;
    if (builtInNames().contains(nameOrFile)) {
        path = builtInPrefix + nameOrFile + QStringLiteral(".json");
    } else if (QFileInfo(nameOrFile).isFile()) {
        path = nameOrFile;
    } else {
        fail(error,
            QStringLiteral("no built-in scenario is called '%1' and no such file exists (built in: %2)")
                .arg(nameOrFile, builtInNames().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("cannot read scenario file %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    if (file.size() > MaxScenarioFileBytes) {
        fail(error,
            QStringLiteral("scenario file %1 is too large (%2 bytes; at most %3)")
                .arg(path)
                .arg(file.size())
                .arg(MaxScenarioFileBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
            QStringLiteral("scenario file %1 is not valid JSON: %2 at offset %3")
                .arg(path, parseError.errorString())
                .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, QStringLiteral("scenario file %1 must hold one JSON object").arg(path));
        return std::nullopt;
    }
    QString detail;
    auto scenario = fromJson(document.object(), &detail);
    if (!scenario) {
        fail(error, QStringLiteral("scenario file %1: %2").arg(path, detail));
        return std::nullopt;
    }
    if (scenario->name.isEmpty())
        scenario->name = QFileInfo(path).completeBaseName();
    return scenario;
}

namespace {

// Every key known, and no control character where a reply could carry it.
bool checkKeysAndText(const QJsonObject &o, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return fail(error,
                QStringLiteral("unknown key '%1' (known keys: %2)")
                    .arg(it.key(), knownKeys.join(QStringLiteral(", "))));
    }
    const QString withControl = firstControlCharacter(o, QString(), false);
    if (!withControl.isEmpty())
        return fail(error,
            QStringLiteral("'%1' must not hold line breaks or other control characters").arg(withControl));
    return true;
}

bool readTextsAndSwitches(const QJsonObject &o, Scenario *s, QString *error)
{
    const bool ok = readString(o, "name", &s->name, error) && readString(o, "title", &s->title, error)
        && readString(o, "description", &s->description, error)
        && readString(o, "hostname", &s->hostname, error) && readString(o, "greeting", &s->greeting, error)
        && readBool(o, "implicitTls", &s->implicitTls, error)
        && readBool(o, "offersStartTls", &s->offersStartTls, error)
        && readBool(o, "requiresTls", &s->requiresTls, error)
        && readBool(o, "requiresTlsForAuth", &s->requiresTlsForAuth, error)
        && readBool(o, "requiresAuth", &s->requiresAuth, error)
        && readBool(o, "authEnabled", &s->authEnabled, error)
        && readBool(o, "relayForAuthenticated", &s->relayForAuthenticated, error)
        && readBool(o, "onlyAuthenticatedClients", &s->onlyAuthenticatedClients, error)
        && readBool(o, "vrfyEnabled", &s->vrfyEnabled, error)
        && readStringList(o, "authMechanisms", &s->authMechanisms, false, error)
        && readStringList(o, "localDomains", &s->localDomains, true, error)
        && readStringList(o, "mailboxes", &s->mailboxes, true, error);
    if (ok && (s->hostname.trimmed().isEmpty() || s->hostname.contains(u' ')))
        return fail(error, QStringLiteral("'hostname' must be one non-empty word such as mail.example.com"));
    return ok;
}

bool readNumbers(const QJsonObject &o, Scenario *s, QString *error)
{
    if (o.contains(QLatin1String("port"))) {
        const QJsonValue port = o.value(QLatin1String("port"));
        if (!port.isDouble() || port.toInt() < 1 || port.toInt() > 65535 || port.toDouble() != port.toInt())
            return fail(error, QStringLiteral("'port' must be a whole number between 1 and 65535"));
        s->port = port.toInt();
    }
    if (o.contains(QLatin1String("maxMessageSize"))) {
        const QJsonValue size = o.value(QLatin1String("maxMessageSize"));
        // RFC 1870 s.4: SIZE 0 means "no fixed limit"; negative makes no sense.
        if (!size.isDouble() || size.toDouble() < 0 || size.toDouble() > 9.0e15)
            return fail(error, QStringLiteral("'maxMessageSize' must be a number of bytes (0 = no limit)"));
        s->maxMessageSize = qint64(size.toDouble());
    }
    return true;
}

bool readLogins(const QJsonObject &o, Scenario *s, QString *error)
{
    for (QString &mechanism : s->authMechanisms) {
        mechanism = mechanism.toUpper();
        if (mechanism != QLatin1String("PLAIN") && mechanism != QLatin1String("LOGIN"))
            return fail(error,
                QStringLiteral("'authMechanisms' may list PLAIN and LOGIN only, not '%1'").arg(mechanism));
    }
    if (!o.contains(QLatin1String("users")))
        return true;
    const QJsonValue users = o.value(QLatin1String("users"));
    if (!users.isObject())
        return fail(error, QStringLiteral("'users' must map user names to passwords"));
    const QJsonObject map = users.toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            return fail(error, QStringLiteral("the password of user '%1' must be a string").arg(it.key()));
        s->users.insert(it.key(), it.value().toString());
    }
    return true;
}

bool readFaults(const QJsonObject &o, Scenario *s, QString *error)
{
    if (!o.contains(QLatin1String("faults")))
        return true;
    const QJsonValue faults = o.value(QLatin1String("faults"));
    if (!faults.isObject())
        return fail(error, QStringLiteral("'faults' must be an object"));
    QString detail;
    const std::optional<ScenarioFaults> parsed = ScenarioFaults::fromJson(faults.toObject(), &detail);
    if (!parsed)
        return fail(error, detail);
    s->faults = *parsed;
    return true;
}

} // namespace

std::optional<Scenario> Scenario::fromJson(const QJsonObject &o, QString *error)
{
    Scenario s;
    if (!checkKeysAndText(o, error) || !readTextsAndSwitches(o, &s, error) || !readNumbers(o, &s, error)
        || !readLogins(o, &s, error) || !readFaults(o, &s, error))
        return std::nullopt;
    if (s.implicitTls && s.requiresTls) {
        // Not an error in itself, but STARTTLS requirements mean nothing when TLS comes first.
        s.requiresTls = false;
    }
    return s;
}

QJsonObject Scenario::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("description"), description);
    o.insert(QStringLiteral("hostname"), hostname);
    if (!greeting.isEmpty())
        o.insert(QStringLiteral("greeting"), greeting);
    o.insert(QStringLiteral("port"), port);
    o.insert(QStringLiteral("implicitTls"), implicitTls);
    o.insert(QStringLiteral("offersStartTls"), offersStartTls);
    o.insert(QStringLiteral("requiresTls"), requiresTls);
    o.insert(QStringLiteral("requiresTlsForAuth"), requiresTlsForAuth);
    o.insert(QStringLiteral("requiresAuth"), requiresAuth);
    o.insert(QStringLiteral("authEnabled"), authEnabled);
    o.insert(QStringLiteral("authMechanisms"), QJsonArray::fromStringList(authMechanisms));
    o.insert(QStringLiteral("relayForAuthenticated"), relayForAuthenticated);
    o.insert(QStringLiteral("onlyAuthenticatedClients"), onlyAuthenticatedClients);
    o.insert(QStringLiteral("vrfyEnabled"), vrfyEnabled);
    o.insert(QStringLiteral("maxMessageSize"), double(maxMessageSize));
    o.insert(QStringLiteral("localDomains"), QJsonArray::fromStringList(localDomains));
    o.insert(QStringLiteral("mailboxes"), QJsonArray::fromStringList(mailboxes));
    QJsonObject userMap;
    for (auto it = users.begin(); it != users.end(); ++it)
        userMap.insert(it.key(), it.value());
    o.insert(QStringLiteral("users"), userMap);
    if (!faults.isEmpty())
        o.insert(QStringLiteral("faults"), faults.toJson());
    return o;
}

} // namespace SmtpTutor
