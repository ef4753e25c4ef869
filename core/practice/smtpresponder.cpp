#include "smtpresponder.h"

namespace SmtpTutor {

ResponderFactory engineResponderFactory(const Scenario &scenario)
{
    return [scenario](const std::shared_ptr<SharedServerState> &shared) -> std::unique_ptr<SmtpResponder> {
        return std::make_unique<ResponderAdapter<ServerEngine>>(ServerEngine(scenario, shared));
    };
}

ResponderFactory replayResponderFactory(const ReplayScenario &replay)
{
    return [replay](const std::shared_ptr<SharedServerState> &shared) -> std::unique_ptr<SmtpResponder> {
        return std::make_unique<ResponderAdapter<ReplayEngine>>(ReplayEngine(replay, shared));
    };
}

} // namespace SmtpTutor
