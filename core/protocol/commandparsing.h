// Private to core/protocol, not public API: what commandparser.cpp and commandparameters.cpp share.
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QList>
#include <QStringView>

namespace SmtpTutor::CommandParsing {

// The parser's translation context, shared by commandparser.cpp and commandparameters.cpp.
// Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the same name.
class ParserText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::CommandParser)
};

inline SyntaxFault makeFault(SyntaxFaultKind kind, const QString &why, const QString &section, const QString &subject = {})
{
    return SyntaxFault{kind, subject, why, section};
}

// How a command argument is cut into words. White space always separates; Postfix's smtpd
// tokenizer also keeps "..." and <...> together where an address may hold spaces (VRFY).
enum class Grouping { None, QuotesAndBrackets };
QList<QStringView> splitWords(QStringView text, Grouping grouping = Grouping::None);

// The ESMTP parameters after a MAIL or RCPT path (RFC 5321 s.4.1.2), into cmd.parameters; the
// first bad one becomes cmd.fault.
void parseParameters(QStringView rest, Command &cmd);

} // namespace SmtpTutor::CommandParsing
