// ProbeOptions::validate(): the one place where every value that goes into a command is
// checked before anything connects. The CLI and the probe dialog both rely on it.

#include "client/commandvalues.h"
#include "client/probeoptions.h"

#include <QTest>

using namespace SmtpTutor;
using Field = ProbeOptionProblem::Field;

Q_DECLARE_METATYPE(ProbeOptionProblem::Field)

class TestProbeOptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodOptionsPass();
    void refusedValues_data();
    void refusedValues();
    void utf8AddressesAreAllowed();
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
} // namespace

void TestProbeOptions::goodOptionsPass()
{
    const QList<ProbeOptionProblem> problems = goodOptions().validate();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    ProbeOptions nullSender = goodOptions();
    nullSender.from.clear(); // MAIL FROM:<>, RFC 5321 s.4.5.5
    QVERIFY(nullSender.validate().isEmpty());
}

void TestProbeOptions::refusedValues_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Field>("field");
    QTest::addColumn<QString>("says");

    const QString injection = QStringLiteral("a@example.com>\r\nVRFY bob\r\nMAIL FROM:<b@example.com");
    QTest::newRow("from with CRLF") << "from" << injection << Field::From << "carriage return";
    QTest::newRow("to with LF") << "to" << QStringLiteral("bob@example.com\nRSET") << Field::To << "line feed";
    QTest::newRow("to with NUL") << "to" << QStringLiteral("bob@example.com") + QChar(0) << Field::To << "NUL";
    QTest::newRow("ehlo with CR") << "ehlo" << QStringLiteral("me\rQUIT") << Field::EhloName << "carriage return";
    QTest::newRow("ehlo with a space") << "ehlo" << QStringLiteral("my laptop") << Field::EhloName << "space";
    QTest::newRow("user with LF") << "user" << QStringLiteral("alice\nbob") << Field::User << "line feed";
    QTest::newRow("user with escape") << "user" << QStringLiteral("alice\x1b[31m") << Field::User << "0x1B";
    QTest::newRow("token with CRLF") << "secret" << QStringLiteral("ya29.token\r\n") << Field::Secret << "carriage return";
    QTest::newRow("host with LF") << "host" << QStringLiteral("mail.example.com\nx") << Field::Host << "line feed";
    QTest::newRow("host empty") << "host" << QString() << Field::Host << "No host";
    QTest::newRow("from without domain") << "from" << QStringLiteral("alice") << Field::From << "@domain";
    QTest::newRow("from in brackets") << "from" << QStringLiteral("<alice@example.com>") << Field::From << "angle brackets";
    QTest::newRow("to with two @") << "to" << QStringLiteral("bob@@example.com") << Field::To << "not a valid mailbox";
    QTest::newRow("unknown mechanism") << "mechanism" << QStringLiteral("GSSAPI") << Field::AuthMechanism << "GSSAPI";
}

void TestProbeOptions::refusedValues()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(Field, field);
    QFETCH(QString, says);
    ProbeOptions options = goodOptions();
    if (what == QLatin1String("from"))
        options.from = value;
    else if (what == QLatin1String("to"))
        options.to.append(value);
    else if (what == QLatin1String("ehlo"))
        options.ehloName = value;
    else if (what == QLatin1String("user"))
        options.user = value;
    else if (what == QLatin1String("secret"))
        options.secret = value;
    else if (what == QLatin1String("host"))
        options.host = value;
    else if (what == QLatin1String("mechanism"))
        options.authMechanism = value;
    const QList<ProbeOptionProblem> problems = options.validate();
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QVERIFY2(problems.first().message.contains(says), qPrintable(problems.first().message));
}

void TestProbeOptions::utf8AddressesAreAllowed()
{
    // SMTPUTF8 (RFC 6531) addresses are real addresses; only controls are refused.
    ProbeOptions options = goodOptions();
    options.from = QStringLiteral("jörg@bücher.example");
    options.to = {QStringLiteral("用户@例子.广告")};
    QVERIFY(options.validate().isEmpty());
}

void TestProbeOptions::describesControlsInWords()
{
    QCOMPARE(CommandValues::describeControl(u'\n'), QStringLiteral("a line feed (LF, 0x0A)"));
    QCOMPARE(CommandValues::describeControl(QChar(0x7f)), QStringLiteral("a control character (0x7F)"));
    QVERIFY(CommandValues::checkNoControls(QStringLiteral("plain text")).isEmpty());
}

QTEST_APPLESS_MAIN(TestProbeOptions)
#include "tst_probeoptions.moc"
