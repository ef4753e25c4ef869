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

using Field = ProbeOptionProblem::Field;
using Kind = ProbeOptionProblem::Kind;
using Problems = QList<ProbeOptionProblem>;

void add(Problems &problems, Field field, Kind kind, const QString &message, std::optional<Field> other = {})
{
    if (!message.isEmpty())
        problems.append({ field, kind, other, message });
}

bool hasControl(QStringView value)
{
    return !CommandValues::checkNoControls(value).isEmpty();
}

// A word that goes into a command (the host is also what the certificate must name).
void checkWord(Problems &problems, Field field, const QString &value)
{
    if (hasControl(value))
        add(problems, field, Kind::ControlCharacter, CommandValues::checkNoControls(value));
    else
        add(problems, field, Kind::NotSingleWord, CommandValues::checkSingleWord(value));
}

void checkMailbox(Problems &problems, Field field, const QString &address)
{
    if (hasControl(address))
        add(problems, field, Kind::ControlCharacter, CommandValues::checkNoControls(address));
    else
        add(problems, field, Kind::InvalidMailbox, CommandValues::checkMailbox(address));
}

bool timeoutInRange(int ms, int maxMs)
{
    return ms >= 1 && ms <= maxMs;
}

void checkServer(const ProbeOptions &options, Problems &problems)
{
    if (options.host.isEmpty())
        add(problems, Field::Host, Kind::Missing, ProbeOptionText::tr("No host was given."));
    else
        checkWord(problems, Field::Host, options.host);
    if (options.port == 0)
        add(problems, Field::Port, Kind::OutOfRange,
            ProbeOptionText::tr("The port must be a number from 1 to 65535."));
    // Credentials are never sent in clear unless the user allows it for this run; with
    // encryption switched off they certainly would be, so say so before connecting.
    if (options.tlsMode == TlsMode::None && options.wantsAuth() && !options.allowPlaintextAuth)
        add(problems, Field::TlsMode, Kind::Conflicts,
            ProbeOptionText::tr(
                "Without encryption the password would cross the network readable by anyone on the path. "
                "Choose encryption, or allow the password in clear explicitly (test servers on a network "
                "you control only)."),
            Field::User);
    if (!options.ehloName.isEmpty())
        checkWord(problems, Field::EhloName, options.ehloName);
    const int maxMs = ProbeOptions::MaxTimeoutSeconds * 1000;
    if (!timeoutInRange(options.timeouts.connectMs, maxMs) || !timeoutInRange(options.timeouts.replyMs, maxMs)
        || !timeoutInRange(options.timeouts.overallMs, 4 * maxMs))
        add(problems, Field::Timeout, Kind::OutOfRange,
            ProbeOptionText::tr("The timeout must be a number of seconds, more than 0 and at most %1.")
                .arg(ProbeOptions::MaxTimeoutSeconds));
}

void checkLogin(const ProbeOptions &options, Problems &problems)
{
    const bool xoauth2 = options.authMechanism.compare(QLatin1String("XOAUTH2"), Qt::CaseInsensitive) == 0;
    // AUTH LOGIN sends the user name as a line of its own (base64, RFC 4954 s.4); PLAIN joins
    // it with NUL; XOAUTH2 with 0x01. None of them can carry a control character.
    add(problems, Field::User, Kind::ControlCharacter, CommandValues::checkNoControls(options.user));
    // An XOAUTH2 token is a bearer token (RFC 6750 s.2.1: printable ASCII), framed by 0x01
    // bytes, so every control is refused; a password only loses what SASL cannot carry.
    add(problems, Field::Secret, Kind::ControlCharacter,
        xoauth2 ? CommandValues::checkNoControls(options.secret)
                : CommandValues::checkSecret(options.secret));
    if (options.wantsAuth() && options.secret.isEmpty())
        add(problems, Field::Secret, Kind::Missing,
            ProbeOptionText::tr("A user name was given without a password (or token)."));
    if (!options.wantsAuth() && !options.secret.isEmpty())
        add(problems, Field::Secret, Kind::Requires,
            ProbeOptionText::tr("A password (or token) was given without a user name."), Field::User);
    if (!options.authMechanism.isEmpty()) {
        if (!SaslClient::supportedMechanisms().contains(options.authMechanism.toUpper()))
            add(problems, Field::AuthMechanism, Kind::Unsupported,
                ProbeOptionText::tr("Unknown login mechanism \"%1\"; the probe knows %2.")
                    .arg(
                        options.authMechanism, SaslClient::supportedMechanisms().join(QStringLiteral(", "))));
        else if (!options.wantsAuth())
            add(problems, Field::AuthMechanism, Kind::Requires,
                ProbeOptionText::tr("A login mechanism was chosen without a user name."), Field::User);
    }
}

void checkEnvelope(const ProbeOptions &options, Problems &problems)
{
    // An empty sender is the null path <> (RFC 5321 s.4.5.5), which is allowed.
    if (!options.from.isEmpty())
        checkMailbox(problems, Field::From, options.from);
    for (const QString &recipient : options.to)
        checkMailbox(problems, Field::To, recipient);
    if (options.send && options.to.isEmpty())
        add(problems, Field::Send, Kind::Requires,
            ProbeOptionText::tr("Sending a test message needs at least one recipient."), Field::To);
    switch (options.quitAfter) {
    case QuitAfter::Auth:
        if (!options.wantsAuth())
            add(problems, Field::QuitAfter, Kind::Requires,
                ProbeOptionText::tr("Stopping after the login needs a user name."), Field::User);
        break;
    case QuitAfter::Rcpt:
        if (options.to.isEmpty())
            add(problems, Field::QuitAfter, Kind::Requires,
                ProbeOptionText::tr("Stopping after RCPT TO needs a recipient."), Field::To);
        break;
    case QuitAfter::Data:
        if (!options.send)
            add(problems, Field::QuitAfter, Kind::Requires,
                ProbeOptionText::tr("Stopping after DATA needs a test message to be sent."), Field::Send);
        break;
    default:
        break;
    }
}
} // namespace

std::optional<quint16> parsePort(QStringView text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

void ProbeOptions::setTimeoutSeconds(double seconds)
{
    // NaN and values beyond an int of milliseconds become 0, which validate() refuses.
    const bool usable = seconds > 0 && seconds <= MaxTimeoutSeconds;
    const int ms = usable ? qMax(1, int(seconds * 1000)) : 0;
    timeouts.connectMs = ms;
    timeouts.replyMs = ms;
    timeouts.overallMs = 4 * ms;
}

QList<ProbeOptionProblem> ProbeOptions::validate() const
{
    Problems problems;
    checkServer(*this, problems);
    checkLogin(*this, problems);
    checkEnvelope(*this, problems);
    return problems;
}

} // namespace SmtpTutor
