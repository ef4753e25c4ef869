// The two envelope exams against real clients nobody here wrote: every login of the first
// session refused with 535 (RFC 4954 s.4 and s.6), and a SIZE 1000000 limit (RFC 1870).
//
// auth-fail-then-ok: each client is run twice against the same server, as a person would run
// it again after "login refused": the first run must stop after the 535, the second logs in.
// A careless smtplib loop that calls login() again and again fails.
// size-limit: whoever declares SIZE= in MAIL FROM passes (smtplib always does when the server
// offers SIZE, curl when it knows the file's size); whoever sends 1.2 MB undeclared fails, and
// a small message sent undeclared leaves the exam INCOMPLETE.
// docs/exam-clients.md is the table this suite prints at its end.

#include "integration/examclients.h"

using namespace SmtpTutor::Testing;

class TestExamClientsLoginSize : public QObject
{
    Q_OBJECT

private:
    ExamBench m_bench;

    static void add(const char *exam, const char *client, const QStringList &flags, const char *input,
        const QStringList &verdicts, const QList<int> &exits, const QString &says, const QString &why)
    {
        QStringList name = QStringList { QString::fromLatin1(exam), QString::fromLatin1(client) } + flags;
        if (qstrcmp(input, "none") != 0)
            name << QStringLiteral("< %1.eml").arg(QString::fromLatin1(input));
        QTest::addRow("%s", qPrintable(name.join(u' ')))
            << QString::fromLatin1(exam) << QStringList() << QString::fromLatin1(client) << flags
            << QString::fromLatin1(input) << int(exits.size()) << verdicts << exits << says << why;
    }

private Q_SLOTS:
    void initTestCase() { m_bench.setUpSuite(); }

    void exam_data()
    {
        ExamBench::addColumns();
        const QStringList swaks { QStringLiteral("-tls"), QStringLiteral("--auth") };
        const QStringList msmtp { QStringLiteral("--tls=on"), QStringLiteral("--tls-starttls=on") };
        const QStringList curl { QStringLiteral("--ssl-reqd"), QStringLiteral("-T"), QStringLiteral("-") };
        // Both PLAIN and LOGIN are offered: swaks and smtplib try each once, msmtp and curl one.
        const QString stoppedAfterTwo
            = QStringLiteral("PASS: stopped after 2 refused login(s) and sent no mail");
        const QString stoppedAfterOne
            = QStringLiteral("PASS: stopped after 1 refused login(s) and sent no mail");
        const QString later = QStringLiteral("PASS: logged in on a later try, after the earlier refusal");

        add("auth-fail-then-ok", "swaks", swaks, "none", { stoppedAfterTwo, later }, { 28, 0 },
            QStringLiteral("535 5.7.8"), QStringLiteral("tries LOGIN and PLAIN once each, then quits"));
        add("auth-fail-then-ok", "msmtp", msmtp, "small", { stoppedAfterOne, later }, { 77, 0 },
            QStringLiteral("authentication failed"),
            QStringLiteral("one AUTH PLAIN, reports the 535, exits 77 (EX_NOPERM)"));
        add("auth-fail-then-ok", "curl", curl, "small", { stoppedAfterOne, later }, { 67, 0 },
            QStringLiteral("Login denied"), QStringLiteral("one AUTH PLAIN, reports the 535"));
        add("auth-fail-then-ok", "python3", {}, "none", { stoppedAfterTwo, later }, { 3, 0 },
            QStringLiteral("login refused: 535"),
            QStringLiteral("login() tries PLAIN and LOGIN once each, then raises SMTPAuthenticationError"));
        add("auth-fail-then-ok", "python3", { QStringLiteral("--login-tries"), QStringLiteral("5") }, "none",
            { QStringLiteral("FAIL: tried to log in 5 times in a row after 535") }, { 3 },
            QStringLiteral("login 5 refused"),
            QStringLiteral("calls login() again after each 535: decided at the fifth refused AUTH"));

        // size-limit: SIZE 1000000; big.eml is 1.2 MB, small.eml a few lines.
        add("size-limit", "python3", { QStringLiteral("--body-bytes"), QStringLiteral("1200000") }, "none",
            { QStringLiteral("PASS: declared a size over the limit with SIZE=") }, { 5 },
            QStringLiteral("552"), QStringLiteral("sendmail() declares size=; refused at MAIL FROM"));
        add("size-limit", "python3", {}, "none",
            { QStringLiteral("PASS: declared the message's size with SIZE=") }, { 0 }, QStringLiteral("sent"),
            QStringLiteral("sendmail() declares size="));
        add("size-limit", "curl",
            { QStringLiteral("--ssl-reqd"), QStringLiteral("-T"), QStringLiteral("{big}") }, "none",
            { QStringLiteral("PASS: declared a size over the limit with SIZE=") }, { 55 },
            QStringLiteral("MAIL failed: 552"), QStringLiteral("knows the file's size: SIZE= in MAIL FROM"));
        add("size-limit", "curl",
            { QStringLiteral("--ssl-reqd"), QStringLiteral("-T"), QStringLiteral("{small}") }, "none",
            { QStringLiteral("PASS: declared the message's size with SIZE=") }, { 0 }, QString(),
            QStringLiteral("knows the file's size: SIZE= in MAIL FROM"));
        add("size-limit", "curl", curl, "big",
            { QStringLiteral("FAIL: sent a message over the 1000000-byte limit without declaring its size") },
            { 8 }, QStringLiteral("Weird server reply"),
            QStringLiteral("from standard input the size is unknown: no SIZE="));
        add("size-limit", "swaks",
            swaks
                + QStringList { QStringLiteral("--suppress-data"), QStringLiteral("--data"),
                    QStringLiteral("{big}") },
            "none",
            { QStringLiteral("FAIL: sent a message over the 1000000-byte limit without declaring its size") },
            { 26 }, QStringLiteral("<~* 552 5.3.4"), QStringLiteral("never declares SIZE="));
        add("size-limit", "swaks",
            swaks + QStringList { QStringLiteral("--data"), QStringLiteral("{small}") }, "none",
            { QStringLiteral("INCOMPLETE: sent a message within the limit without SIZE=") }, { 0 },
            QStringLiteral("<~  250 2.0.0 Ok"),
            QStringLiteral("never declares SIZE=; the small one goes through"));
        add("size-limit", "msmtp", msmtp, "big",
            { QStringLiteral("FAIL: sent a message over the 1000000-byte limit without declaring its size") },
            { 69 }, QStringLiteral("552 5.3.4"), QStringLiteral("never declares SIZE="));
        add("size-limit", "msmtp", msmtp, "small",
            { QStringLiteral("INCOMPLETE: sent a message within the limit without SIZE=") }, { 0 }, QString(),
            QStringLiteral("never declares SIZE=; the small one goes through"));
    }

    void exam() { m_bench.verifyRow(); }

    void cleanupTestCase() { m_bench.printTable(); }
};

QTEST_GUILESS_MAIN(TestExamClientsLoginSize)
#include "tst_exam_clients_login_size.moc"
