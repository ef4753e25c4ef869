// The three TLS exams of `smtp-tutor-cli serve --exam` against real clients nobody here wrote
// (swaks, msmtp, curl, Python's smtplib; Debian packages): STARTTLS stripped from the EHLO
// reply, STARTTLS refused with 454, and clear-text bytes injected after the 220 to STARTTLS
// (RFC 3207 s.4, s.4.2 and s.6). Each row runs one client against a fresh server and asserts
// the verdict the exam wrote to its JSON log, the key words of its reason, and the client's
// own exit status and words. The rows are what the clients really do (found by running them);
// docs/exam-clients.md is the table this suite prints at its end. With CI=true a missing
// client fails instead of skipping.

#include "integration/examclients.h"

using namespace SmtpTutor::Testing;

class TestExamClientsTls : public QObject
{
    Q_OBJECT

private:
    ExamBench m_bench;

    static void add(const char *exam, const char *client, const QStringList &flags, const QString &verdict,
        int exit, const QString &says, const QString &why)
    {
        QTest::addRow("%s %s %s", exam, client, qPrintable(flags.join(u' ')))
            << QString::fromLatin1(exam) << QStringList() << QString::fromLatin1(client) << flags
            << ExamBench::standardInputFor(client) << 1 << QStringList { verdict } << QList<int> { exit }
            << says << why;
    }

private Q_SLOTS:
    void initTestCase() { m_bench.setUpSuite(); }

