#include "scenariofaults.h"

#include <QJsonArray>
#include <QJsonValue>

namespace SmtpTutor {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

std::optional<Verb> verbFromName(const QString &name)
{
    static const Verb verbs[] = { Verb::Helo, Verb::Ehlo, Verb::Mail, Verb::Rcpt, Verb::Data, Verb::Rset,
        Verb::Noop, Verb::Quit, Verb::Vrfy, Verb::Expn, Verb::Help, Verb::StartTls, Verb::Auth };
    for (Verb verb : verbs) {
        if (verbName(verb).compare(name, Qt::CaseInsensitive) == 0)
            return verb;
    }
    return std::nullopt;
}

bool readStringList(const QJsonValue &value, const QString &key, QStringList *out, QString *error)
{
    if (!value.isArray())
        return fail(error, QStringLiteral("faults.%1 must be a list of mailbox names").arg(key));
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty())
            return fail(error, QStringLiteral("faults.%1 must hold only non-empty strings").arg(key));
        out->append(item.toString().toLower());
    }
    return true;
}

bool readGreeting(const QJsonValue &value, ScenarioFaults::Greeting *out, QString *error)
{
    if (!value.isObject())
        return fail(
            error, QStringLiteral("faults.greeting must be an object with code, enhancedCode and text"));
    const QJsonObject object = value.toObject();
    out->code = object.value(QLatin1String("code")).toInt(554);
    if (out->code != 421 && out->code != 554)
        return fail(error,
            QStringLiteral("faults.greeting.code must be 421 or 554 (RFC 5321 s.3.1, s.3.8), not %1")
                .arg(out->code));
    const QString enhanced
        = object.value(QLatin1String("enhancedCode"))
              .toString(out->code == 421 ? QStringLiteral("4.3.2") : QStringLiteral("5.7.1"));
    const auto status = EnhancedStatus::parse(enhanced);
    if (!status || status->statusClass() != out->code / 100)
        return fail(error,
            QStringLiteral("faults.greeting.enhancedCode '%1' is not an enhanced code of class %2")
                .arg(enhanced)
                .arg(out->code / 100));
    out->status = *status;
    out->text = object.value(QLatin1String("text")).toString(QStringLiteral("Service unavailable"));
    out->explanation = object.value(QLatin1String("explanation")).toString();
    return true;
}

bool readGreylist(const QJsonValue &value, ScenarioFaults *faults, QString *error)
{
    if (value.isBool()) {
        faults->greylist = value.toBool();
        return true;
    }
    if (!value.isObject()) {
        fail(error, QStringLiteral("faults.greylist must be true/false or an object"));
        return false;
    }
    const QJsonObject g = value.toObject();
    faults->greylist = true;
    faults->greylistCode = g.value(QLatin1String("code")).toInt(450);
    const auto status
        = EnhancedStatus::parse(g.value(QLatin1String("enhancedCode")).toString(QStringLiteral("4.7.1")));
    // RFC 5321 s.4.2.1: a temporary refusal is 4yz; greylisting daemons use 450 or 451.
    if ((faults->greylistCode != 450 && faults->greylistCode != 451) || !status || status->statusClass() != 4) {
        fail(error, QStringLiteral("faults.greylist needs code 450 or 451 and a 4.x.x enhancedCode"));
        return false;
    }
    faults->greylistStatus = *status;
    return true;
}

bool readQuotas(const QJsonValue &value, QHash<QString, qint64> *quotas, QString *error)
{
    if (!value.isObject()) {
        fail(error, QStringLiteral("faults.quotas must map mailbox names to byte counts"));
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto q = object.begin(); q != object.end(); ++q) {
        if (!q.value().isDouble() || q.value().toDouble() < 0) {
            fail(error, QStringLiteral("faults.quotas.%1 must be a number of bytes").arg(q.key()));
            return false;
        }
        quotas->insert(q.key().toLower(), qint64(q.value().toDouble()));
    }
    return true;
}

