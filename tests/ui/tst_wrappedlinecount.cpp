// WrappedLineCount: the transcript's row heights come from it, one call per new row. The fast
// way (character cells and line-break opportunities) must give the same count as a real
// QTextLayout, or rows are cut (too few lines) or padded (too many).

#include "wrappedlinecount.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QRandomGenerator>
#include <QTest>

using namespace SmtpTutor;

class TestWrappedLineCount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cellsAgreeWithTheLayout_data();
    void cellsAgreeWithTheLayout();
    void randomTextsAgree();
    void otherScriptsUseTheLayout();

private:
    static QFont mono()
    {
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    }
};

void TestWrappedLineCount::cellsAgreeWithTheLayout_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("greylisting")
        << QStringLiteral("450 4.2.0 <bob@example.com>: Recipient address rejected: Greylisted, see "
                          "https://postgrey.schweikert.ch/help/example.com.html");
    QTest::newRow("one long word") << QString(300, u'x');
    QTest::newRow("base64 line")
        << QStringLiteral("VGhpcyBpcyBhIGxvbmcgYmFzZTY0IGxpbmUgd2l0aG91dCBhbnkgc3BhY2VzIGF0IGFsbCwgc28gaXQgaXMgY3V0");
    QTest::newRow("many spaces") << QStringLiteral("a    b     c      d       e        f         g          h");
    QTest::newRow("hyphens and slashes")
        << QStringLiteral("550-5.7.1 see-the-policy-at/http://mail.example.com/policy/relaying-denied.html now");
    QTest::newRow("punctuation after spaces") << QStringLiteral("word ! another ? third ; fourth : fifth ) sixth ( seventh");
    QTest::newRow("trailing spaces") << QStringLiteral("ends with spaces                                        ");
}

// Every width from 60 to 700 px: where the fast way says "one line", the layout agrees, and
// count() always gives the layout's answer. The fast way must answer for most of the widths at
// which the text fits (or the transcript would be slow again).
void TestWrappedLineCount::cellsAgreeWithTheLayout()
{
    QFETCH(QString, text);
    const QFont font = mono();
    QVERIFY2(QFontInfo(font).fixedPitch(), qPrintable(QFontInfo(font).family())); // fonts-dejavu-core
    int fits = 0, answered = 0;
    for (int width = 60; width <= 2000; width += 7) {
        const int layout = WrappedLineCount::byLayout(text, font, width, 12);
        QCOMPARE(WrappedLineCount::count(text, font, width, 12), layout);
        const int cells = WrappedLineCount::byCells(text, font, width);
        if (layout == 1)
            ++fits;
        if (cells < 0)
            continue;
        ++answered;
        QVERIFY2(layout == 1, qPrintable(QStringLiteral("width %1: cells say one line, layout %2").arg(width).arg(layout)));
    }
    QVERIFY2(answered >= fits * 9 / 10 - 1, qPrintable(QStringLiteral("answered %1, fits %2").arg(answered).arg(fits)));
}

// Random words, spaces and punctuation (a fixed seed, so a failure repeats).
void TestWrappedLineCount::randomTextsAgree()
{
    const QFont font = mono();
    QRandomGenerator random(20261203);
    static const QString alphabet = QStringLiteral("abcdefghij     ..,,;:!?-/()[]<>@=\"'0123456789");
    int oneLiners = 0;
    for (int i = 0; i < 400; ++i) {
        QString text;
        const int length = random.bounded(1, 120);
        for (int c = 0; c < length; ++c)
            text += alphabet.at(random.bounded(int(alphabet.size())));
        const int width = random.bounded(40, 1000);
        const int layout = WrappedLineCount::byLayout(text, font, width, 12);
        QCOMPARE(WrappedLineCount::count(text, font, width, 12), layout);
        if (WrappedLineCount::byCells(text, font, width) == 1) {
            ++oneLiners;
            QVERIFY2(layout == 1, qPrintable(QStringLiteral("width %1, \"%2\": layout %3").arg(width).arg(text).arg(layout)));
        }
    }
    QVERIFY(oneLiners >= 100);
}

void TestWrappedLineCount::otherScriptsUseTheLayout()
{
    const QString text = QStringLiteral("Grüße aus Köln: der Empfänger ist unbekannt, bitte prüfen Sie die Adresse");
    QCOMPARE(WrappedLineCount::byCells(text, mono(), 2000), -1);
    QCOMPARE(WrappedLineCount::count(text, mono(), 200, 12), WrappedLineCount::byLayout(text, mono(), 200, 12));
    QFont proportional(QStringLiteral("DejaVu Sans"));
    QCOMPARE(WrappedLineCount::byCells(QStringLiteral("plain ascii text"), proportional, 2000), -1);
}

QTEST_MAIN(TestWrappedLineCount)
#include "tst_wrappedlinecount.moc"
