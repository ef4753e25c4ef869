#pragma once

#include "protocol/command.h"
#include "protocol/enhancedstatus.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Plain value types for the reference data in resources/reference/*.json. They carry facts
// only; which words a view shows around them is the view's business.
namespace SmtpTutor {

// RFC 5321 s.4.2.1: the first digit of a reply code.
enum class ReplyClass {
    Unknown,
    Success, // 2yz
    Intermediate, // 3yz
    Temporary, // 4yz, "transient negative completion"
    Permanent, // 5yz, "permanent negative completion"
};

ReplyClass replyClassForCode(int code);
QString replyClassName(ReplyClass replyClass); // "success", "intermediate", "temporary", "permanent"
ReplyClass replyClassFromName(QStringView name);

// "RFC 5321 s.4.2.3", or just "RFC 5321" when no section is known; "" when there is no RFC.
QString formatReference(const QString &rfc, const QString &section);

struct ReplyClassInfo
{
    int digit = 0;
    ReplyClass replyClass = ReplyClass::Unknown;
    QString name; // "temporary"
    QString title; // "Temporary failure"
    QString description;
};

// RFC 5321 s.4.2.1: the second digit groups replies by subject (syntax, connection, ...).
struct ReplyCategoryInfo
{
    int digit = 0;
    QString title;
    QString description;
};

struct ReplyCodeInfo
{
    int code = 0;
    QString meaning; // short: "Mailbox unavailable"
    ReplyClass replyClass = ReplyClass::Unknown;
    QString description;
    QStringList causes;
    QString action;
    QString rfc;
    QString section;
    QStringList enhancedCodes; // typical companions, e.g. "5.1.1"
    QString example; // a realistic reply line

    QString reference() const { return formatReference(rfc, section); }
};

struct EnhancedClassInfo
{
    int statusClass = 0; // 2, 4 or 5
    QString title;
    QString description;
};

struct EnhancedSubjectInfo
{
    int subject = -1;
    QString title;
    QString description;
    QString section; // of RFC 3463
};

// One registry entry, written X.subject.detail: it holds for every class.
struct EnhancedCodeInfo
{
    int subject = 0;
    int detail = 0;
    QString title;
    QString description;
    QString rfc;
    QString section;
    QList<int> replyCodes; // basic reply codes it is usually seen with
    QHash<int, QString> classNotes; // what it means in particular with class 4 or 5

    QString pattern() const { return QStringLiteral("X.%1.%2").arg(subject).arg(detail); }
    QString reference() const { return formatReference(rfc, section); }
};

// What the catalog can say about one concrete code such as 4.7.1. When the detail is not in the
// registry, title and description come from the subject (listed == false).
struct EnhancedCodeDescription
{
    EnhancedStatus status;
    bool listed = false;
    bool subjectKnown = false;
    QString title;
    QString description;
    QString classNote; // class-specific remark, if the entry has one
    EnhancedClassInfo classInfo;
    EnhancedSubjectInfo subjectInfo;
    QString rfc;
    QString section;
    QList<int> replyCodes;

    QString reference() const { return formatReference(rfc, section); }
};

struct PortInfo
{
    enum class Tls { None, StartTls, Implicit };

    int port = 0;
    QString name;
    QString protocol;
    QString encryption;
    Tls tls = Tls::None;
    bool standard = true;
    QString use;
    QStringList watchOut;
    QString rfc;
    QString section;

    QString reference() const { return formatReference(rfc, section); }
    static QString tlsName(Tls tls); // "none", "starttls", "implicit"
};

struct TypicalReply
{
    int code = 0;
    QString text;
    QString when;
};

struct CommandInfo
{
    QString name; // "MAIL"
    Verb verb = Verb::Unknown; // Unknown for commands the protocol layer does not model (BDAT)
    QString syntax;
    QString purpose;
    QString allowedWhen;
    QString example;
    QList<TypicalReply> typicalReplies;
    QString rfc;
    QString section;
    QString extension; // EHLO keyword that must be advertised first, "" for base SMTP

    QString reference() const { return formatReference(rfc, section); }
};

// One EHLO keyword (RFC 5321 s.4.1.1.1): what the server offers when it lists it.
struct ExtensionInfo
{
    QString keyword; // "SIZE"; "" for the catalog's notes on the greeting line and unknown keywords
    QString title; // "Message size declaration"
    QString description;
    QString parameter; // what the words after the keyword mean ("" when it takes none)
    QString rfc;
    QString section;
    QString seeAlso; // a second RFC that goes with it ("RFC 3463" for ENHANCEDSTATUSCODES)

    QString reference() const { return formatReference(rfc, section); }
};

// A SASL mechanism a server may list after AUTH (RFC 4954 s.3).
struct AuthMechanismInfo
{
    QString name; // "PLAIN"
    QString description;
    QString rfc; // "RFC 4616", or a note when no RFC defines it
    bool clearPassword = false; // the password itself travels (base64 is not encryption)
};

struct FaqEntry
{
    QString question;
    QString answer; // written for the desktop program (menus, dialogs)
    QString cli; // the same from a terminal, a side note; may be empty
};

struct CommonError
{
    QString reply; // "550 5.1.1"
    QString meaning;
    QString fix;
};

struct Recipe
{
    QString title;
    QStringList commands;
};

struct Guide
{
    QStringList takeaways;
    QList<FaqEntry> faq;
    QList<CommonError> commonErrors;
    QList<Recipe> recipes;
};

} // namespace SmtpTutor
