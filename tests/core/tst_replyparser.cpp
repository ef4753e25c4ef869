#include "protocol/escape.h"
#include "protocol/replyparser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace SmtpTutor;

using Error = ReplyParser::Error;
Q_DECLARE_METATYPE(SmtpTutor::ReplyParser::Error)

namespace {

// One reply as "code|line1|line2...", so a table row stays readable.
QString describe(const Reply &reply)
{
    return QString::number(reply.code()) + u'|' + reply.lines().join(u'|');
}

struct Outcome
{
    QStringList replies;
    Error error = Error::None;
    bool bareLf = false;
    qsizetype pending = 0;
};

// Feeds the stream cut at the given offsets and drains replies after every feed.
Outcome run(const QByteArray &stream, const QList<qsizetype> &cuts, ReplyParser::Limits limits)
{
    ReplyParser parser(limits);
    Outcome outcome;
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(stream.size());
    bool failed = false;
    for (qsizetype end : ends) {
        const bool ok = parser.feed(QByteArrayView(stream).sliced(from, end - from));
        // feed() reports failure from the moment the error occurs, and ever after.
        if (failed)
            QTest::qVerify(!ok, "feed after error", "sticky", __FILE__, __LINE__);
        failed = failed || !ok;
        QTest::qVerify(ok == !parser.hasError(), "ok == !hasError", "", __FILE__, __LINE__);
        QTest::qVerify(parser.pendingBytes() <= limits.maxReplyBytes, "pending within limit", "", __FILE__, __LINE__);
        while (auto reply = parser.takeReply())
            outcome.replies << describe(*reply);
        from = end;
    }
    outcome.error = parser.error();
    outcome.bareLf = parser.warnings().contains(ReplyParser::Warning::BareLineFeed);
    outcome.pending = parser.pendingBytes();
    return outcome;
}

QList<qsizetype> everyByte(qsizetype size)
{
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < size; ++i)
        cuts << i;
    return cuts;
}

QList<qsizetype> randomCuts(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<qsizetype> cuts;
    qsizetype at = 0;
    while (size > 0) {
        at += 1 + random.bounded(qMax<qsizetype>(1, qMin<qsizetype>(size, 17)));
        if (at >= size)
            break;
        cuts << at;
    }
    return cuts;
}

ReplyParser::Limits smallLimits()
{
    ReplyParser::Limits limits;
    limits.maxLineLength = 32;
    limits.maxLinesPerReply = 3;
    limits.maxReplyBytes = 64;
    return limits;
}

} // namespace

class TestReplyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversations_data();
    void conversations();
    void lineLengthBoundary_data();
    void lineLengthBoundary();
    void hugeLineFailsEarly();
    void pendingBytesExact_data();
    void pendingBytesExact();
    void injectionAfterStartTls();
    void errorIsSticky();
    void resetClearsEverything();
    void enhancedStatusInReplies();
    void describeEveryError();
    void rawLinesKeepInvalidBytes();
};

