#pragma once

#include <QString>

namespace SmtpTutor {

class SimulatorSession;

// The terminal commands that would replay the current simulated session against a real server:
// telnet (plain), openssl s_client (STARTTLS or implicit TLS) and swaks. Passwords never appear;
// a placeholder stands where the learner would put theirs.
struct CommandLineRecipe
{
    QString telnet;
    QString openssl;
    QString swaks;

    static CommandLineRecipe forSession(const SimulatorSession &session);
    QString toText() const;
};

} // namespace SmtpTutor
