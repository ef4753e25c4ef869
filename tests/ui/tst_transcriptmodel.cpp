// The transcript model on its own: rows, columns, roles, reply colours, masking, batching.
#include "session/transcript.h"
#include "transcriptmodel.h"
#include "uihelpers.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace SmtpTutor;

class TestTranscriptModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rowsAndColumns();
    void rolesAndMarks();
    void colourByReplyClass();
    void coloursReadableOnDarkPalette();
    void masksAuthLines();
    void batchesAppends();
    void clearResets();
    void tenThousandLines();
};

static Transcript *sample(QObject *parent)
{
    auto *t = new Transcript(parent);
    t->addInfo(QStringLiteral("Connected"));
    t->addReply(Reply(220, {QStringLiteral("mail.example.com ESMTP")}), false);
    t->addClientLine("EHLO me", false);
    t->addReply(Reply(250, {QStringLiteral("mail.example.com"), QStringLiteral("STARTTLS")}), false);
    t->addClientLine("STARTTLS", false);
    t->addReply(Reply(220, EnhancedStatus(2, 0, 0), QStringLiteral("Ready to start TLS")), false);
    t->addInfo(QStringLiteral("TLS started"), true);
    t->addClientLine("RCPT TO:<x@example.com>", true);
    t->addReply(Reply(503, EnhancedStatus(5, 5, 1), QStringLiteral("Error: need MAIL command")), true,
                QStringLiteral("RCPT needs MAIL first"), QStringLiteral("RFC 5321 s.4.1.4"));
    t->addReply(Reply(450, EnhancedStatus(4, 7, 1), QStringLiteral("Greylisted")), true);
    t->addReply(Reply(354, {QStringLiteral("End data with <CR><LF>.<CR><LF>")}), true);
    t->addError(QStringLiteral("Something broke"));
    return t;
}

void TestTranscriptModel::rowsAndColumns()
{
    TranscriptModel model;
    auto *t = sample(&model);
    model.setTranscript(t);
    QCOMPARE(model.rowCount(), int(t->size()));
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Line"));
}

void TestTranscriptModel::rolesAndMarks()
{
    TranscriptModel model;
    model.setTranscript(sample(&model));
    auto mark = [&](int row) { return model.index(row, TranscriptModel::MarkColumn).data().toString(); };
    QCOMPARE(mark(0), QStringLiteral("==="));
    QCOMPARE(mark(1), QStringLiteral("<-"));
    QCOMPARE(mark(2), QStringLiteral("->"));
    QCOMPARE(mark(4), QStringLiteral("<-")); // second line of the multi-line EHLO reply
    QCOMPARE(mark(8), QStringLiteral("~>"));
    QCOMPARE(mark(9), QStringLiteral("<~"));
    QCOMPARE(mark(12), QStringLiteral("***"));
    const QModelIndex reply = model.index(9, TranscriptModel::TextColumn);
    QCOMPARE(reply.data(TranscriptModel::ReplyCodeRole).toInt(), 503);
    QCOMPARE(reply.data(TranscriptModel::EnhancedStatusRole).toString(), QStringLiteral("5.5.1"));
    QCOMPARE(reply.data(TranscriptModel::RfcSectionRole).toString(), QStringLiteral("RFC 5321 s.4.1.4"));
    QCOMPARE(reply.data(TranscriptModel::ExplanationRole).toString(), QStringLiteral("RCPT needs MAIL first"));
    QVERIFY(reply.data(TranscriptModel::TlsRole).toBool());
    QVERIFY(reply.data().toString().startsWith(QLatin1String("503 5.5.1")));
    QVERIFY(model.index(7, 0).data(TranscriptModel::IsTlsBoundaryRole).toBool());
    QVERIFY(model.index(7, 2).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(0, 2).data(TranscriptModel::IsTlsBoundaryRole).toBool());
    QVERIFY(model.index(1, 0).data().toString().startsWith(u'+'));
}

