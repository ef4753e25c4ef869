#include "responderfactory.h"

namespace SmtpTutor {

ResponderFactory engineResponderFactory(const Scenario &scenario)
{
    return [scenario](const std::shared_ptr<SharedServerState> &shared) -> std::unique_ptr<SmtpResponder> {
        return std::make_unique<ServerEngine>(scenario, shared);
    };
}

ResponderFactory replayResponderFactory(const ReplayScenario &replay)
{
    return [replay](const std::shared_ptr<SharedServerState> &shared) -> std::unique_ptr<SmtpResponder> {
        return std::make_unique<ReplayEngine>(replay, shared);
    };
}

} // namespace SmtpTutor
