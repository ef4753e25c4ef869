// The two exams that follow a client into its next session, against real clients nobody here
// wrote: greylisting (450 4.2.0 at RCPT, "try again in 2 seconds") and a 421 with a hang-up
// instead of the 250 after the message (RFC 5321 s.4.2.1, s.3.8, s.4.5.4.1; RFC 6647).
//
// No packaged client retries by itself: swaks, msmtp and curl report the failure and exit, and
// the exam, having waited its (short) time for them to come back, says INCOMPLETE. The client
// that passes is a short smtplib program that treats 4xx as temporary, waits the delay the
// server states and sends again. The server's clocks are short (--greylist-delay 2,
// --exam-time 3 or 60) so that the suite stays quick; nothing here measures time.
// docs/exam-clients.md is the table this suite prints at its end.

#include "integration/examclients.h"

using namespace SmtpTutor::Testing;

class TestExamClientsRetry : public QObject
{
    Q_OBJECT

private:
    ExamBench m_bench;

    // examTime: how long the exam waits for a client to come back; short for those that never
    // do, long enough for the one that does (its verdict comes with the accepted retry).
    static void add(const char *exam, const char *examTime, const char *client, const QStringList &flags,
        const QString &verdict, int exit, const QString &says, const QString &why)
    {
        QTest::addRow("%s %s %s", exam, client, qPrintable(flags.join(u' ')))
            << QString::fromLatin1(exam)
            << QStringList { QStringLiteral("--greylist-delay"), QStringLiteral("2"),
                   QStringLiteral("--exam-time"), QString::fromLatin1(examTime) }
            << QString::fromLatin1(client) << flags << ExamBench::standardInputFor(client) << 1
            << QStringList { verdict } << QList<int> { exit } << says << why;
    }

private Q_SLOTS:
    void initTestCase() { m_bench.setUpSuite(); }

    void exam_data()
    {
        ExamBench::addColumns();
        const QStringList swaks { QStringLiteral("-tls"), QStringLiteral("--auth") };
        const QStringList msmtp { QStringLiteral("--tls=on"), QStringLiteral("--tls-starttls=on") };
        const QStringList curl { QStringLiteral("--ssl-reqd"), QStringLiteral("-T"), QStringLiteral("-") };
        const QStringList retrying { QStringLiteral("--retry"), QStringLiteral("5") };

        // greylist: the retry is accepted 2 s after the first 450; the verdict reports the delay
        // the client chose (the exact tenths depend on the machine, so only the words are asserted).
        add("greylist", "60", "python3", retrying,
            QStringLiteral("PASS: (the server asked for 2 s) and the retry was accepted"), 0,
            QStringLiteral("waiting 2 s before try 2"),
            QStringLiteral("a 4xx is temporary: waits the seconds the 450 names, sends again"));
        add("greylist", "3", "swaks", swaks,
            QStringLiteral("INCOMPLETE: did not come back with an accepted retry within the exam's 3 s"), 24,
            QStringLiteral("<~* 450 4.2.0"), QStringLiteral("no RCPT accepted: quits, never retries"));
        // msmtp exits with EX_UNAVAILABLE (69), not EX_TEMPFAIL (75): a caller that queues on 75
        // would not try this message again.
        add("greylist", "3", "msmtp", msmtp,
            QStringLiteral("INCOMPLETE: did not come back with an accepted retry within the exam's 3 s"), 69,
            QStringLiteral("Greylisted, try again in 2 seconds"),
            QStringLiteral("reports the 450 and exits 69 (EX_UNAVAILABLE), not 75 (EX_TEMPFAIL)"));
        add("greylist", "3", "curl", curl,
            QStringLiteral("INCOMPLETE: did not come back with an accepted retry within the exam's 3 s"), 55,
            QStringLiteral("RCPT failed: 450"), QStringLiteral("reports the 450, never retries"));

        // disconnect-421: the first message is read to its end, then 421 4.3.2 and a hang-up.
        add("disconnect-421", "60", "python3", retrying,
            QStringLiteral("PASS: took the 421 as temporary and sent the message again"), 0,
            QStringLiteral("temporary failure: 421 4.3.2"),
            QStringLiteral("a 421 is temporary: waits 1 s, sends the message again"));
        add("disconnect-421", "3", "swaks", swaks,
            QStringLiteral("INCOMPLETE: did not send the message again within the exam's 3 s"), 26,
            QStringLiteral("<~* 421 4.3.2"), QStringLiteral("message not accepted: quits, never retries"));
        add("disconnect-421", "3", "msmtp", msmtp,
            QStringLiteral("INCOMPLETE: did not send the message again within the exam's 3 s"), 69,
            QStringLiteral("server message: 421 4.3.2"),
            QStringLiteral("reports the 421 and exits 69 (EX_UNAVAILABLE), not 75 (EX_TEMPFAIL)"));
        add("disconnect-421", "3", "curl", curl,
            QStringLiteral("INCOMPLETE: did not send the message again within the exam's 3 s"), 8,
            QStringLiteral("Weird server reply"),
            QStringLiteral("takes the 421 as a broken reply, never retries"));
    }

    void exam() { m_bench.verifyRow(); }

    void cleanupTestCase() { m_bench.printTable(); }
};

QTEST_GUILESS_MAIN(TestExamClientsRetry)
#include "tst_exam_clients_retry.moc"
