#pragma once

#include "persona.h"
#include "scenariofaults.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// The profile a ServerEngine plays: which port it imitates, what it requires, which fault it
// injects. Scenarios are data (resources/scenarios/*.json); a user's own file loads the same way.
// The helper that implements core/server owns the full field list; the fields below are the ones
// other layers (GUI, practice server, CLI) rely on.
struct Scenario
{
    QString name;        // "relay", "submission", ...
    QString title;       // short human title
    QString description; // what the learner will meet, in plain words
    QString hostname = QStringLiteral("mail.example.com");
    int port = 25;       // the port it imitates (25, 587, 465, 2525)
    bool implicitTls = false;   // 465 style: TLS before the greeting (RFC 8314 s.3)
    bool offersStartTls = true;
    bool requiresTlsForAuth = false;
    bool requiresAuth = false;
    qint64 maxMessageSize = 10 * 1024 * 1024; // advertised as SIZE (RFC 1870)
    QStringList localDomains;   // domains it accepts mail for
    QStringList mailboxes;      // local parts that exist in those domains
    QHash<QString, QString> users; // SASL user -> password (teaching data, never real secrets)
    ScenarioFaults faults;      // fault injection, checked once here, acted on by ServerEngine

    // Added by the server engine (fields beyond the contract above).
    bool requiresTls = false;   // 587 style: every command but EHLO/HELO/STARTTLS/NOOP/QUIT gets 530
    bool authEnabled = true;    // SASL offered at all (a port-25 MTA usually has it off)
    QStringList authMechanisms{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    bool relayForAuthenticated = true; // permit_sasl_authenticated before reject_unauth_destination
    // A submission service (Postfix: smtpd_client_restrictions = permit_sasl_authenticated, reject):
    // without a login RCPT TO, VRFY and ETRN get 554 5.7.1 "Client host rejected".
    bool onlyAuthenticatedClients = false;
    bool vrfyEnabled = true;    // RFC 5321 s.3.5.3 allows turning VRFY off (502)
    QString greeting;           // text after "220 "; empty means "<hostname> ESMTP ..."
    // Whose words the server speaks: chosen beside the scenario (GUI picker, --personality),
    // so every fault scenario plays with either personality. Not part of the JSON file.
    PersonaId personality = PersonaId::Postfix;

    static QStringList builtInNames();
    // The scenario a personality plays when none is chosen: "relay" (Postfix's port 25) or
    // "one-port" (the reference Exim: one port, STARTTLS, AUTH inside TLS).
    static QString defaultNameFor(PersonaId personality);
    // A built-in name, or a path to a JSON file. On failure returns nullopt and sets *error.
    static std::optional<Scenario> load(const QString &nameOrFile, QString *error = nullptr);
    static std::optional<Scenario> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
};

} // namespace SmtpTutor