void TestReplyParser::conversations_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("replies");
    QTest::addColumn<Error>("error");
    QTest::addColumn<bool>("bareLf");
    QTest::addColumn<qsizetype>("pending");
    QTest::addColumn<bool>("small"); // use smallLimits()

    const ReplyParser::Limits defaults;
    Q_UNUSED(defaults)

    QTest::newRow("greeting") << QByteArray("220 mail.example.com ESMTP Postfix\r\n")
                              << QStringList{"220|mail.example.com ESMTP Postfix"} << Error::None << false
                              << qsizetype(0) << false;
    QTest::newRow("ehlo multi-line")
        << QByteArray("250-mail.example.com\r\n250-PIPELINING\r\n250-SIZE 10485760\r\n250-STARTTLS\r\n"
                      "250-ENHANCEDSTATUSCODES\r\n250 CHUNKING\r\n")
        << QStringList{"250|mail.example.com|PIPELINING|SIZE 10485760|STARTTLS|ENHANCEDSTATUSCODES|CHUNKING"}
        << Error::None << false << qsizetype(0) << false;
    // RFC 5321 s.4.2: Reply-code [ SP textstring ] CRLF, so the text is optional.
    QTest::newRow("code alone") << QByteArray("250\r\n") << QStringList{"250|"} << Error::None << false
                                << qsizetype(0) << false;
    QTest::newRow("code and space") << QByteArray("250 \r\n") << QStringList{"250|"} << Error::None << false
                                    << qsizetype(0) << false;
    QTest::newRow("empty continuation") << QByteArray("250-\r\n250\r\n") << QStringList{"250||"} << Error::None
                                        << false << qsizetype(0) << false;
    QTest::newRow("pipelined replies")
        << QByteArray("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n")
        << QStringList{"250|2.1.0 Ok", "250|2.1.5 Ok", "354|End data with <CR><LF>.<CR><LF>"} << Error::None
        << false << qsizetype(0) << false;
    QTest::newRow("bare LF tolerated") << QByteArray("220 hi\n250-a\n250 b\r\n")
                                       << QStringList{"220|hi", "250|a|b"} << Error::None << true << qsizetype(0)
                                       << false;
    QTest::newRow("CR kept inside text") << QByteArray("250 a\rb\r\n") << QStringList{"250|a\rb"} << Error::None
                                         << false << qsizetype(0) << false;
    QTest::newRow("invalid UTF-8 replaced") << QByteArray("250 caf\xe9\r\n") << QStringList{QStringLiteral(u"250|caf\ufffd")}
                                            << Error::None << false << qsizetype(0) << false;
    QTest::newRow("partial line pending") << QByteArray("250-a\r\n250") << QStringList{} << Error::None << false
                                          << qsizetype(10) << false;
    QTest::newRow("code 559 highest") << QByteArray("559 x\r\n") << QStringList{"559|x"} << Error::None << false
                                      << qsizetype(0) << false;

    // Every error class.
    QTest::newRow("not a code: letters") << QByteArray("abc def\r\n") << QStringList{} << Error::NotACode << false
                                         << qsizetype(0) << false;
    QTest::newRow("not a code: two digits") << QByteArray("25\r\n") << QStringList{} << Error::NotACode << false
                                            << qsizetype(0) << false;
    QTest::newRow("not a code: empty line") << QByteArray("\r\n") << QStringList{} << Error::NotACode << false
                                            << qsizetype(0) << false;
    QTest::newRow("not a code: after a good reply") << QByteArray("220 hi\r\nHTTP/1.1 400\r\n")
                                                    << QStringList{"220|hi"} << Error::NotACode << false
                                                    << qsizetype(0) << false;
    QTest::newRow("out of range: 1yz") << QByteArray("199 x\r\n") << QStringList{} << Error::CodeOutOfRange
                                       << false << qsizetype(0) << false;
    QTest::newRow("out of range: 6yz") << QByteArray("600 x\r\n") << QStringList{} << Error::CodeOutOfRange
                                       << false << qsizetype(0) << false;
    QTest::newRow("out of range: x6z") << QByteArray("260 x\r\n") << QStringList{} << Error::CodeOutOfRange
                                       << false << qsizetype(0) << false;
    QTest::newRow("out of range: 000") << QByteArray("000\r\n") << QStringList{} << Error::CodeOutOfRange << false
                                       << qsizetype(0) << false;
    QTest::newRow("inconsistent codes") << QByteArray("250-a\r\n251 b\r\n") << QStringList{}
                                        << Error::InconsistentCodes << false << qsizetype(7) << false;
    QTest::newRow("missing separator") << QByteArray("250x\r\n") << QStringList{} << Error::MissingSeparator
                                       << false << qsizetype(0) << false;
    QTest::newRow("missing separator: tab") << QByteArray("250\tOk\r\n") << QStringList{}
                                            << Error::MissingSeparator << false << qsizetype(0) << false;
    QTest::newRow("too many lines") << QByteArray("250-a\r\n250-b\r\n250-c\r\n250 d\r\n") << QStringList{}
                                    << Error::TooManyLines << false << qsizetype(14) << true;
    QTest::newRow("as many lines as allowed") << QByteArray("250-a\r\n250-b\r\n250 c\r\n")
                                              << QStringList{"250|a|b|c"} << Error::None << false << qsizetype(0)
                                              << true;
    QTest::newRow("reply too large") << QByteArray("250-aaaaaaaaaaaaaaaaaaaaaaaa\r\n250-bbbbbbbbbbbbbbbbbbbbbbbb\r\n250 c\r\n")
                                     << QStringList{} << Error::ReplyTooLarge << false << qsizetype(-1) << true;
    QTest::newRow("reply just fits") << QByteArray("250-aaaaaaaaaaaaaaaaaaaaaaa\r\n250-bbbbbbbbbbbbbbbbbbbbbbb\r\n250\r\n")
                                     << QStringList{"250|aaaaaaaaaaaaaaaaaaaaaaa|bbbbbbbbbbbbbbbbbbbbbbb|"} << Error::None
                                     << false << qsizetype(0) << true;
    QTest::newRow("line too long") << QByteArray("250 ") + QByteArray(40, 'x') + "\r\n" << QStringList{}
                                   << Error::LineTooLong << false << qsizetype(-1) << true;
    QTest::newRow("line too long after a reply") << QByteArray("220 hi\r\n") + QByteArray(40, 'x')
                                                 << QStringList{"220|hi"} << Error::LineTooLong << false
                                                 << qsizetype(-1) << true;
}

