#include "exercisecommandcheck.h"

#include "protocol/commandparser.h"
#include "server/persona.h"

#include <QCoreApplication>

#include <algorithm>

namespace SmtpTutor {

namespace {

// This file's translation context. Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the
// same name, so CheckText::tr() finds what the .ts file holds.
class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::ExerciseCommandCheck)
};

// The reply line a server would send, e.g. "501 5.5.4 Syntax: MAIL FROM:<address>".
QString replyLine(const Reply &reply)
{
    return QStringLiteral("%1 %2").arg(reply.code()).arg(reply.lines().value(0));
}

QString parametersText(const QList<EsmtpParameter> &parameters)
{
    QStringList words;
    for (const EsmtpParameter &parameter : parameters)
        words << (parameter.hasValue ? parameter.keyword + u'=' + parameter.value : parameter.keyword);
    words.sort();
    return words.join(u' ');
}

// RFC 5321 s.2.4: the local part may be case-sensitive, the domain never is.
bool samePath(const MailPath &a, const MailPath &b)
{
    return a.isNull == b.isNull && a.localPart == b.localPart && a.domain.compare(b.domain, Qt::CaseInsensitive) == 0;
}

// The part of the command after the verb that the task is about, written the way the learner
// should read it in feedback; empty for commands without one.
QString argumentText(const Command &command)
{
    switch (command.verb) {
    case Verb::Helo:
    case Verb::Ehlo: return command.domain;
    case Verb::Mail:
    case Verb::Rcpt: {
        const QString parameters = parametersText(command.parameters);
        return parameters.isEmpty() ? command.path.toString() : command.path.toString() + u' ' + parameters;
    }
    case Verb::Vrfy: return command.path.address().isEmpty() ? command.argument.trimmed() : command.path.address();
    case Verb::Auth:
        return command.authInitialResponse ? command.authMechanism + u' ' + *command.authInitialResponse
                                            : command.authMechanism;
    default: return command.argument.trimmed();
    }
}

bool sameArguments(const Command &typed, const Command &expected)
{
    switch (expected.verb) {
    case Verb::Helo:
    case Verb::Ehlo: return typed.domain.compare(expected.domain, Qt::CaseInsensitive) == 0;
    case Verb::Mail:
    case Verb::Rcpt:
        return samePath(typed.path, expected.path)
            && parametersText(typed.parameters).compare(parametersText(expected.parameters), Qt::CaseInsensitive) == 0;
    case Verb::Vrfy: return samePath(typed.path, expected.path);
    case Verb::Auth:
        // A task that names no initial response accepts any (RFC 4954 s.4 makes it optional).
        return typed.authMechanism == expected.authMechanism
            && (!expected.authInitialResponse || typed.authInitialResponse == expected.authInitialResponse);
    default: return true; // DATA, QUIT, RSET, STARTTLS, NOOP: the parser already refused arguments
    }
}

} // namespace

ExerciseVerdict ExerciseCommandCheck::check(const QString &typed, const QString &expected, PersonaId persona)
{
    // An empty line too goes to the parser: it knows what Postfix answers to one.
    const Command given = CommandParser::parse(typed.trimmed().toUtf8());
    if (given.fault) {
        const SyntaxFault &fault = *given.fault;
        return { false,
            CheckText::tr("A server would answer: %1\n%2 (%3)")
                .arg(replyLine(Persona::byId(persona).reply(fault)), fault.why, fault.rfcSection) };
    }
    const Command wanted = CommandParser::parse(expected.toUtf8());
    if (given.verb != wanted.verb)
        return { false,
            CheckText::tr(
                "The server understands that line, but %1 does something other than what the task asks for.")
                .arg(verbName(given.verb)) };
    if (!sameArguments(given, wanted))
        return { false,
            CheckText::tr("%1 is the right command, but \"%2\" is not what the task names.")
                .arg(verbName(given.verb), argumentText(given)) };
    // Right. The parser's remarks (a space after "FROM:", ...) are worth knowing all the same.
    return {true, given.remarks.join(u'\n')};
}

} // namespace SmtpTutor
