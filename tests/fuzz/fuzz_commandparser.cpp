// libFuzzer harness for CommandParser: any line, any bytes. Invariants:
//   - parse() never crashes and always classifies (a verb, or Unknown with a 500/221 error);
//   - an error reply is a valid 5xx (or Postfix's 221 hang-up) with explanation and RFC section;
//   - an accepted MAIL/RCPT has a path that parseMailbox() or the RFC grammar can print back,
//     and RCPT never accepts the null path;
//   - parsing is deterministic and independent of a trailing call with the SMTPUTF8 flag for
//     anything but RCPT.

#include "protocol/commandparser.h"
#include "server/persona.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace SmtpTutor;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant violated: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    const Command command = CommandParser::parse(line);

    if (command.fault) {
        const SyntaxFault &fault = *command.fault;
        check(!fault.why.isEmpty(), "explanation given");
        check(fault.rfcSection.startsWith(QLatin1String("RFC ")), "RFC section given");
        for (const Persona *persona : {&Persona::postfix(), &Persona::exim()}) {
            const Reply reply = persona->reply(fault);
            check(reply.isValid() && reply.toWire().count("\r\n") == 1, "one well-formed reply line");
            check(reply.code() == 221 || (reply.code() >= 500 && reply.code() <= 555), "error code is 5xx or 221");
            check(persona->hangsUpAfter(fault) == (reply.code() == 221), "221 closes the connection");
            check(persona->usesEnhancedStatusCodes() == reply.enhancedStatus().has_value()
                      || fault.kind == SyntaxFaultKind::MissingHeloDomain,
                  "enhanced code present exactly when the persona uses them, except for HELO/EHLO");
        }
    } else {
        check(command.verb != Verb::Unknown, "an unknown verb is always an error");
        check(line.size() + 2 <= CommandParser::MaxCommandLineLength, "long lines are refused");
    }

    if (!command.fault && (command.verb == Verb::Mail || command.verb == Verb::Rcpt)) {
        if (command.verb == Verb::Rcpt)
            check(!command.path.isNull, "RCPT TO:<> is refused");
        if (!command.path.isNull) {
            check(!command.path.localPart.isEmpty(), "a path has a local part");
            const QString address = command.path.address();
            check(command.path.toString() == u'<' + address + u'>', "toString wraps address");
            // A strictly valid mailbox the parser accepted must pass parseMailbox() too.
            if (command.remarks.isEmpty() && !command.path.domain.isEmpty() && !command.needsSmtpUtf8)
                check(CommandParser::parseMailbox(address).has_value(), "accepted path is a mailbox");
        }
    }
    if (auto mailbox = line.isValidUtf8() ? CommandParser::parseMailbox(QString::fromUtf8(line))
                                          : std::nullopt) {
        check(!mailbox->domain.isEmpty() && !mailbox->localPart.isEmpty(), "mailbox has both parts");
        // A valid mailbox is accepted in RCPT TO:<...> as well.
        const QByteArray rcpt = "RCPT TO:<" + line.toByteArray() + ">";
        if (rcpt.size() + 2 <= CommandParser::MaxCommandLineLength) {
            const Command again = CommandParser::parse(rcpt, true);
            check(!again.fault, "a valid mailbox is a valid RCPT path");
            check(again.path.address() == mailbox->address(), "same address both ways");
        }
    }

    const Command second = CommandParser::parse(line);
    check(second.verb == command.verb && second.fault.has_value() == command.fault.has_value(),
          "deterministic");
    if (command.verb != Verb::Rcpt) {
        const Command utf8 = CommandParser::parse(line, true);
        check(utf8.fault.has_value() == command.fault.has_value(), "SMTPUTF8 flag only matters for RCPT");
    }
    return 0;
}
