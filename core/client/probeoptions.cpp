#include "probeoptions.h"

#include "commandvalues.h"
#include "saslclient.h"

#include <QCoreApplication>

namespace SmtpTutor {

namespace {
// This file's translation context. Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the
// same name, so ProbeOptionText::tr() finds what the .ts file holds.
class ProbeOptionText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::ProbeOptions)
};

void add(QList<ProbeOptionProblem> &problems, ProbeOptionProblem::Field field, const QString &message)
{
    if (!message.isEmpty())
        problems.append({field, message});
}
} // namespace

QList<ProbeOptionProblem> ProbeOptions::validate() const
{
    using Field = ProbeOptionProblem::Field;
    QList<ProbeOptionProblem> problems;
    if (host.isEmpty())
        add(problems, Field::Host, ProbeOptionText::tr("No host was given."));
    else
        add(problems, Field::Host, CommandValues::checkSingleWord(host));
    if (!ehloName.isEmpty())
        add(problems, Field::EhloName, CommandValues::checkSingleWord(ehloName));
    // AUTH LOGIN sends the user name as a line of its own (base64, RFC 4954 s.4); PLAIN joins
    // it with NUL. Neither can carry a control character.
    add(problems, Field::User, CommandValues::checkNoControls(user));
    add(problems, Field::Secret, CommandValues::checkSecret(secret));
    if (wantsAuth() && secret.isEmpty())
        add(problems, Field::Secret,
            ProbeOptionText::tr("A user name was given without a password (or token)."));
    if (!authMechanism.isEmpty()) {
        if (!SaslClient::supportedMechanisms().contains(authMechanism.toUpper()))
            add(problems, Field::AuthMechanism,
                ProbeOptionText::tr("Unknown login mechanism \"%1\".").arg(authMechanism));
        else if (!wantsAuth())
            add(problems, Field::AuthMechanism,
                ProbeOptionText::tr("A login mechanism was chosen without a user name."));
    }
    // An empty sender is the null path <> (RFC 5321 s.4.5.5), which is allowed.
    if (!from.isEmpty())
        add(problems, Field::From, CommandValues::checkMailbox(from));
    for (const QString &recipient : to)
        add(problems, Field::To, CommandValues::checkMailbox(recipient));
    if (send && to.isEmpty())
        add(problems, Field::To, ProbeOptionText::tr("Sending a test message needs at least one recipient."));
    return problems;
}

} // namespace SmtpTutor