    void exam_data()
    {
        ExamBench::addColumns();
        const QStringList msmtpStartTls { QStringLiteral("--tls=on"), QStringLiteral("--tls-starttls=on") };
        const QStringList swaksTls { QStringLiteral("-tls"), QStringLiteral("--auth") };
        const QStringList curlReqd { QStringLiteral("--ssl-reqd"), QStringLiteral("-T"),
            QStringLiteral("-") };
        const QStringList curlTry { QStringLiteral("--ssl"), QStringLiteral("-T"), QStringLiteral("-") };
        const QStringList pyRequired { QStringLiteral("--tls"), QStringLiteral("required") };
        const QStringList pyOpportunistic { QStringLiteral("--tls"), QStringLiteral("opportunistic") };

        // strip-starttls: the EHLO reply offers AUTH but no STARTTLS.
        add("strip-starttls", "swaks", swaksTls,
            QStringLiteral("PASS: saw no STARTTLS in the EHLO reply and stopped"), 29,
            QStringLiteral("*** Host did not advertise STARTTLS"),
            QStringLiteral("-tls makes TLS a must: it quits"));
        add("strip-starttls", "swaks", { QStringLiteral("--auth") },
            QStringLiteral("FAIL: sent AUTH in clear text although the server offered no STARTTLS"), 0,
            QStringLiteral("250 2.0.0 Ok: queued"),
            QStringLiteral("without -tls it logs in (AUTH LOGIN) and sends in clear text"));
        add("strip-starttls", "msmtp", msmtpStartTls, QStringLiteral("PASS: saw no STARTTLS"), 69,
            QStringLiteral("the server does not support TLS via the STARTTLS command"),
            QStringLiteral("tls on: stops with EX_UNAVAILABLE"));
        add("strip-starttls", "curl", curlReqd, QStringLiteral("PASS: saw no STARTTLS"), 64,
            QStringLiteral("STARTTLS not supported"), QStringLiteral("--ssl-reqd makes TLS a must"));
        add("strip-starttls", "curl", curlTry,
            QStringLiteral("FAIL: sent AUTH in clear text although the server offered no STARTTLS"), 0,
            QString(), QStringLiteral("--ssl only tries TLS: it logs in in clear text without a word"));
        add("strip-starttls", "python3", pyRequired, QStringLiteral("PASS: saw no STARTTLS"), 5,
            QStringLiteral("STARTTLS extension not supported by server"),
            QStringLiteral("starttls() raises SMTPNotSupportedError"));
        add("strip-starttls", "python3", pyOpportunistic,
            QStringLiteral("FAIL: sent AUTH in clear text although the server offered no STARTTLS"), 0,
            QStringLiteral("no STARTTLS offered, going on in clear text"),
            QStringLiteral("STARTTLS only if has_extn('starttls'), then login()"));

        // starttls-refused: 454 4.7.0 to STARTTLS.
        add("starttls-refused", "swaks", swaksTls, QStringLiteral("PASS: gave up after the 454"), 29,
            QStringLiteral("*** STARTTLS attempted but failed"), QStringLiteral("-tls: quits after the 454"));
        add("starttls-refused", "swaks", { QStringLiteral("-tlso"), QStringLiteral("--auth") },
            QStringLiteral("FAIL: went on after the 454 and sent AUTH in clear text"), 0,
            QStringLiteral("250 2.0.0 Ok: queued"),
            QStringLiteral("-tlso (TLS optional) goes on in clear text and logs in"));
        add("starttls-refused", "msmtp", msmtpStartTls, QStringLiteral("PASS: gave up after the 454"), 76,
            QStringLiteral("command STARTTLS failed"), QStringLiteral("tls on: stops with EX_PROTOCOL"));
        add("starttls-refused", "curl", curlReqd, QStringLiteral("PASS: gave up after the 454"), 64,
            QStringLiteral("STARTTLS denied, code 454"), QStringLiteral("--ssl-reqd makes TLS a must"));
        add("starttls-refused", "curl", curlTry,
            QStringLiteral("FAIL: went on after the 454 and sent AUTH in clear text"), 0, QString(),
            QStringLiteral("--ssl only tries TLS: it logs in in clear text without a word"));
        add("starttls-refused", "python3", pyRequired, QStringLiteral("PASS: gave up after the 454"), 5,
            QStringLiteral("454"), QStringLiteral("starttls() raises SMTPResponseException"));
        add("starttls-refused", "python3", pyOpportunistic,
            QStringLiteral("FAIL: went on after the 454 and sent AUTH in clear text"), 0,
            QStringLiteral("STARTTLS refused (454), going on in clear text"),
            QStringLiteral("catches the refusal and logs in anyway"));

        // starttls-injection: "250-mail.example.com / 250 AUTH PLAIN" in clear text right after
        // the 220; inside TLS only AUTH LOGIN is offered.
        add("starttls-injection", "swaks", swaksTls,
            QStringLiteral("FAIL: used AUTH PLAIN, which only the injected clear-text reply offered"), 28,
            QStringLiteral("<~  250 AUTH PLAIN"),
            QStringLiteral("reads the injected lines as the reply to its EHLO inside TLS (shown as <~) and "
                           "picks PLAIN from them"));
        add("starttls-injection", "msmtp", msmtpStartTls,
            QStringLiteral("PASS: hung up instead of starting TLS after bytes it had not asked for"), 76,
            QStringLiteral("command STARTTLS failed"),
            QStringLiteral("refuses the bytes after the 220 and hangs up before the handshake"));
        add("starttls-injection", "curl", curlReqd,
            QStringLiteral("PASS: hung up instead of starting TLS after bytes it had not asked for"), 8,
            QStringLiteral("Weird server reply"), QStringLiteral("refuses the pipelined bytes and hangs up"));
        add("starttls-injection", "curl", curlTry,
            QStringLiteral("PASS: hung up instead of starting TLS after bytes it had not asked for"), 8,
            QStringLiteral("Weird server reply"), QStringLiteral("--ssl: the same as --ssl-reqd here"));
        add("starttls-injection", "python3", pyRequired,
            QStringLiteral("PASS: ignored the injected bytes: it sent EHLO again inside TLS"), 0,
            QStringLiteral("TLS started"),
            QStringLiteral("starttls() drops what it read in clear text; EHLO again, AUTH LOGIN from the new "
                           "list"));
        add("starttls-injection", "python3", pyOpportunistic,
            QStringLiteral("PASS: ignored the injected bytes: it sent EHLO again inside TLS"), 0,
            QStringLiteral("TLS started"),
            QStringLiteral("STARTTLS was offered and worked: the same as above"));
    }

    void exam() { m_bench.verifyRow(); }

    void cleanupTestCase() { m_bench.printTable(); }
};

QTEST_GUILESS_MAIN(TestExamClientsTls)
#include "tst_exam_clients_tls.moc"
