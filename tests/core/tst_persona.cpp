// Persona: the words of Postfix and Exim. Every situation and every syntax fault gets a well-formed
// reply from both; Exim's texts are the ones the real Exim 4.96 sent (tst_differential_exim keeps
// checking them against it); and the engine speaks with the persona it is given.

#include "protocol/commandparser.h"
#include "server/persona.h"
#include "server/serverengine.h"

#include <QMetaEnum>
#include <QRegularExpression>
#include <QtTest>

using namespace SmtpTutor;

namespace {

constexpr int situationCount = int(Situation::OutOfStorage) + 1;
constexpr int faultKindCount = int(SyntaxFaultKind::AuthSyntax) + 1;

QString wire(const Reply &reply)
{
    return QString::fromUtf8(reply.toWire()).trimmed();
}

// Plays client lines against an engine; returns each reply's first wire line.
QStringList play(PersonaId persona, const QString &scenarioName, const QStringList &lines)
{
    auto scenario = Scenario::load(scenarioName);
    if (!scenario)
        return { QStringLiteral("no scenario ") + scenarioName };
    scenario->personality = persona;
    ServerEngine engine(*scenario);
    QStringList replies;
    for (const ServerResponse &response : engine.connect())
        replies << wire(response.reply).section(u'\n', 0, 0).trimmed();
    for (const QString &line : lines) {
        for (const ServerResponse &response : engine.receiveLine(line.toUtf8())) {
            replies << wire(response.reply).section(u'\n', 0, 0).trimmed();
            if (response.explanation.isEmpty())
                replies << QStringLiteral("(no explanation)");
        }
        if (line == QLatin1String("STARTTLS") && engine.isTlsRequested())
            engine.tlsStarted();
    }
    return replies;
}

} // namespace

