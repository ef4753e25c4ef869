// libFuzzer harness for the scenario loader: a user's own scenario file is untrusted JSON that
// Scenario::load() parses and Scenario::fromJson() checks (resources/scenarios/*.json are the
// seeds). Invariants:
//   - a refused file says why; an accepted one has a host name and a port in 1..65535;
//   - what toJson() writes loads again, to the same JSON (the editor and the CLI round-trip it);
//   - a ServerEngine playing the accepted scenario survives a whole session (EHLO, STARTTLS,
//     AUTH, MAIL, RCPT to each mailbox, DATA, VRFY, RSET, QUIT) whatever the faults say, and
//     every reply is a valid code with an explanation, an RFC section and a wire form that
//     parses back to itself.

#include "protocol/replyparser.h"
#include "server/scenario.h"
#include "server/serverengine.h"

#include <QJsonDocument>

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

void checkResponses(const QList<ServerResponse> &responses)
{
    check(responses.size() <= 1, "at most one reply per line");
    for (const ServerResponse &r : responses) {
        check(r.reply.isValid(), "reply code 200-599");
        check(!r.explanation.isEmpty(), "explanation given");
        check(r.rfcSection.startsWith(QLatin1String("RFC ")), "RFC section given");
        ReplyParser parser;
        check(parser.feed(r.reply.toWire()), "wire form parses");
        const auto back = parser.takeReply();
        check(back.has_value() && back->code() == r.reply.code() && back->lines() == r.reply.lines(),
            "wire form keeps the reply");
    }
}

void send(ServerEngine &engine, const QByteArray &line)
{
    if (engine.isClosed())
        return;
    checkResponses(engine.receiveLine(line));
    if (engine.isTlsRequested())
        engine.tlsStarted();
}

// A session that walks through every part of the scenario a file can change.
void playSession(const Scenario &scenario)
{
    ServerEngine engine(scenario);
    if (scenario.implicitTls)
        engine.setTlsFromStart();
    checkResponses(engine.connect());
    send(engine, "EHLO client.example.org");
    send(engine, "STARTTLS");
    send(engine, "EHLO client.example.org");
    for (auto it = scenario.users.begin(); it != scenario.users.end(); ++it) {
        const QByteArray plain = QByteArray('\0' + it.key().toUtf8() + '\0' + it.value().toUtf8()).toBase64();
        send(engine, "AUTH PLAIN " + plain);
        break;
    }
    send(engine, "AUTH LOGIN");
    send(engine, QByteArray("user").toBase64());
    send(engine, QByteArray("wrong").toBase64());
    const QString domain = scenario.localDomains.value(0, QStringLiteral("example.com"));
    send(engine, "MAIL FROM:<sender@example.org> SIZE=" + QByteArray::number(scenario.maxMessageSize));
    int recipients = 0;
    for (const QString &mailbox : scenario.mailboxes) {
        if (++recipients > 8)
            break;
        send(engine, "RCPT TO:<" + mailbox.toUtf8() + '@' + domain.toUtf8() + '>');
    }
    send(engine, "RCPT TO:<someone@elsewhere.example>");
    send(engine, "DATA");
    send(engine, "Subject: test");
    send(engine, "");
    send(engine, "..a stuffed line");
    send(engine, ".");
    send(engine, "VRFY " + scenario.mailboxes.value(0, QStringLiteral("postmaster")).toUtf8());
    send(engine, "RSET");
    send(engine, "NOOP");
    send(engine, "QUIT");
    check(engine.isClosed() || engine.phase() != SessionPhase::NotConnected, "the session went somewhere");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject())
        return 0;
    QString error;
    const std::optional<Scenario> scenario = Scenario::fromJson(document.object(), &error);
    if (!scenario) {
        check(!error.isEmpty(), "a refused scenario says why");
        return 0;
    }
    check(!scenario->hostname.trimmed().isEmpty(), "an accepted scenario has a host name");
    check(scenario->port >= 1 && scenario->port <= 65535, "an accepted scenario has a valid port");
    check(scenario->maxMessageSize >= 0, "the size limit is not negative");

    const QJsonObject written = scenario->toJson();
    QString againError;
    const std::optional<Scenario> again = Scenario::fromJson(written, &againError);
    check(again.has_value(), "what toJson() writes loads again");
    check(again->toJson() == written, "toJson() round-trips");

    playSession(*scenario);
    return 0;
}
