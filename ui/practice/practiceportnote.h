#pragma once

#include <QString>

namespace SmtpTutor {

// Why the practice server listens on another port than the one its scenario plays ("Port 25"
// listens on 2525): only root may open a port below 1024, and a practice tool should not need
// root. Empty when the two ports are the same. listeningPort 0 means "a free port, chosen at start".
QString practicePortNote(int scenarioPort, int listeningPort);

} // namespace SmtpTutor
