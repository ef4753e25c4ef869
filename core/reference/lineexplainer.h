#pragma once

#include "referencecatalog.h"
#include "session/transcript.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// What one line of an EHLO reply says (RFC 5321 s.4.1.1.1): the first line is the server's
// name, every later line one extension keyword with its parameters.
struct EhloLineExplanation
{
    struct Mechanism
    {
        QString name;
        QString description; // "" when the catalog does not know the mechanism
        QString rfc;
        bool clearPassword = false;
    };

    bool greetingLine = false; // the first line: the server's name, no keyword
    QString keyword; // upper-cased, "" on the greeting line
    QStringList parameters; // the words after the keyword
    bool known = false; // the catalog lists the keyword
    ExtensionInfo extension; // the catalog's entry (or its notes on the greeting / unknown keywords)
    QString parameterMeaning; // what these particular parameters mean ("" if nothing to add)
    QList<Mechanism> mechanisms; // AUTH: each offered mechanism

    QString summary() const; // one line: "SIZE 10485760: Message size declaration (RFC 1870 s.4)"
};

// What a line the client sent is: a command explained from the Commands reference, a near miss
// with a suggestion, an empty line, or a line that is not a command at all (message text, an
// answer to a 334 challenge).
struct SentLineExplanation
{
    enum class Kind {
        Command, // a verb the reference lists: see command
        UnknownVerb, // not a command the reference knows; suggestion may hold a guess
        EmptyLine, // nothing but CRLF
        MessageLine, // a line of the message after 354 (RFC 5321 s.4.1.1.4)
        AuthAnswer, // an answer to a 334 challenge (RFC 4954 s.4)
    };

    Kind kind = Kind::UnknownVerb;
    std::optional<CommandInfo> command;
    QString suggestion; // the line as it was probably meant, or null
};

// Explains transcript lines where the learner looks at them (the transcript's detail pane, the
// lesson's feedback). Everything it says comes from the ReferenceCatalog.
class LineExplainer
{
public:
    explicit LineExplainer(const ReferenceCatalog &catalog = ReferenceCatalog::instance());

    // One EHLO reply line without its code ("SIZE 10485760", "AUTH PLAIN LOGIN").
    EhloLineExplanation explainEhloLine(QStringView text, bool firstLine) const;
    // A command line as typed; `context` says whether the server waits for message text or a
    // 334 answer, which turns the line into data rather than a command.
    SentLineExplanation explainSentLine(QStringView line, SentLineExplanation::Kind context
                                        = SentLineExplanation::Kind::Command) const;

    // The same for the transcript entry at `index`, which knows its neighbours: a server line is
    // an EHLO line when the client's last line was EHLO; a client line after 354 is message text.
    std::optional<EhloLineExplanation> explainEhloEntry(const QList<TranscriptEntry> &entries,
                                                        qsizetype index) const;
    SentLineExplanation explainClientEntry(const QList<TranscriptEntry> &entries, qsizetype index) const;

private:
    QString describeSize(const QStringList &parameters) const;
    QList<EhloLineExplanation::Mechanism> describeMechanisms(const QStringList &names) const;

    const ReferenceCatalog &m_catalog;
};

} // namespace SmtpTutor
