// ReplyStream without sockets: which bytes answer which command, whatever the chunking, and
// when bytes answer nobody. One row per conversation.

#include "client/replystream.h"

#include <QTest>

using namespace SmtpTutor;

Q_DECLARE_METATYPE(ReplyStream::Fault)

class TestReplyStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pairing_data();
    void pairing();
    void bytesBeforeTheNextCommandAreRefused();
    void pipelinedRepliesAreCountedExactly();
    void startTlsHoldsBackWhatFollowsItsReply();
    void unsolicited421IsAClosingNotice();
    void malformedReplyIsAFault();
};

// Rows: chunks the server sends (joined by "|"), the commands the client has sent before them
// (each owes one reply), the replies delivered and the fault.
void TestReplyStream::pairing_data()
{
    QTest::addColumn<QStringList>("chunks");
    QTest::addColumn<int>("owed");
    QTest::addColumn<int>("delivered");
    QTest::addColumn<ReplyStream::Fault>("fault");

    QTest::newRow("one reply, one chunk") << QStringList{"250 ok\r\n"} << 1 << 1 << ReplyStream::Fault::None;
    QTest::newRow("one reply, byte by byte") << QString("250-a\r\n250 b\r\n").split(QString()).mid(1, 14) << 1 << 1 << ReplyStream::Fault::None;
    QTest::newRow("an extra reply in the same chunk") << QStringList{"250-mail\r\n250 STARTTLS\r\n250 2.0.0 ok\r\n"} << 1 << 0 << ReplyStream::Fault::UnsolicitedReply;
    QTest::newRow("an extra reply in the next chunk") << QStringList{"250 mail\r\n", "250 2.0.0 ok\r\n"} << 1 << 1 << ReplyStream::Fault::UnsolicitedReply;
    QTest::newRow("a reply with nothing owed") << QStringList{"250 hello\r\n"} << 0 << 0 << ReplyStream::Fault::UnsolicitedReply;
    QTest::newRow("half a reply, the rest later") << QStringList{"25", "0 o", "k\r\n"} << 1 << 1 << ReplyStream::Fault::None;
    QTest::newRow("two owed, two arrive together") << QStringList{"250 a\r\n250 b\r\n"} << 2 << 2 << ReplyStream::Fault::None;
    QTest::newRow("two owed, three arrive") << QStringList{"250 a\r\n250 b\r\n250 c\r\n"} << 2 << 0 << ReplyStream::Fault::UnsolicitedReply;
}

void TestReplyStream::pairing()
{
    QFETCH(QStringList, chunks);
    QFETCH(int, owed);
    QFETCH(int, delivered);
    QFETCH(ReplyStream::Fault, fault);

    ReplyStream stream;
    for (int i = 0; i < owed; ++i)
        QCOMPARE(stream.expectReply(), ReplyStream::Fault::None);
    int replies = 0;
    ReplyStream::Fault seen = ReplyStream::Fault::None;
    for (const QString &chunk : std::as_const(chunks)) {
        const ReplyStream::Outcome outcome = stream.feed(chunk.toLatin1());
        replies += int(outcome.replies.size());
        if (outcome.fault != ReplyStream::Fault::None) {
            seen = outcome.fault;
            break;
        }
    }
    QCOMPARE(replies, delivered);
    QCOMPARE(seen, fault);
}

void TestReplyStream::bytesBeforeTheNextCommandAreRefused()
{
    // The EHLO reply and the first half of a stray reply in one segment: the EHLO reply is
    // delivered, but the next command must not be paired with the stray one.
    ReplyStream stream;
    QCOMPARE(stream.expectReply(), ReplyStream::Fault::None);
    const ReplyStream::Outcome outcome = stream.feed("250-mail.example.com\r\n250 STARTTLS\r\n250 2.0");
    QCOMPARE(outcome.fault, ReplyStream::Fault::None);
    QCOMPARE(outcome.replies.size(), 1);
    QCOMPARE(stream.unreadBytes(), 7);
    QCOMPARE(stream.unreadPreview(), QByteArray("250 2.0"));
    QCOMPARE(stream.expectReply(true), ReplyStream::Fault::UnsolicitedBytes);
    QCOMPARE(stream.repliesOwed(), 0); // the refused command owes nothing
}