bool readForwarded(const QJsonValue &value, QHash<QString, QString> *forwarded, QString *error)
{
    if (!value.isObject()) {
        fail(error, QStringLiteral("faults.forwarded must map mailbox names to new addresses"));
        return false;
    }
    const QJsonObject object = value.toObject();
    for (auto f = object.begin(); f != object.end(); ++f) {
        if (!f.value().isString() || !f.value().toString().contains(u'@')) {
            fail(error,
                QStringLiteral("faults.forwarded.%1 must be an address such as \"carol@example.net\"").arg(f.key()));
            return false;
        }
        forwarded->insert(f.key().toLower(), f.value().toString());
    }
    return true;
}

} // namespace

std::optional<ScenarioFaults> ScenarioFaults::fromJson(const QJsonObject &object, QString *error)
{
    ScenarioFaults faults;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool ok = true;
        if (key == QLatin1String("greeting")) {
            ScenarioFaults::Greeting greeting;
            ok = readGreeting(value, &greeting, error);
            faults.greeting = greeting;
        } else if (key == QLatin1String("shutdownAt")) {
            faults.shutdownAt = verbFromName(value.toString());
            ok = faults.shutdownAt.has_value();
            if (!ok)
                fail(error,
                    QStringLiteral("faults.shutdownAt must name a command such as \"MAIL\", not '%1'")
                        .arg(value.toString()));
        } else if (key == QLatin1String("greylist")) {
            ok = readGreylist(value, &faults, error);
        } else if (key == QLatin1String("fullMailboxes")) {
            ok = readStringList(value, key, &faults.fullMailboxes, error);
        } else if (key == QLatin1String("quotas")) {
            ok = readQuotas(value, &faults.quotas, error);
        } else if (key == QLatin1String("forwarded")) {
            ok = readForwarded(value, &faults.forwarded, error);
        } else {
            ok = false;
            fail(error,
                QStringLiteral("unknown fault '%1' (known: greeting, shutdownAt, greylist, fullMailboxes, "
                               "quotas, forwarded)")
                    .arg(key));
        }
        if (!ok)
            return std::nullopt;
    }
    return faults;
}

QJsonObject ScenarioFaults::toJson() const
{
    QJsonObject o;
    if (greeting) {
        QJsonObject g { { QStringLiteral("code"), greeting->code },
            { QStringLiteral("enhancedCode"), greeting->status.toString() }, { QStringLiteral("text"), greeting->text } };
        if (!greeting->explanation.isEmpty())
            g.insert(QStringLiteral("explanation"), greeting->explanation);
        o.insert(QStringLiteral("greeting"), g);
    }
    if (shutdownAt)
        o.insert(QStringLiteral("shutdownAt"), verbName(*shutdownAt));
    if (greylist) {
        const bool defaults = greylistCode == 450 && greylistStatus == EnhancedStatus { 4, 7, 1 };
        o.insert(QStringLiteral("greylist"),
            defaults ? QJsonValue(true)
                     : QJsonValue(QJsonObject { { QStringLiteral("code"), greylistCode },
                           { QStringLiteral("enhancedCode"), greylistStatus.toString() } }));
    }
    if (!fullMailboxes.isEmpty())
        o.insert(QStringLiteral("fullMailboxes"), QJsonArray::fromStringList(fullMailboxes));
    if (!quotas.isEmpty()) {
        QJsonObject q;
        for (auto it = quotas.cbegin(); it != quotas.cend(); ++it)
            q.insert(it.key(), double(it.value()));
        o.insert(QStringLiteral("quotas"), q);
    }
    if (!forwarded.isEmpty()) {
        QJsonObject f;
        for (auto it = forwarded.cbegin(); it != forwarded.cend(); ++it)
            f.insert(it.key(), it.value());
        o.insert(QStringLiteral("forwarded"), f);
    }
    return o;
}

} // namespace SmtpTutor
