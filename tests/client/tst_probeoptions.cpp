// ProbeOptions::validate(): the one set of rules for a probe's options, checked before anything
// connects. The CLI and the probe dialog both rely on it; each row below is one rule.

#include "client/commandvalues.h"
#include "client/probeoptions.h"

#include <QTest>

#include <functional>

using namespace SmtpTutor;
using Field = ProbeOptionProblem::Field;
using Kind = ProbeOptionProblem::Kind;
using Change = std::function<void(ProbeOptions &)>;

Q_DECLARE_METATYPE(ProbeOptionProblem::Field)
Q_DECLARE_METATYPE(ProbeOptionProblem::Kind)
Q_DECLARE_METATYPE(Change)

class TestProbeOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodOptionsPass();
    void refusedValues_data();
    void refusedValues();
    void acceptedValues_data();
    void acceptedValues();
    void problemsComeInFormOrder();
    void timeoutSecondsFollowOneRule();
    void portsAreNumbersFromOneTo65535();
    void describesControlsInWords();
};

namespace {
ProbeOptions goodOptions()
{
    ProbeOptions options;
    options.host = QStringLiteral("mail.example.com");
    options.ehloName = QStringLiteral("client.example.org");
    options.user = QStringLiteral("alice");
    options.secret = QStringLiteral("wonder land!");
    options.authMechanism = QStringLiteral("PLAIN");
    options.from = QStringLiteral("alice@example.com");
    options.to = {QStringLiteral("bob@example.com"), QStringLiteral("carol@[192.0.2.1]")};
    return options;
}

QString describe(const QList<ProbeOptionProblem> &problems)
{
    QStringList lines;
    for (const ProbeOptionProblem &problem : problems)
        lines << QStringLiteral("field %1 kind %2: %3").arg(int(problem.field)).arg(int(problem.kind)).arg(problem.message);
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void TestProbeOptions::goodOptionsPass()
{
    const QList<ProbeOptionProblem> problems = goodOptions().validate();
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QVERIFY(ProbeOptions().validate().size() == 1); // defaults lack only the host
}

void TestProbeOptions::refusedValues_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<Field>("field");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("other"); // -1: none
    QTest::addColumn<QString>("says");

    const auto row = [](const char *name, Change change, Field field, Kind kind, int other, const char *says) {
        QTest::newRow(name) << change << field << kind << other << QString::fromUtf8(says);
    };
    const int none = -1;
    // Host
    row("host empty", [](ProbeOptions &o) { o.host.clear(); }, Field::Host, Kind::Missing, none, "No host");
    row("host with LF", [](ProbeOptions &o) { o.host = QStringLiteral("mail.example.com\nx"); }, Field::Host, Kind::ControlCharacter, none, "line feed");
    row("host with a space", [](ProbeOptions &o) { o.host = QStringLiteral("mail example"); }, Field::Host, Kind::NotSingleWord, none, "space");
    // Port and TLS
    row("port 0", [](ProbeOptions &o) { o.port = 0; }, Field::Port, Kind::OutOfRange, none, "1 to 65535");
    row("password in clear, not allowed", [](ProbeOptions &o) { o.tlsMode = TlsMode::None; }, Field::TlsMode, Kind::Conflicts, int(Field::User), "clear");
    // EHLO name
    row("ehlo with CR", [](ProbeOptions &o) { o.ehloName = QStringLiteral("me\rQUIT"); }, Field::EhloName, Kind::ControlCharacter, none, "carriage return");
    row("ehlo with a space", [](ProbeOptions &o) { o.ehloName = QStringLiteral("my laptop"); }, Field::EhloName, Kind::NotSingleWord, none, "space");
    // Timeouts
    row("timeout 0", [](ProbeOptions &o) { o.setTimeoutSeconds(0); }, Field::Timeout, Kind::OutOfRange, none, "3600");
    row("timeout negative", [](ProbeOptions &o) { o.setTimeoutSeconds(-1); }, Field::Timeout, Kind::OutOfRange, none, "more than 0");
    row("timeout over an hour", [](ProbeOptions &o) { o.setTimeoutSeconds(3601); }, Field::Timeout, Kind::OutOfRange, none, "3600");
    row("overall deadline of 0 ms", [](ProbeOptions &o) { o.timeouts.overallMs = 0; }, Field::Timeout, Kind::OutOfRange, none, "seconds");
    // Login
    row("user with LF", [](ProbeOptions &o) { o.user = QStringLiteral("alice\nbob"); }, Field::User, Kind::ControlCharacter, none, "line feed");
    row("user with escape", [](ProbeOptions &o) { o.user = QStringLiteral("alice\x1b[31m"); }, Field::User, Kind::ControlCharacter, none, "0x1B");
    row("password with CRLF", [](ProbeOptions &o) { o.secret = QStringLiteral("ya29.token\r\n"); }, Field::Secret, Kind::ControlCharacter, none, "carriage return");
    row("password with NUL", [](ProbeOptions &o) { o.secret = QStringLiteral("pw") + QChar(0); }, Field::Secret, Kind::ControlCharacter, none, "NUL");
    row("XOAUTH2 token with 0x01", [](ProbeOptions &o) { o.authMechanism = QStringLiteral("XOAUTH2"); o.secret = QStringLiteral("ya29\x01x"); },
        Field::Secret, Kind::ControlCharacter, none, "0x01");
    row("XOAUTH2 token with a tab", [](ProbeOptions &o) { o.authMechanism = QStringLiteral("xoauth2"); o.secret = QStringLiteral("ya29\tx"); },
        Field::Secret, Kind::ControlCharacter, none, "tab");
    row("user without password", [](ProbeOptions &o) { o.secret.clear(); }, Field::Secret, Kind::Missing, none, "without a password");
    row("password without user", [](ProbeOptions &o) { o.user.clear(); o.authMechanism.clear(); }, Field::Secret, Kind::Requires, int(Field::User), "without a user name");
    row("unknown mechanism", [](ProbeOptions &o) { o.authMechanism = QStringLiteral("GSSAPI"); }, Field::AuthMechanism, Kind::Unsupported, none, "GSSAPI");
    row("mechanism without user", [](ProbeOptions &o) { o.user.clear(); o.secret.clear(); }, Field::AuthMechanism, Kind::Requires, int(Field::User), "without a user name");
    // Envelope
    const QString injection = QStringLiteral("a@example.com>\r\nVRFY bob\r\nMAIL FROM:<b@example.com");
    row("from with CRLF", [injection](ProbeOptions &o) { o.from = injection; }, Field::From, Kind::ControlCharacter, none, "carriage return");
    row("from without domain", [](ProbeOptions &o) { o.from = QStringLiteral("alice"); }, Field::From, Kind::InvalidMailbox, none, "@domain");
    row("from in brackets", [](ProbeOptions &o) { o.from = QStringLiteral("<alice@example.com>"); }, Field::From, Kind::InvalidMailbox, none, "angle brackets");
    row("to with LF", [](ProbeOptions &o) { o.to.append(QStringLiteral("bob@example.com\nRSET")); }, Field::To, Kind::ControlCharacter, none, "line feed");
    row("to with NUL", [](ProbeOptions &o) { o.to.append(QStringLiteral("bob@example.com") + QChar(0)); }, Field::To, Kind::ControlCharacter, none, "NUL");
    row("to with two @", [](ProbeOptions &o) { o.to.append(QStringLiteral("bob@@example.com")); }, Field::To, Kind::InvalidMailbox, none, "not a valid mailbox");
    row("send without recipient", [](ProbeOptions &o) { o.to.clear(); o.send = true; }, Field::Send, Kind::Requires, int(Field::To), "recipient");
    row("quit after auth without user", [](ProbeOptions &o) { o.user.clear(); o.secret.clear(); o.authMechanism.clear(); o.quitAfter = QuitAfter::Auth; },
        Field::QuitAfter, Kind::Requires, int(Field::User), "user name");
    row("quit after rcpt without recipient", [](ProbeOptions &o) { o.to.clear(); o.quitAfter = QuitAfter::Rcpt; }, Field::QuitAfter, Kind::Requires, int(Field::To), "recipient");
    row("quit after data without send", [](ProbeOptions &o) { o.quitAfter = QuitAfter::Data; }, Field::QuitAfter, Kind::Requires, int(Field::Send), "sent");
}

void TestProbeOptions::refusedValues()
{
    QFETCH(Change, change);
    QFETCH(Field, field);
    QFETCH(Kind, kind);
    QFETCH(int, other);
    QFETCH(QString, says);
    ProbeOptions options = goodOptions();
    change(options);
    const QList<ProbeOptionProblem> problems = options.validate();
    QVERIFY2(problems.size() == 1, qPrintable(describe(problems)));
    const ProbeOptionProblem &problem = problems.first();
    QCOMPARE(problem.field, field);
    QCOMPARE(problem.kind, kind);
    QCOMPARE(problem.other.has_value() ? int(*problem.other) : -1, other);
    QVERIFY2(problem.message.contains(says), qPrintable(problem.message));
    // Plain words for either front end: no flag, and never the password itself.
    QVERIFY2(!problem.message.contains(QLatin1String("--")), qPrintable(problem.message));
    if (!options.secret.isEmpty())
        QVERIFY(!problem.message.contains(options.secret));
}

void TestProbeOptions::acceptedValues_data()
{
    QTest::addColumn<Change>("change");
    QTest::newRow("null sender (RFC 5321 s.4.5.5)") << Change([](ProbeOptions &o) { o.from.clear(); });
    // SMTPUTF8 (RFC 6531) addresses are real addresses; only controls are refused.
    QTest::newRow("UTF-8 addresses") << Change([](ProbeOptions &o) {
        o.from = QStringLiteral("jörg@bücher.example");
        o.to = {QStringLiteral("用户@例子.广告")};
    });
    QTest::newRow("password in clear, allowed for this run") << Change([](ProbeOptions &o) {
        o.tlsMode = TlsMode::None;
        o.allowPlaintextAuth = true;
    });
    QTest::newRow("no encryption, no login") << Change([](ProbeOptions &o) {
        o.tlsMode = TlsMode::None;
        o.user.clear();
        o.secret.clear();
        o.authMechanism.clear();
    });
    // A password may hold a tab; only what SASL PLAIN cannot carry is refused (RFC 4616 s.2).
    QTest::newRow("password with a tab") << Change([](ProbeOptions &o) { o.secret = QStringLiteral("a\tb"); });
    QTest::newRow("one-hour timeout") << Change([](ProbeOptions &o) { o.setTimeoutSeconds(3600); });
    QTest::newRow("sub-millisecond timeout rounds up") << Change([](ProbeOptions &o) { o.setTimeoutSeconds(0.0001); });
    QTest::newRow("send with a recipient, quit after data") << Change([](ProbeOptions &o) {
        o.send = true;
        o.quitAfter = QuitAfter::Data;
    });
    QTest::newRow("port 65535") << Change([](ProbeOptions &o) { o.port = 65535; });
}

void TestProbeOptions::acceptedValues()
{
    QFETCH(Change, change);
    ProbeOptions options = goodOptions();
    change(options);
    const QList<ProbeOptionProblem> problems = options.validate();
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestProbeOptions::problemsComeInFormOrder()
{
    // Front ends show the first problem; it is the first field of the form, not the last.
    ProbeOptions options = goodOptions();
    options.host.clear();
    options.from = QStringLiteral("x\ny");
    options.port = 0;
    const QList<ProbeOptionProblem> problems = options.validate();
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).field, Field::Host);
    QCOMPARE(problems.at(1).field, Field::Port);
    QCOMPARE(problems.at(2).field, Field::From);
}

