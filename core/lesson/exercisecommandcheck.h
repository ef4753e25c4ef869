#pragma once

#include "exercise.h"
#include "server/persona.h"

namespace SmtpTutor {

// Checks a command line the learner typed against the one a task expects. Both go through the
// project's CommandParser, so the check is the server's own reading: case and the optional
// space after "FROM:" do not matter, and a line the parser refuses gets, as feedback, what the
// chosen server persona would answer and why (RFC 5321 s.4.2).
class ExerciseCommandCheck
{
public:
    static ExerciseVerdict check(const QString &typed, const QString &expected,
        PersonaId persona = PersonaId::Postfix);
};

} // namespace SmtpTutor