void TestReplyParser::conversations()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, replies);
    QFETCH(Error, error);
    QFETCH(bool, bareLf);
    QFETCH(qsizetype, pending);
    QFETCH(bool, small);
    const ReplyParser::Limits limits = small ? smallLimits() : ReplyParser::Limits();

    // Whole, byte by byte and in random chunks: the outcome never depends on the chunking.
    QList<QList<qsizetype>> chunkings{{}, everyByte(stream.size())};
    for (quint32 seed = 1; seed <= 25; ++seed)
        chunkings << randomCuts(stream.size(), seed);

    for (const auto &cuts : std::as_const(chunkings)) {
        const Outcome outcome = run(stream, cuts, limits);
        QCOMPARE(outcome.replies, replies);
        QCOMPARE(outcome.error, error);
        QCOMPARE(outcome.bareLf, bareLf);
        // pending -1: the error can strike mid-line, so what is held depends on the chunking.
        if (pending >= 0)
            QCOMPARE(outcome.pending, pending);
    }
}

void TestReplyParser::lineLengthBoundary_data()
{
    QTest::addColumn<int>("textLength");
    QTest::addColumn<QByteArray>("ending");
    QTest::addColumn<bool>("accepted");

    // maxLineLength 2048 counts the whole line with its line end.
    QTest::newRow("exactly 2048 with CRLF") << 2048 - 6 << QByteArray("\r\n") << true;
    QTest::newRow("2049 with CRLF") << 2048 - 5 << QByteArray("\r\n") << false;
    QTest::newRow("exactly 2048 with LF") << 2048 - 5 << QByteArray("\n") << true;
    QTest::newRow("2049 with LF") << 2048 - 4 << QByteArray("\n") << false;
}

void TestReplyParser::lineLengthBoundary()
{
    QFETCH(int, textLength);
    QFETCH(QByteArray, ending);
    QFETCH(bool, accepted);
    const QByteArray line = "250 " + QByteArray(textLength, 'x') + ending;
    for (const auto &cuts : {QList<qsizetype>{}, everyByte(line.size()), randomCuts(line.size(), 7)}) {
        const Outcome outcome = run(line, cuts, ReplyParser::Limits());
        QCOMPARE(outcome.replies.size(), accepted ? 1 : 0);
        QCOMPARE(outcome.error, accepted ? Error::None : Error::LineTooLong);
    }
}