void TestReplyStream::pipelinedRepliesAreCountedExactly()
{
    // RFC 2920: MAIL, RCPT, RCPT, DATA in one batch owe four replies, in order.
    ReplyStream stream;
    for (int i = 0; i < 4; ++i)
        QCOMPARE(stream.expectReply(), ReplyStream::Fault::None);
    ReplyStream::Outcome outcome = stream.feed("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 no\r\n35");
    QCOMPARE(outcome.fault, ReplyStream::Fault::None);
    QCOMPARE(outcome.replies.size(), 3);
    QCOMPARE(outcome.replies.at(2).code(), 550);
    QCOMPARE(stream.repliesOwed(), 1);
    // The partial "35" is the start of the owed fourth reply, not a stray one.
    outcome = stream.feed("4 go ahead\r\n");
    QCOMPARE(outcome.replies.size(), 1);
    QCOMPARE(outcome.replies.first().code(), 354);
    QCOMPARE(stream.repliesOwed(), 0);
    outcome = stream.feed("250 one too many\r\n");
    QCOMPARE(outcome.fault, ReplyStream::Fault::UnsolicitedReply);
    QCOMPARE(outcome.unsolicited->code(), 250);
}

void TestReplyStream::startTlsHoldsBackWhatFollowsItsReply()
{
    ReplyStream stream;
    QCOMPARE(stream.expectReply(true), ReplyStream::Fault::None);
    ReplyStream::Outcome outcome = stream.feed("220 2.0.0 Ready\r\n250-inj");
    QCOMPARE(outcome.replies.size(), 1);
    QCOMPARE(outcome.replies.first().code(), 220);
    outcome = stream.feed("ected\r\n250 AUTH PLAIN\r\n");
    QVERIFY(outcome.replies.isEmpty()); // held back: never parsed, never delivered
    QCOMPARE(outcome.fault, ReplyStream::Fault::None);
    QCOMPARE(stream.unreadBytes(), qsizetype(QByteArray("250-injected\r\n250 AUTH PLAIN\r\n").size()));
    QVERIFY(stream.unreadPreview().startsWith("250-injected"));

    // A clean STARTTLS: nothing unread, and the stream starts over after the handshake.
    ReplyStream clean;
    QCOMPARE(clean.expectReply(true), ReplyStream::Fault::None);
    QCOMPARE(clean.feed("220 Go ahead\r\n").replies.size(), 1);
    QCOMPARE(clean.unreadBytes(), 0);
    clean.restartAfterTls();
    QCOMPARE(clean.expectReply(), ReplyStream::Fault::None);
    QCOMPARE(clean.feed("250 mail.example.com\r\n").replies.size(), 1);
}

void TestReplyStream::unsolicited421IsAClosingNotice()
{
    // RFC 5321 s.3.8: a server may say 421 at any time before it closes.
    ReplyStream stream;
    const ReplyStream::Outcome outcome = stream.feed("421 4.3.2 Shutting down\r\n");
    QCOMPARE(outcome.fault, ReplyStream::Fault::ClosingAnnounced);
    QCOMPARE(outcome.unsolicited->code(), 421);
}

void TestReplyStream::malformedReplyIsAFault()
{
    ReplyStream stream;
    QCOMPARE(stream.expectReply(), ReplyStream::Fault::None);
    const ReplyStream::Outcome outcome = stream.feed("2x0 hello\r\n");
    QCOMPARE(outcome.fault, ReplyStream::Fault::Malformed);
    QVERIFY(!stream.errorString().isEmpty());
    QCOMPARE(stream.expectReply(), ReplyStream::Fault::Malformed); // a broken stream stays broken
}

QTEST_APPLESS_MAIN(TestReplyStream)
#include "tst_replystream.moc"
