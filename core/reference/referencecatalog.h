#pragma once

#include "referencetypes.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

// Every fact the tutor teaches about reply codes, enhanced status codes, ports and commands,
// loaded once from the JSON files in resources/reference (compiled in under ":/reference").
// The GUI's reference dock, the explainer, the lessons and the CLI all read it from here, so a
// meaning is written down exactly once. The catalog is immutable after loading.
class ReferenceCatalog
{
public:
    // The catalog built into the program, loaded from ":/reference" on first use.
    static const ReferenceCatalog &instance();
    // Loads the six files from a folder (":/reference" or a source checkout). Problems do not
    // throw: they are collected in loadErrors(), and whatever was readable is kept.
    static ReferenceCatalog loadFromDirectory(const QString &directory);

    static QStringList fileNames(); // reply-codes.json, enhanced-codes.json, ..., extensions.json

    bool isValid() const { return m_errors.isEmpty(); }
    const QStringList &loadErrors() const { return m_errors; }

    // Reply codes (RFC 5321 s.4.2). Pointers stay valid as long as the catalog lives.
    const ReplyCodeInfo *replyCode(int code) const;
    QList<ReplyCodeInfo> allReplyCodes() const { return m_replyCodes.values(); } // by code
    const ReplyClassInfo *replyClass(int firstDigit) const;
    const ReplyClassInfo *replyClass(ReplyClass replyClass) const;
    const ReplyCategoryInfo *replyCategory(int secondDigit) const;

    // Enhanced status codes (RFC 3463). Always answers for a valid status: codes the registry
    // does not list are described by their class and subject (listed == false).
    EnhancedCodeDescription enhancedCode(const EnhancedStatus &status) const;
    const EnhancedCodeInfo *enhancedCodeEntry(int subject, int detail) const;
    QList<EnhancedCodeInfo> allEnhancedCodes() const { return m_enhancedCodes; } // registry order
    const EnhancedClassInfo *enhancedClass(int statusClass) const;
    const EnhancedSubjectInfo *enhancedSubject(int subject) const;
    QList<EnhancedSubjectInfo> allEnhancedSubjects() const { return m_enhancedSubjects.values(); }

    // The mail ports 25, 465, 587 and 2525.
    const PortInfo *port(int number) const;
    QList<PortInfo> allPorts() const { return m_ports.values(); }

    // Commands, by verb or by name (case-insensitive: "rcpt" finds RCPT).
    const CommandInfo *command(Verb verb) const;
    const CommandInfo *command(QStringView name) const;
    QList<CommandInfo> allCommands() const { return m_commands; } // in teaching order

    const Guide &guide() const { return m_guide; }

    // EHLO keywords (extensions.json), by keyword (case-insensitive): "size" finds SIZE.
    const ExtensionInfo *extension(QStringView keyword) const;
    QList<ExtensionInfo> allExtensions() const { return m_extensions; }
    // What the first line of an EHLO reply is, and what to say about a keyword nobody listed.
    const ExtensionInfo &ehloGreeting() const { return m_ehloGreeting; }
    const ExtensionInfo &unknownExtension() const { return m_unknownExtension; }
    // SASL mechanisms that may follow AUTH, by name (case-insensitive).
    const AuthMechanismInfo *authMechanism(QStringView name) const;
    QList<AuthMechanismInfo> allAuthMechanisms() const { return m_authMechanisms; }

private:
    void loadReplyCodes(const QString &path);
    void loadEnhancedCodes(const QString &path);
    void loadPorts(const QString &path);
    void loadCommands(const QString &path);
    void loadGuide(const QString &path);
    void loadExtensions(const QString &path); // extensionloading.cpp
    void addError(const QString &file, const QString &message);

    QMap<int, ReplyCodeInfo> m_replyCodes;
    QMap<int, ReplyClassInfo> m_replyClasses;
    QMap<int, ReplyCategoryInfo> m_replyCategories;
    QList<EnhancedCodeInfo> m_enhancedCodes;
    QHash<int, qsizetype> m_enhancedIndex; // subject * 1000 + detail -> index in m_enhancedCodes
    QMap<int, EnhancedClassInfo> m_enhancedClasses;
    QMap<int, EnhancedSubjectInfo> m_enhancedSubjects;
    QMap<int, PortInfo> m_ports;
    QList<CommandInfo> m_commands;
    Guide m_guide;
    QList<ExtensionInfo> m_extensions;
    ExtensionInfo m_ehloGreeting;
    ExtensionInfo m_unknownExtension;
    QList<AuthMechanismInfo> m_authMechanisms;
    QStringList m_errors;
};

} // namespace SmtpTutor
