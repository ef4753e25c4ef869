// Recording and exporting a long session: a probe with a chatty server or a practice server
// left running can reach tens of thousands of lines; the views and exports must keep up.
// Run: build/bin/bench_transcript  (add -iterations N or -callgrind as with any Qt benchmark)
#include "session/transcript.h"

#include <QTest>

using namespace SmtpTutor;

namespace {

void fill(Transcript &t, int exchanges)
{
    for (int i = 0; i < exchanges; ++i) {
        t.addClientLine(QByteArray("RCPT TO:<user") + QByteArray::number(i) + "@example.com>", true);
        t.addReply(Reply(250, EnhancedStatus(2, 1, 5), QStringLiteral("Ok")), true);
    }
}

} // namespace

class BenchTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void append_data()
    {
        QTest::addColumn<int>("exchanges");
        QTest::newRow("1k lines") << 500;
        QTest::newRow("10k lines") << 5000;
        QTest::newRow("100k lines") << 50000;
    }
    void append()
    {
        QFETCH(int, exchanges);
        QBENCHMARK
        {
            Transcript t;
            fill(t, exchanges);
        }
    }

    void ehloReply()
    {
        const Reply ehlo(250,
            { QStringLiteral("mail.example.com"), QStringLiteral("PIPELINING"),
                QStringLiteral("SIZE 10485760"), QStringLiteral("STARTTLS"),
                QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("8BITMIME"), QStringLiteral("DSN"),
                QStringLiteral("SMTPUTF8"), QStringLiteral("CHUNKING") });
        QBENCHMARK
        {
            Transcript t;
            for (int i = 0; i < 1000; ++i)
                t.addReply(ehlo, false, QStringLiteral("capabilities"));
        }
    }

    void maskedAuth()
    {
        QBENCHMARK
        {
            Transcript t;
            for (int i = 0; i < 1000; ++i) {
                t.addClientLine("AUTH LOGIN", true, Secrecy::AuthCommand);
                t.addReply(Reply(334, { QStringLiteral("VXNlcm5hbWU6") }), true);
                t.addClientLine("YWxpY2U=", true, Secrecy::AuthResponse);
                t.addReply(Reply(334, { QStringLiteral("UGFzc3dvcmQ6") }), true);
                t.addClientLine("d29uZGVybGFuZA==", true, Secrecy::AuthResponse);
                t.addReply(
                    Reply(235, EnhancedStatus(2, 7, 0), QStringLiteral("Authentication successful")), true);
            }
        }
    }

    void toText()
    {
        Transcript t;
        fill(t, 5000);
        qsizetype size = 0;
        QBENCHMARK
        {
            size = t.toText().size();
        }
        QVERIFY(size > 0);
    }

    void toJson()
    {
        Transcript t;
        fill(t, 5000);
        qsizetype size = 0;
        QBENCHMARK
        {
            size = t.toJson().size();
        }
        QCOMPARE(size, qsizetype(10000));
    }
};

QTEST_GUILESS_MAIN(BenchTranscript)
#include "bench_transcript.moc"
