#include "practiceportnote.h"

#include <QCoreApplication>

namespace SmtpTutor {

namespace {
// This file's translation context. Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the
// same name, so PortNoteText::tr() finds what the .ts file holds.
class PortNoteText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::PracticePortNote)
};
} // namespace

QString practicePortNote(int scenarioPort, int listeningPort)
{
    if (scenarioPort <= 0 || scenarioPort == listeningPort)
        return {};
    const QString listening
        = listeningPort == 0 ? PortNoteText::tr("a free port") : QString::number(listeningPort);
    if (scenarioPort < 1024)
        return PortNoteText::tr(
            "This server plays port %1, but listens on %2 here: only the administrator (root) may open "
            "a port below 1024, and an unprivileged port behaves the same for a mail program.")
            .arg(scenarioPort)
            .arg(listening);
    return PortNoteText::tr("This server plays port %1 and listens on %2 here, the port chosen above.")
        .arg(scenarioPort)
        .arg(listening);
}

} // namespace SmtpTutor
