#include "protocol/escape.h"

#include <QTest>

using namespace SmtpTutor;

class TestEscape : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escape_data();
    void escape();
    void everyByteIsPrintable();
};

void TestEscape::escape_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray("250 2.0.0 Ok") << QStringLiteral("250 2.0.0 Ok");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("tab") << QByteArray("a\tb") << QStringLiteral("a\\tb");
    QTest::newRow("CR LF") << QByteArray("a\r\n") << QStringLiteral("a\\x0D\\x0A");
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << QStringLiteral("a\\x00b");
    QTest::newRow("ESC sequence") << QByteArray("\x1b[2J") << QStringLiteral("\\x1B[2J");
    QTest::newRow("DEL") << QByteArray("a\x7f") << QStringLiteral("a\\x7F");
    QTest::newRow("backslash") << QByteArray("C:\\x") << QStringLiteral("C:\\\\x");
    QTest::newRow("two-byte UTF-8") << QByteArray("gr\xc3\xbc\xc3\x9f") << QStringLiteral(u"grüß");
    QTest::newRow("three-byte UTF-8") << QByteArray("\xe2\x82\xac") << QStringLiteral(u"€");
    QTest::newRow("four-byte UTF-8") << QByteArray("\xf0\x9f\x93\xa7") << QStringLiteral(u"\U0001F4E7");
    QTest::newRow("lone continuation") << QByteArray("a\x80z") << QStringLiteral("a\\x80z");
    QTest::newRow("Latin-1 byte") << QByteArray("caf\xe9!") << QStringLiteral("caf\\xE9!");
    QTest::newRow("truncated sequence") << QByteArray("\xe2\x82") << QStringLiteral("\\xE2\\x82");
    QTest::newRow("truncated then ASCII") << QByteArray("\xe2\x82" "A") << QStringLiteral("\\xE2\\x82A");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\\xC0\\xAF");
    QTest::newRow("overlong three-byte") << QByteArray("\xe0\x80\xaf") << QStringLiteral("\\xE0\\x80\\xAF");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xED\\xA0\\x80");
    QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xF4\\x90\\x80\\x80");
    QTest::newRow("0xFF") << QByteArray("\xff\xfe") << QStringLiteral("\\xFF\\xFE");
    QTest::newRow("valid after invalid") << QByteArray("\xff\xc3\xa9") << QStringLiteral(u"\\xFFé");
    QTest::newRow("C1 control CSI") << QByteArray("\xc2\x9b" "31m") << QStringLiteral("\\xC2\\x9B31m");
    QTest::newRow("NBSP kept") << QByteArray("a\xc2\xa0" "b") << QStringLiteral(u"a\u00a0b");
}

void TestEscape::escape()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(escapeForDisplay(bytes), expected);
}

void TestEscape::everyByteIsPrintable()
{
    // Whatever a server sends, no control character survives into the display text.
    for (int b = 0; b < 256; ++b) {
        const QByteArray bytes(1, char(b));
        const QString shown = escapeForDisplay(bytes);
        for (QChar c : shown)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && (c.unicode() < 0x80 || c.unicode() > 0x9f),
                     qPrintable(QStringLiteral("byte %1 gave %2").arg(b).arg(shown)));
    }
}

QTEST_APPLESS_MAIN(TestEscape)
#include "tst_escape.moc"
