#include "commandvalues.h"

#include "protocol/addresssyntax.h"

#include <QCoreApplication>

namespace SmtpTutor::CommandValues {

namespace {
// The context lupdate files these strings under (the enclosing namespace).
QString tr(const char *text)
{
    return QCoreApplication::translate("SmtpTutor::CommandValues", text);
}

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
        return tr("a carriage return (CR, %1)").arg(hex);
    case '\n':
        return tr("a line feed (LF, %1)").arg(hex);
    case '\0':
        return tr("a NUL byte (%1)").arg(hex);
    case '\t':
        return tr("a tab (%1)").arg(hex);
    default:
        return tr("a control character (%1)").arg(hex);
    }
}

QString checkNoControls(QStringView value)
{
    for (const QChar c : value) {
        if (isControl(c)) {
            return tr("It contains %1. A line break inside a value would end the command early and "
                      "smuggle in a second one.").arg(describeControl(c));
        }
    }
    return {};
}

QString checkMailbox(QStringView address)
{
    if (QString problem = checkNoControls(address); !problem.isEmpty())
        return problem;
    if (address.startsWith(u'<') || address.endsWith(u'>'))
        return tr("Give the address without angle brackets: they are added when the command is built.");
    MailPath path;
    const AddressSyntax::Check check = AddressSyntax::checkMailbox(address, path, false);
    if (!check.ok())
        return tr("\"%1\" is not a valid mailbox (local-part@domain, RFC 5321 s.4.1.2): %2")
            .arg(address.toString(), check.error);
    return {};
}

QString checkSingleWord(QStringView value)
{
    if (QString problem = checkNoControls(value); !problem.isEmpty())
        return problem;
    for (const QChar c : value) {
        if (c.isSpace())
            return tr("It contains a space; it must be a single word.");
    }
    return {};
}

QString checkSecret(QStringView secret)
{
    for (const QChar c : secret) {
        if (c == u'\0' || c == u'\r' || c == u'\n') {
            return tr("The password contains %1, which no login mechanism can carry (RFC 4616 s.2).")
                .arg(describeControl(c));
        }
    }
    return {};
}

} // namespace SmtpTutor::CommandValues
