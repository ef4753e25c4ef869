#pragma once

#include "referencecatalog.h"

#include <QString>
#include <QStringView>

namespace SmtpTutor {

// "Did you mean ...?" for a command line that is almost right: a verb with one slip
// ("EHOL", "RCTP") or a misspelt MAIL FROM: / RCPT TO: ("MAIL FORM:<a@b>"). The verbs come from
// the reference catalog's commands, so a command added there is suggested too.
class CommandSuggestion
{
public:
    explicit CommandSuggestion(const ReferenceCatalog &catalog = ReferenceCatalog::instance());

    // The line as it was probably meant ("EHLO laptop" for "EHOL laptop"), or a null string when
    // the line is right already, or nothing known is close enough to guess.
    QString suggest(QStringView line) const;

    // Edit distance with adjacent swaps counted as one edit (optimal string alignment), ignoring case.
    static int distance(QStringView a, QStringView b);

private:
    QString suggestPathForm(QStringView line) const;
    QString suggestVerb(QStringView line) const;

    QStringList m_verbs;
};

} // namespace SmtpTutor
