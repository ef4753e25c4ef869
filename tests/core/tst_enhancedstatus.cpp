#include "protocol/enhancedstatus.h"

#include <QTest>

using namespace SmtpTutor;

class TestEnhancedStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parsePrefix_data();
    void parsePrefix();
    void defaultIsInvalid();
    void toStringRoundTrip();
};

void TestEnhancedStatus::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("cls");
    QTest::addColumn<int>("subject");
    QTest::addColumn<int>("detail");

    QTest::newRow("success") << "2.0.0" << true << 2 << 0 << 0;
    QTest::newRow("unknown user") << "5.1.1" << true << 5 << 1 << 1;
    QTest::newRow("transient") << "4.7.1" << true << 4 << 7 << 1;
    QTest::newRow("three-digit subject and detail") << "5.999.999" << true << 5 << 999 << 999;
    QTest::newRow("leading zeros") << "2.01.002" << true << 2 << 1 << 2;
    // RFC 3463 s.2: class is 2, 4 or 5 only.
    QTest::newRow("class 1") << "1.0.0" << false << 0 << 0 << 0;
    QTest::newRow("class 3") << "3.0.0" << false << 0 << 0 << 0;
    QTest::newRow("class 6") << "6.0.0" << false << 0 << 0 << 0;
    // subject and detail are 1*3digit.
    QTest::newRow("four-digit subject") << "5.1000.0" << false << 0 << 0 << 0;
    QTest::newRow("four-digit detail") << "5.1.1000" << false << 0 << 0 << 0;
    QTest::newRow("empty subject") << "5..1" << false << 0 << 0 << 0;
    QTest::newRow("empty detail") << "5.1." << false << 0 << 0 << 0;
    QTest::newRow("two parts") << "5.1" << false << 0 << 0 << 0;
    QTest::newRow("four parts") << "5.1.1.1" << false << 0 << 0 << 0;
    QTest::newRow("letters") << "5.a.1" << false << 0 << 0 << 0;
    QTest::newRow("two-digit class") << "55.1.1" << false << 0 << 0 << 0;
    QTest::newRow("leading space") << " 5.1.1" << false << 0 << 0 << 0;
    QTest::newRow("trailing space") << "5.1.1 " << false << 0 << 0 << 0;
    QTest::newRow("empty") << "" << false << 0 << 0 << 0;
    QTest::newRow("negative") << "5.-1.1" << false << 0 << 0 << 0;
}

void TestEnhancedStatus::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto status = EnhancedStatus::parse(text);
    QCOMPARE(status.has_value(), valid);
    if (!valid)
        return;
    QFETCH(int, cls);
    QFETCH(int, subject);
    QFETCH(int, detail);
    QVERIFY(status->isValid());
    QCOMPARE(status->statusClass(), cls);
    QCOMPARE(status->subject(), subject);
    QCOMPARE(status->detail(), detail);
    QCOMPARE(*status, EnhancedStatus(cls, subject, detail));
}

void TestEnhancedStatus::parsePrefix_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "" when none
    QTest::addColumn<int>("consumed");

    QTest::newRow("with text") << "5.1.1 <bob@example.com>: User unknown" << "5.1.1" << 5;
    QTest::newRow("alone") << "2.0.0" << "2.0.0" << 5;
    QTest::newRow("long parts") << "4.123.456 later" << "4.123.456" << 9;
    QTest::newRow("no code") << "Ok" << "" << 0;
    QTest::newRow("glued to text") << "2.0.0Ok" << "" << 0;
    QTest::newRow("followed by dot") << "2.0.0.1 x" << "" << 0;
    QTest::newRow("an IP address") << "192.0.2.1 is you" << "" << 0;
    QTest::newRow("a version") << "2.6 ready" << "" << 0;
    QTest::newRow("base64") << "VXNlcm5hbWU6" << "" << 0;
}

void TestEnhancedStatus::parsePrefix()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, consumed);
    qsizetype used = -1;
    const auto status = EnhancedStatus::parsePrefix(text, &used);
    QCOMPARE(status.has_value(), !expected.isEmpty());
    if (status) {
        QCOMPARE(status->toString(), expected);
        QCOMPARE(used, qsizetype(consumed));
    } else {
        QCOMPARE(used, qsizetype(-1)); // untouched on failure
    }
}

void TestEnhancedStatus::defaultIsInvalid()
{
    const EnhancedStatus status;
    QVERIFY(!status.isValid());
    QCOMPARE(status.toString(), QString());
}

void TestEnhancedStatus::toStringRoundTrip()
{
    for (int cls : {2, 4, 5}) {
        for (int subject : {0, 7, 42, 999}) {
            for (int detail : {0, 1, 10, 999}) {
                const EnhancedStatus status(cls, subject, detail);
                QCOMPARE(EnhancedStatus::parse(status.toString()), std::optional<EnhancedStatus>(status));
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestEnhancedStatus)
#include "tst_enhancedstatus.moc"
