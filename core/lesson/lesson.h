#pragma once

#include "server/persona.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// One step of a guided lesson: what to type, what should come back, what it means.
// Lessons are data (resources/lessons/*.json); this is their in-memory form.
struct LessonStep
{
    enum class Kind {
        Connect, // open the connection: "connect", "telnet HOST PORT" or "openssl s_client ..."
        Command, // an SMTP command whose verb is in acceptedVerbs; may continue into AUTH lines
        Message, // the lines after 354, ended by a lone "."
    };

    QString id;
    QString title;           // "Say hello with EHLO"
    QString purpose;         // why this step exists, in plain words
    Kind kind = Kind::Command;
    QStringList acceptedVerbs; // "EHLO", "MAIL", ... (Command steps)
    QStringList fill;        // the lines "Fill it in for me" types, in order
    QString expectText;      // the reply to expect, as Postfix words it (the lesson's own text)
    int doneCode = 250;      // the reply code that completes the step
    // The server's situation the step leads to ("RelayDenied"), when the expected reply is one
    // the persona words: then another personality shows its own words and code (see wordedBy).
    std::optional<Situation> situation;
    QString doneVerb;        // if set, only a reply to this verb completes it (RSET, MAIL, RCPT: the RCPT)
    QString doneText;        // said once the step is done
    QString note;            // extra teaching (base64, dot-stuffing, ...), may be empty
    QHash<int, QString> explainCodes; // a reply code this step may meet -> what it means here

    static QString kindName(Kind kind);
};

struct Lesson
{
    QString id;        // file name without ".json"
    QString kind;      // "tutorial" or "drill"
    QString title;
    QString summary;
    QString scenario;  // Scenario::load() name
    QString takeaway;  // what a correct client does (drills), shown at the end
    QList<LessonStep> steps;

    // The lesson as a server with this personality plays it: a step that names its situation
    // expects that persona's reply and code; elsewhere a persona without enhanced status codes
    // expects the lesson's text without one ("503 ..." for "503 5.5.1 ..."). Postfix's is the
    // lesson as written.
    Lesson wordedBy(PersonaId personality, const QString &hostname) const;

    // The lessons compiled in (":/lessons/*.json"), sorted: tutorials first, then drills by title.
    static QStringList builtInIds();
    struct Summary
    {
        QString id;
        QString kind;
        QString title;
        QString summary; // what the lesson is about, for the lesson browser
        int stepCount = 0;
    };
    // The same, with what the lesson browser shows, read in one pass.
    static QList<Summary> builtInSummaries();
    // A built-in id, or a path to a JSON file. On failure returns nullopt and sets *error.
    static std::optional<Lesson> load(const QString &idOrFile, QString *error = nullptr);
    static std::optional<Lesson> fromJson(const QJsonObject &object, QString *error = nullptr);
};

} // namespace SmtpTutor
