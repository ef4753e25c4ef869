#pragma once

#include "server/replayscenario.h"
#include "server/serverengine.h"

#include <functional>
#include <memory>

namespace SmtpTutor {

// Makes the responder for one new connection; every connection of a server shares one state.
using ResponderFactory
    = std::function<std::unique_ptr<SmtpResponder>(const std::shared_ptr<SharedServerState> &shared)>;

// The factory for the simulated server playing `scenario`.
ResponderFactory engineResponderFactory(const Scenario &scenario);
// The factory for a recorded server played back.
ResponderFactory replayResponderFactory(const ReplayScenario &replay);

} // namespace SmtpTutor
