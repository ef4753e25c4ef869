#include "commandvalues.h"

#include "protocol/addresssyntax.h"

#include <QCoreApplication>

namespace SmtpTutor::CommandValues {

namespace {
// This file's translation context. Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the
// same name, so ValueText::tr() finds what the .ts file holds.
class ValueText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::CommandValues)
};

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f;
}
} // namespace

QString describeControl(QChar c)
{
    const QString hex = QLatin1String("0x") + QString::number(c.unicode(), 16).rightJustified(2, u'0').toUpper();
    switch (c.unicode()) {
    case '\r':
        return ValueText::tr("a carriage return (CR, %1)").arg(hex);
    case '\n':
        return ValueText::tr("a line feed (LF, %1)").arg(hex);
    case '\0':
        return ValueText::tr("a NUL byte (%1)").arg(hex);
    case '\t':
        return ValueText::tr("a tab (%1)").arg(hex);
    default:
        return ValueText::tr("a control character (%1)").arg(hex);
    }
}

QString checkNoControls(QStringView value)
{
    for (const QChar c : value) {
        if (isControl(c)) {
            return ValueText::tr(
                "It contains %1. A line break inside a value would end the command early and "
                "smuggle in a second one.")
                .arg(describeControl(c));
        }
    }
    return {};
}

QString checkMailbox(QStringView address)
{
    if (QString problem = checkNoControls(address); !problem.isEmpty())
        return problem;
    if (address.startsWith(u'<') || address.endsWith(u'>'))
        return ValueText::tr(
            "Give the address without angle brackets: they are added when the command is built.");
    MailPath path;
    const AddressSyntax::Check check = AddressSyntax::checkMailbox(address, path, false);
    if (!check.ok())
        return ValueText::tr("\"%1\" is not a valid mailbox (local-part@domain, RFC 5321 s.4.1.2): %2")
            .arg(address.toString(), check.error);
    return {};
}

QString checkSingleWord(QStringView value)
{
    if (QString problem = checkNoControls(value); !problem.isEmpty())
        return problem;
    for (const QChar c : value) {
        if (c.isSpace())
            return ValueText::tr("It contains a space; it must be a single word.");
    }
    return {};
}

QString checkSecret(QStringView secret)
{
    for (const QChar c : secret) {
        if (c == u'\0' || c == u'\r' || c == u'\n') {
            return ValueText::tr(
                "The password contains %1, which no login mechanism can carry (RFC 4616 s.2).")
                .arg(describeControl(c));
        }
    }
    return {};
}

} // namespace SmtpTutor::CommandValues
