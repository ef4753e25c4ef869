// The bounded line buffer in front of the practice server's engine, and its memory budget.

#include "practice/lineframer.h"
#include "practice/memorybudget.h"

#include <QTest>

using namespace SmtpTutor;

class TestPracticeFraming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesWhateverTheChunking_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<QList<QByteArray>>("lines");
        const QByteArray stream = "EHLO a\r\nMAIL FROM:<x@y>\r\n\r\nbare\nlast\r\n";
        const QList<QByteArray> lines { "EHLO a", "MAIL FROM:<x@y>", "", "bare", "last" };
        for (int chunk : { 1, 2, 3, 7, 1000 })
            QTest::addRow("chunk %d", chunk) << stream << chunk << lines;
        QTest::addRow("CR inside a line stays")
            << QByteArray("a\rb\r\n") << 1 << QList<QByteArray> { "a\rb" };
        QTest::addRow("half a line is kept back")
            << QByteArray("NOOP\r\nNO") << 3 << QList<QByteArray> { "NOOP" };
    }
    void linesWhateverTheChunking()
    {
        QFETCH(QByteArray, stream);
        QFETCH(int, chunk);
        QFETCH(QList<QByteArray>, lines);
        LineFramer framer;
        QList<QByteArray> got;
        for (qsizetype i = 0; i < stream.size(); i += chunk) {
            framer.append(QByteArrayView(stream).sliced(i, qMin<qsizetype>(chunk, stream.size() - i)));
            QByteArray line;
            while (framer.takeLine(100, &line) == LineFramer::Result::Line)
                got.append(line);
        }
        QCOMPARE(got, lines);
    }

    void longLineIsDroppedOnceAndTheNextLineSurvives()
    {
        LineFramer framer;
        QByteArray line;
        framer.append(QByteArray(50, 'x'));
        QCOMPARE(framer.takeLine(20, &line), LineFramer::Result::TooLong);
        QVERIFY(framer.isDroppingLongLine());
        QCOMPARE(framer.pendingBytes(), 0); // nothing of the long line is held
        framer.append(QByteArray(5000, 'y'));
        QCOMPARE(framer.takeLine(20, &line), LineFramer::Result::NeedMore);
        QCOMPARE(framer.pendingBytes(), 0);
        framer.append("zzz\r\nNOOP\r\n");
        QCOMPARE(framer.takeLine(20, &line), LineFramer::Result::Line);
        QCOMPARE(line, QByteArray("NOOP"));
    }

    void completeButTooLongLineIsReported()
    {
        LineFramer framer;
        QByteArray line;
        framer.append(QByteArray(30, 'a') + "\r\nQUIT\r\n");
        QCOMPARE(framer.takeLine(20, &line), LineFramer::Result::TooLong);
        QCOMPARE(framer.takeLine(20, &line), LineFramer::Result::Line);
        QCOMPARE(line, QByteArray("QUIT"));
    }

    void exactLimitIsAccepted()
    {
        LineFramer framer;
        QByteArray line;
        framer.append(QByteArray(20, 'a') + "\r");
        QCOMPARE(framer.takeLine(20, &line), LineFramer::Result::NeedMore); // CR may await its LF
        framer.append("\n");
        QCOMPARE(framer.takeLine(20, &line), LineFramer::Result::Line);
        QCOMPARE(line.size(), 20);
    }

    void splitModeHandsOverPieces()
    {
        LineFramer framer;
        QByteArray line;
        framer.append(QByteArray(25, 'a') + "\r\n.\r\n");
        QCOMPARE(framer.takeLine(10, &line, LineFramer::Overflow::Split), LineFramer::Result::Piece);
        QCOMPARE(line, QByteArray(10, 'a'));
        QCOMPARE(framer.takeLine(10, &line, LineFramer::Overflow::Split), LineFramer::Result::Piece);
        QCOMPARE(framer.takeLine(10, &line, LineFramer::Overflow::Split), LineFramer::Result::Line);
        QCOMPARE(line, QByteArray(5, 'a'));
        QCOMPARE(framer.takeLine(10, &line, LineFramer::Overflow::Split), LineFramer::Result::Line);
        QCOMPARE(line, QByteArray("."));
    }

    void discardPendingDropsPipelinedBytes()
    {
        LineFramer framer;
        QByteArray line;
        framer.append("STARTTLS\r\nMAIL FROM:<a@b>\r\nRCPT");
        QCOMPARE(framer.takeLine(100, &line), LineFramer::Result::Line);
        QCOMPARE(line, QByteArray("STARTTLS"));
        QCOMPARE(framer.discardPending(), qsizetype(strlen("MAIL FROM:<a@b>\r\nRCPT")));
        QCOMPARE(framer.takeLine(100, &line), LineFramer::Result::NeedMore);
    }

    void budgetMakesRoomThenRefuses()
    {
        MemoryBudget budget(100);
        qint64 kept = 60;
        budget.setMakeRoom([&](qint64 need) {
            const qint64 freed = qMin(need, kept) > 0 ? kept : 0; // drops all kept bytes at once
            kept -= freed;
            budget.release(freed);
            return freed;
        });
        QVERIFY(budget.reserve(60));
        QVERIFY(budget.reserve(30));
        QVERIFY(budget.reserve(50)); // 140 > 100: the 60 "kept" bytes give way
        QCOMPARE(budget.used(), 80);
        QVERIFY(!budget.reserve(30)); // nothing left to drop
        QCOMPARE(budget.used(), 80);
        QCOMPARE(budget.peak(), 90);
    }
};

QTEST_APPLESS_MAIN(TestPracticeFraming)
#include "tst_practiceserver_framing.moc"