void TestTranscriptModel::colourByReplyClass()
{
    TranscriptModel model;
    model.setTranscript(sample(&model));
    const QPalette palette = QApplication::palette();
    auto colour = [&](int row) { return model.index(row, 2).data(Qt::ForegroundRole).value<QColor>(); };
    QCOMPARE(colour(1), Ui::replyClassColor(220, palette));
    QCOMPARE(colour(9), Ui::replyClassColor(503, palette));
    QCOMPARE(colour(10), Ui::replyClassColor(450, palette));
    QCOMPARE(colour(11), Ui::replyClassColor(354, palette));
    QCOMPARE(colour(12), Ui::replyClassColor(500, palette)); // "***" error line
    // Four classes, four different hues: green, blue, amber, red.
    const QColor g = Ui::replyClassColor(250, palette), b = Ui::replyClassColor(354, palette),
                 a = Ui::replyClassColor(450, palette), r = Ui::replyClassColor(550, palette);
    QVERIFY(g.green() > g.red() && g.green() > g.blue());
    QVERIFY(b.blue() > b.red() && b.blue() > b.green());
    QVERIFY(a.red() > a.blue() && a.green() > a.blue());
    QVERIFY(r.red() > r.green() && r.red() > r.blue());
    QVERIFY(!model.index(2, 2).data(Qt::ForegroundRole).isValid()); // client text: palette's own colour
}

static double contrast(const QColor &a, const QColor &b)
{
    auto lum = [](const QColor &c) {
        auto ch = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double l1 = lum(a), l2 = lum(b);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

void TestTranscriptModel::coloursReadableOnDarkPalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    QVERIFY(!Ui::isDarkPalette(light));
    QVERIFY(Ui::isDarkPalette(dark));
    for (int code : {250, 354, 450, 550}) {
        // WCAG AA for normal text is 4.5:1.
        QVERIFY2(contrast(Ui::replyClassColor(code, light), Qt::white) >= 4.5, qPrintable(QString::number(code)));
        QVERIFY2(contrast(Ui::replyClassColor(code, dark), QColor(0x1e, 0x1e, 0x1e)) >= 4.5, qPrintable(QString::number(code)));
    }
}

void TestTranscriptModel::masksAuthLines()
{
    Transcript t;
    t.addClientLine("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", true, Secrecy::AuthCommand);
    t.addClientLine("d29uZGVybGFuZA==", true, Secrecy::AuthResponse);
    TranscriptModel model;
    model.setTranscript(&t);
    for (int row = 0; row < 2; ++row) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
            const QString text = model.index(row, 2).data(role).toString();
            QVERIFY2(!text.contains(QLatin1String("AGFsaWNl")) && !text.contains(QLatin1String("d29uZGVy")), qPrintable(text));
        }
        QVERIFY(!model.index(row, 2).data(TranscriptModel::MaskNoteRole).toString().isEmpty());
    }
    QVERIFY(model.index(0, 2).data().toString().startsWith(QLatin1String("AUTH PLAIN")));
}

void TestTranscriptModel::batchesAppends()
{
    Transcript t;
    TranscriptModel model;
    model.setTranscript(&t);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 50; ++i)
        t.addClientLine("NOOP", false);
    QCOMPARE(model.rowCount(), 0); // not yet: one insert per event-loop turn
    QTRY_COMPARE(model.rowCount(), 50);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 49);
}

void TestTranscriptModel::clearResets()
{
    TranscriptModel model;
    auto *t = sample(&model);
    model.setTranscript(t);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    t->clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestTranscriptModel::tenThousandLines()
{
    Transcript t;
    TranscriptModel model;
    model.setTranscript(&t);
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10000; ++i) {
        t.addClientLine(QByteArray("RCPT TO:<user") + QByteArray::number(i) + "@example.com>", false);
        t.addReply(Reply(250, EnhancedStatus(2, 1, 5), QStringLiteral("Ok")), false);
        if (i % 1000 == 0)
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE(model.rowCount(), 20000);
    view.scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(model.index(19999, 2).data(TranscriptModel::ReplyCodeRole).toInt(), 250);
    QVERIFY(model.index(19998, 2).data().toString().contains(QLatin1String("user9999")));
}

QTEST_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