void TestReplyParser::hugeLineFailsEarly()
{
    // A 20 MB line without CRLF: refused as soon as the cap is passed, never buffered.
    ReplyParser parser;
    const QByteArray chunk(1000, 'a');
    qsizetype fed = 0;
    int calls = 0;
    while (fed < 20 * 1024 * 1024) {
        ++calls;
        if (!parser.feed(chunk))
            break;
        fed += chunk.size();
        QVERIFY(parser.pendingBytes() < parser.limits().maxLineLength);
    }
    QCOMPARE(parser.error(), Error::LineTooLong);
    QCOMPARE(calls, 3); // 2000 bytes held; the third kilobyte passes 2048
    QVERIFY(parser.pendingBytes() < parser.limits().maxLineLength);

    // One single 20 MB feed fails just the same and keeps nothing of it.
    ReplyParser oneShot;
    const QByteArray huge(20 * 1024 * 1024, 'b');
    QVERIFY(!oneShot.feed(huge));
    QCOMPARE(oneShot.error(), Error::LineTooLong);
    QCOMPARE(oneShot.pendingBytes(), qsizetype(0));

    // Byte by byte: the 2048th byte without LF is the one refused.
    ReplyParser bytewise;
    for (int i = 0; i < 2047; ++i)
        QVERIFY(bytewise.feed("2"));
    QCOMPARE(bytewise.pendingBytes(), qsizetype(2047));
    QVERIFY(!bytewise.feed("2"));
    QCOMPARE(bytewise.error(), Error::LineTooLong);
}

void TestReplyParser::pendingBytesExact_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qsizetype>("pending");
    QTest::addColumn<int>("ready");

    QTest::newRow("nothing") << QByteArray() << qsizetype(0) << 0;
    QTest::newRow("complete") << QByteArray("220 ok\r\n") << qsizetype(0) << 1;
    QTest::newRow("half a line") << QByteArray("220 o") << qsizetype(5) << 0;
    QTest::newRow("CR without LF") << QByteArray("220 ok\r") << qsizetype(7) << 0;
    QTest::newRow("one continuation") << QByteArray("250-a\r\n") << qsizetype(7) << 0;
    QTest::newRow("continuation and partial") << QByteArray("250-a\r\n250-b") << qsizetype(12) << 0;
    QTest::newRow("bare LF continuation") << QByteArray("250-a\n") << qsizetype(6) << 0;
    QTest::newRow("reply then extra") << QByteArray("220 2.0.0 Ready to start TLS\r\nXY") << qsizetype(2) << 1;
    QTest::newRow("two replies then continuation") << QByteArray("250 a\r\n250 b\r\n250-c\r\n") << qsizetype(7)
                                                   << 2;
}

void TestReplyParser::pendingBytesExact()
{
    QFETCH(QByteArray, stream);
    QFETCH(qsizetype, pending);
    QFETCH(int, ready);
    for (const auto &cuts : {QList<qsizetype>{}, everyByte(stream.size()), randomCuts(stream.size(), 3)}) {
        ReplyParser parser;
        qsizetype from = 0;
        QList<qsizetype> ends = cuts;
        ends << stream.size();
        for (qsizetype end : ends) {
            QVERIFY(parser.feed(QByteArrayView(stream).sliced(from, end - from)));
            from = end;
        }
        QCOMPARE(parser.pendingBytes(), pending);
        int count = 0;
        while (parser.takeReply())
            ++count;
        QCOMPARE(count, ready);
        QCOMPARE(parser.isIdle(), pending == 0);
    }
}

void TestReplyParser::injectionAfterStartTls()
{
    // RFC 3207 s.4.2: a server (or a man in the middle) that appends a plaintext reply to the
    // 220 for STARTTLS is detected: the parser is not idle after the 220 is taken.
    ReplyParser parser;
    QVERIFY(parser.feed("220 2.0.0 Ready to start TLS\r\n250-injected\r\n250 evil\r\n"));
    const auto first = parser.takeReply();
    QVERIFY(first && first->code() == 220);
    QVERIFY(!parser.isIdle());
    QVERIFY(parser.hasReply());

    ReplyParser clean;
    QVERIFY(clean.feed("220 2.0.0 Ready to start TLS\r\n"));
    QVERIFY(clean.takeReply());
    QVERIFY(clean.isIdle());
    QCOMPARE(clean.pendingBytes(), qsizetype(0));
}

