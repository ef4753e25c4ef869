#pragma once

#include "protocol/command.h"
#include "protocol/enhancedstatus.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// The "faults" object of a scenario, read and checked once. Scenario::fromJson uses it to
// reject a bad file with a clear message; ServerEngine uses it to decide what goes wrong.
struct ScenarioFaults
{
    // A greeting other than 220 (RFC 5321 s.3.1): 554 refuses the session but waits for QUIT,
    // 421 closes at once (s.3.8).
    struct Greeting
    {
        int code = 554;
        EnhancedStatus status { 5, 7, 1 };
        QString text;
        QString explanation;
    };
    std::optional<Greeting> greeting;

    // The server goes down when the client sends this command: 421 4.3.2 and close (s.3.8).
    std::optional<Verb> shutdownAt;

    // Greylisting: the first attempt of a client/sender/recipient triplet is deferred.
    bool greylist = false;
    int greylistCode = 450;
    EnhancedStatus greylistStatus { 4, 7, 1 };

    QStringList fullMailboxes; // RCPT gets 452 4.2.2 (RFC 3463 s.3.3: mailbox full)
    QHash<QString, qint64> quotas; // local part -> bytes left; a bigger message gets 552 5.2.2
    QHash<QString, QString> forwarded; // local part -> new address; RCPT gets 551 5.1.6

    static std::optional<ScenarioFaults> fromJson(const QJsonObject &object, QString *error);
    // What fromJson() reads back to the same faults; empty when nothing goes wrong.
    QJsonObject toJson() const;
    bool isEmpty() const { return toJson().isEmpty(); }
};

} // namespace SmtpTutor
