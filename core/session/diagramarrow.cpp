// What one arrow and one band of the sequence diagram say about themselves: class, mark,
// accessible name. The layout that places them is in diagramlayout.cpp.
#include "diagramlayout.h"

#include <QCoreApplication>

// User-visible text goes through QCoreApplication::translate with the literal context
// "SmtpTutor::DiagramLayout" (these are plain structs, not QObjects) so that lupdate finds it.
namespace SmtpTutor {

int DiagramArrow::replyClass() const
{
    if (kind != Kind::Reply || replyCode < 200 || replyCode > 599)
        return 0;
    return replyCode / 100;
}

QString DiagramArrow::classMark() const
{
    switch (replyClass()) {
    case 2:
        return QStringLiteral("\u2713"); // ✓ done
    case 3:
        return QStringLiteral("\u2026"); // … go on, the server waits for more
    case 4:
        return QStringLiteral("\u27F3"); // ⟳ temporary: try again later (RFC 5321 s.4.2.1)
    case 5:
        return QStringLiteral("\u2717"); // ✗ permanent: do not repeat as it is
    default:
        return QString();
    }
}

QString DiagramArrow::accessibleName() const
{
    switch (kind) {
    case Kind::Command:
        return QCoreApplication::translate("SmtpTutor::DiagramLayout", "client command %1").arg(label);
    case Kind::Reply:
        if (isMultiLineReply())
            return (foldedLines.size() == 2
                    ? QCoreApplication::translate(
                        "SmtpTutor::DiagramLayout", "server reply %1 and 1 more line")
                    : QCoreApplication::translate("SmtpTutor::DiagramLayout",
                        "server reply %1 and %n more lines", nullptr, int(foldedLines.size() - 1)))
                .arg(foldedLines.constFirst());
        return QCoreApplication::translate("SmtpTutor::DiagramLayout", "server reply %1").arg(label);
    case Kind::Message:
        return (messageLines == 1
                ? QCoreApplication::translate("SmtpTutor::DiagramLayout", "message, 1 line, %1 bytes")
                : QCoreApplication::translate(
                    "SmtpTutor::DiagramLayout", "message, %n lines, %1 bytes", nullptr, int(messageLines)))
            .arg(messageBytes);
    case Kind::Expected:
        return label;
    }
    return label;
}

QString DiagramTlsBand::displayLabel() const
{
    return label.isEmpty() ? QStringLiteral("TLS") : label;
}

} // namespace SmtpTutor