void TestReplyParser::errorIsSticky()
{
    ReplyParser parser;
    QVERIFY(parser.feed("220 hi\r\n"));
    QVERIFY(!parser.feed("garbage\r\n"));
    QCOMPARE(parser.error(), Error::NotACode);
    // A perfectly good reply afterwards is not trusted.
    QVERIFY(!parser.feed("250 Ok\r\n"));
    QCOMPARE(parser.error(), Error::NotACode);
    const auto greeting = parser.takeReply();
    QVERIFY(greeting && greeting->code() == 220);
    QVERIFY(!parser.takeReply());
    QVERIFY(!parser.errorString().isEmpty());
}

void TestReplyParser::resetClearsEverything()
{
    ReplyParser parser;
    QVERIFY(parser.feed("220 hi\n250-partial\r\n25"));
    QVERIFY(!parser.feed("x\r\n"));
    parser.reset();
    QVERIFY(!parser.hasError());
    QVERIFY(parser.isIdle());
    QVERIFY(parser.warnings().isEmpty());
    QVERIFY(parser.feed("250 fresh\r\n"));
    QCOMPARE(parser.takeReply()->lines(), QStringList{"fresh"});
}

void TestReplyParser::enhancedStatusInReplies()
{
    ReplyParser parser;
    QVERIFY(parser.feed("550-5.1.1 <nobody@example.com>: Recipient address rejected:\r\n"
                        "550 5.1.1 User unknown in virtual mailbox table\r\n"));
    const auto reply = parser.takeReply();
    QVERIFY(reply);
    QCOMPARE(reply->code(), 550);
    QCOMPARE(reply->enhancedStatus(), std::optional<EnhancedStatus>(EnhancedStatus(5, 1, 1)));
    QCOMPARE(reply->firstLineText(), QStringLiteral("<nobody@example.com>: Recipient address rejected:"));
    QVERIFY(reply->isPermanentNegative());
}

void TestReplyParser::describeEveryError()
{
    QVERIFY(ReplyParser::describe(Error::None).isEmpty());
    QSet<QString> texts;
    for (Error e : {Error::LineTooLong, Error::NotACode, Error::CodeOutOfRange, Error::InconsistentCodes,
                    Error::MissingSeparator, Error::TooManyLines, Error::ReplyTooLarge}) {
        const QString text = ReplyParser::describe(e);
        QVERIFY(!text.isEmpty());
        texts.insert(text);
    }
    QCOMPARE(texts.size(), 7);
}

void TestReplyParser::rawLinesKeepInvalidBytes()
{
    ReplyParser parser;
    QVERIFY(parser.feed("250-caf\xe9\r\n250 \x1b[31mred\r\n"));
    const auto reply = parser.takeReply();
    QVERIFY(reply);
    QCOMPARE(reply->lines(), (QStringList{QStringLiteral(u"caf\ufffd"), QStringLiteral("\x1b[31mred")}));
    QCOMPARE(reply->rawLines(), (QList<QByteArray>{"caf\xe9", "\x1b[31mred"}));
    QCOMPARE(escapeForDisplay(reply->rawLine(0)), QStringLiteral("caf\\xE9"));
    QCOMPARE(escapeForDisplay(reply->rawLine(1)), QStringLiteral("\\x1B[31mred"));
    // Equality is about what the reply says, not how it was received.
    QCOMPARE(*reply, Reply(250, reply->lines()));
    QCOMPARE(Reply(250, {QStringLiteral("x")}).rawLine(0), QByteArray("x"));
    QCOMPARE(Reply(250, {QStringLiteral("x")}).rawLine(5), QByteArray());
}

QTEST_APPLESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