void TestProbeOptions::timeoutSecondsFollowOneRule()
{
    ProbeOptions options;
    options.setTimeoutSeconds(7.5);
    QCOMPARE(options.timeouts.connectMs, 7500);
    QCOMPARE(options.timeouts.replyMs, 7500);
    QCOMPARE(options.timeouts.overallMs, 30000); // four times, for the whole session
    options.setTimeoutSeconds(qQNaN());
    QCOMPARE(options.timeouts.replyMs, 0);
    options.setTimeoutSeconds(1e30); // would overflow an int of milliseconds
    QCOMPARE(options.timeouts.replyMs, 0);
}

void TestProbeOptions::portsAreNumbersFromOneTo65535()
{
    QCOMPARE(parsePort(u"587"), std::optional<quint16>(587));
    QCOMPARE(parsePort(u"65535"), std::optional<quint16>(65535));
    QVERIFY(!parsePort(u"0"));
    QVERIFY(!parsePort(u"65536"));
    QVERIFY(!parsePort(u"-25"));
    QVERIFY(!parsePort(u"smtp"));
    QVERIFY(!parsePort(u""));
}

void TestProbeOptions::describesControlsInWords()
{
    QCOMPARE(CommandValues::describeControl(u'\n'), QStringLiteral("a line feed (LF, 0x0A)"));
    QCOMPARE(CommandValues::describeControl(QChar(0x7f)), QStringLiteral("a control character (0x7F)"));
    QVERIFY(CommandValues::checkNoControls(QStringLiteral("plain text")).isEmpty());
}

QTEST_APPLESS_MAIN(TestProbeOptions)
#include "tst_probeoptions.moc"