class TestPersona : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Found by fuzz_commandparser: "MAIL FROM:" + line feeds and a CRLF + "<o@0-5>" made a bad
    // address whose subject, quoted in the reply, split it into two wire lines.
    void controlCharactersInAQuotedWordStayOnOneLine()
    {
        const Command command = CommandParser::parse(QByteArrayView("MAIL FROM:\n\n\r\n\x07<o@0-5>"));
        QVERIFY(command.fault);
        for (const Persona *persona : { &Persona::postfix(), &Persona::exim() }) {
            const QByteArray onWire = persona->reply(*command.fault).toWire();
            QCOMPARE(onWire.count("\r\n"), 1);
            QVERIFY2(!onWire.chopped(2).contains('\n') && !onWire.chopped(2).contains('\r')
                    && !onWire.contains('\x07'),
                onWire.constData());
        }
    }

    void everySituationIsWorded()
    {
        for (const Persona *persona : { &Persona::postfix(), &Persona::exim() }) {
            for (int i = 0; i < situationCount; ++i) {
                const Reply reply = persona->reply(Situation(i), { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
                QVERIFY2(reply.isValid(), qPrintable(QStringLiteral("%1 situation %2").arg(persona->displayName()).arg(i)));
                QCOMPARE(reply.lines().size(), 1);
                QVERIFY(!reply.lines().first().contains(u'%')); // every placeholder was filled
                // Exim's example configuration sends no enhanced status codes at all.
                if (persona->id() == PersonaId::Exim)
                    QVERIFY2(!reply.enhancedStatus(), qPrintable(wire(reply)));
            }
        }
    }

    void everyFaultIsWorded()
    {
        for (const Persona *persona : { &Persona::postfix(), &Persona::exim() }) {
            for (int i = 0; i < faultKindCount; ++i) {
                const SyntaxFault fault { SyntaxFaultKind(i), QStringLiteral("WORD"), QStringLiteral("why"), QStringLiteral("RFC 5321") };
                const Reply reply = persona->reply(fault);
                QVERIFY(reply.isValid());
                QVERIFY2(reply.code() == 221 || reply.code() / 100 == 5, qPrintable(wire(reply)));
                QCOMPARE(persona->hangsUpAfter(fault), reply.code() == 221);
                if (persona->id() == PersonaId::Exim)
                    QVERIFY(!reply.enhancedStatus());
            }
        }
    }

    void eximSaysWhatTheRealEximSaid_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("expected");
        // Texts read off the reference Exim 4.96 (tools/exim/start).
        QTest::newRow("transaction") << QStringList { "MAIL FROM:<a@example.org>", "EHLO me", "RCPT TO:<alice@example.com>",
            "MAIL FROM:<a@example.org>", "MAIL FROM:<b@example.org>", "RCPT TO:<x@foreign.org>",
            "RCPT TO:<nobody@example.com>", "RCPT TO:<alice@example.com>", "DATA" }
                                     << QStringList { "220 mail.example.com ESMTP Exim 4.96 (simulated by SMTP Tutor)",
                                            "503 HELO or EHLO required", "250-mail.example.com Hello me [127.0.0.1]",
                                            "503 sender not yet given", "250 OK", "503 sender already given",
                                            "550 relay not permitted", "550 Unknown user", "250 Accepted",
                                            "354 Enter message, ending with \".\" on a line by itself" };
        QTest::newRow("TLS and AUTH") << QStringList { "STARTTLS", "EHLO me", "STARTTLS", "EHLO me", "AUTH CRAM-MD5",
            "AUTH PLAIN AGFsaWNlAHdyb25n", "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", "QUIT" }
                                      << QStringList { "220 mail.example.com ESMTP Exim 4.96 (simulated by SMTP Tutor)",
                                             "503 STARTTLS command used when not advertised",
                                             "250-mail.example.com Hello me [127.0.0.1]", "220 TLS go ahead",
                                             "250-mail.example.com Hello me [127.0.0.1]",
                                             "504 CRAM-MD5 authentication mechanism not supported",
                                             "535 Incorrect authentication data", "235 Authentication succeeded",
                                             "221 mail.example.com closing connection" };
        QTest::newRow("odd lines") << QStringList { "EHLO me", "GET / HTTP/1.1", "EXPN staff", "VRFY nobody@example.com",
            "RSET x", "NOOP", "RSET" }
                                   << QStringList { "220 mail.example.com ESMTP Exim 4.96 (simulated by SMTP Tutor)",
                                          "250-mail.example.com Hello me [127.0.0.1]", "500 unrecognized command",
                                          "550 Administrative prohibition", "252 Administrative prohibition",
                                          "501 unexpected argument data", "250 OK", "250 Reset OK" };
    }

    void eximSaysWhatTheRealEximSaid()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, expected);
        QCOMPARE(play(PersonaId::Exim, QStringLiteral("one-port"), lines), expected);
    }

    void postfixStaysTheDefault()
    {
        const QStringList replies = play(PersonaId::Postfix, QStringLiteral("relay"),
            { "EHLO me", "MAIL FROM:<a@example.org>", "RCPT TO:<x@foreign.org>", "GET / HTTP/1.1" });
        QCOMPARE(replies, (QStringList { "220 mail.example.com ESMTP SMTP Tutor (simulated server)", "250-mail.example.com",
                              "250 2.1.0 Ok", "554 5.7.1 <x@foreign.org>: Relay access denied",
                              "221 2.7.0 Error: I can break rules, too. Goodbye." }));
        QCOMPARE(Scenario().personality, PersonaId::Postfix);
        QCOMPARE(Scenario::defaultNameFor(PersonaId::Postfix), QStringLiteral("relay"));
        QCOMPARE(Scenario::defaultNameFor(PersonaId::Exim), QStringLiteral("one-port"));
    }

    void queueIdsHaveTheirServersShape()
    {
        const QRegularExpression postfix(QStringLiteral("^[0-9A-F]{10}$"));
        const QRegularExpression exim(QStringLiteral("^[0-9A-Za-z]{6}-[0-9A-Za-z]{6}-[0-9A-Za-z]{2}$"));
        QSet<QString> seen;
        for (quint64 n = 1; n < 200; ++n) {
            QVERIFY(postfix.match(Persona::postfix().queueId(n)).hasMatch());
            QVERIFY2(exim.match(Persona::exim().queueId(n)).hasMatch(), qPrintable(Persona::exim().queueId(n)));
            seen.insert(Persona::exim().queueId(n));
        }
        QCOMPARE(seen.size(), 199);
    }

    void argumentsAreNotReadAsPlaceholders()
    {
        // A client may type "%2" into an address; it must come back as typed.
        const Reply reply = Persona::postfix().reply(Situation::TooManyConnections, { QStringLiteral("%2host"), QStringLiteral("1.2.3.4") });
        QCOMPARE(reply.firstLineText(), QStringLiteral("%2host Error: too many connections from 1.2.3.4"));
        const Command command = CommandParser::parse("MAIL FROM:<a@example.org> X%1=%2");
        QVERIFY(command.fault);
        QCOMPARE(Persona::postfix().reply(*command.fault).firstLineText(), QStringLiteral("Unsupported option: X%1=%2"));
    }

    void namesAndNotes()
    {
        QCOMPARE(Persona::idFromName(u"EXIM"), PersonaId::Exim);
        QCOMPARE(Persona::idFromName(u"postfix"), PersonaId::Postfix);
        QVERIFY(!Persona::idFromName(u"sendmail"));
        QCOMPARE(Persona::names(), (QStringList { "postfix", "exim" }));
        const QString note = Persona::exim().wordingNote(Situation::RelayDenied);
        QVERIFY2(note.contains(QLatin1String("Postfix 3.7")) && note.contains(QLatin1String("554")), qPrintable(note));
        QVERIFY(Persona::exim().wordingNote(Situation::AuthEmptyChallenge).isEmpty()); // both say "334 "
    }
};

QTEST_GUILESS_MAIN(TestPersona)
#include "tst_persona.moc"
