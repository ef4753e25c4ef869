// The audit's SMTP checks against the two private Postfix instances tools/test starts:
// the strict one (tools/postfix/start) is neither vulnerable to STARTTLS injection nor an open
// relay; the lax one (SMTP_TUTOR_POSTFIX_PROFILE=lax) relays for 127.0.0.1, and the relay test
// leaves it with RSET, never DATA, which Postfix's own log confirms.

#include "audit/connectionlimiter.h"
#include "audit/smtp/openrelaycheck.h"
#include "audit/smtp/starttlsinjectioncheck.h"
#include "session/transcript.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;

class TestAuditSmtpPostfix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void strictIsNotVulnerableToInjection();
    void laxIsNotVulnerableToInjectionEither();
    void strictIsNotAnOpenRelay();
    void strictSubmissionDemandsStartTlsAndStillRefuses();
    void laxIsAnOpenRelayAndGetsRsetNeverData();

private:
    static quint16 port(const char *variable) { return quint16(qEnvironmentVariableIntValue(variable)); }
    HostAuditReport runCheck(HostCheck &check, QString *transcript = nullptr);
    static HostCheckContext contextFor(quint16 port, bool implicitTls = false);
    static const AuditCheck *row(const HostAuditReport &report, const QString &id);

    ConnectionLimiter m_limiter { 4 };
};

void TestAuditSmtpPostfix::initTestCase()
{
    for (const char *name : { "SMTP_TUTOR_POSTFIX_PLAIN_PORT", "SMTP_TUTOR_POSTFIX_SUBMISSION_PORT",
             "SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT", "SMTP_TUTOR_LAX_POSTFIX_DIR" }) {
        if (qEnvironmentVariableIsEmpty(name)) {
            const QString why = QString::fromLatin1(name) + QStringLiteral(" is not set: ");
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                QFAIL(qPrintable(why + QStringLiteral("the test Postfix instances are not running")));
            QSKIP(qPrintable(why + QStringLiteral("run tools/test (it starts both test Postfix instances)")));
        }
    }
}

HostCheckContext TestAuditSmtpPostfix::contextFor(quint16 port, bool implicitTls)
{
    HostCheckContext context;
    context.host = QStringLiteral("localhost");
    context.port = port;
    context.implicitTls = implicitTls;
    context.options.ehloName = QStringLiteral("auditor.example.org");
    context.options.timeouts = { 5000, 10000, 30000 };
    return context;
}

HostAuditReport TestAuditSmtpPostfix::runCheck(HostCheck &check, QString *transcript)
{
    QSignalSpy finished(&check, &HostCheck::finished);
    check.start();
    HostAuditReport report;
    if (!finished.wait(40000))
        return report;
    check.contribute(report);
    if (transcript) {
        if (auto *relay = qobject_cast<OpenRelayCheck *>(&check))
            *transcript = relay->transcript()->toText();
        else if (auto *injection = qobject_cast<StartTlsInjectionCheck *>(&check))
            *transcript = injection->transcript()->toText();
    }
    return report;
}

const AuditCheck *TestAuditSmtpPostfix::row(const HostAuditReport &report, const QString &id)
{
    for (const AuditCheck &check : report.checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

void TestAuditSmtpPostfix::strictIsNotVulnerableToInjection()
{
    HostCheckContext context = contextFor(port("SMTP_TUTOR_POSTFIX_PLAIN_PORT"));
    context.limiter = &m_limiter;
    StartTlsInjectionCheck check(context);
    QString transcript;
    const HostAuditReport report = runCheck(check, &transcript);
    QCOMPARE(m_limiter.inUse(), 0);
    QVERIFY2(report.starttlsInjection == InjectionResult::NotVulnerable, qPrintable(transcript));
    const AuditCheck *injection = row(report, QStringLiteral("starttls.injection"));
    QVERIFY(injection);
    QCOMPARE(injection->status, CheckStatus::Pass);
    QVERIFY2(injection->detail.contains(QLatin1String("TLSv1.3")), qPrintable(injection->detail));
}

void TestAuditSmtpPostfix::laxIsNotVulnerableToInjectionEither()
{
    // Weak TLS is not the same fault: the same Postfix still discards what came before TLS.
    StartTlsInjectionCheck check(contextFor(port("SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT")));
    QString transcript;
    const HostAuditReport report = runCheck(check, &transcript);
    QVERIFY2(report.starttlsInjection == InjectionResult::NotVulnerable, qPrintable(transcript));
}

void TestAuditSmtpPostfix::strictIsNotAnOpenRelay()
{
    HostCheckContext context = contextFor(port("SMTP_TUTOR_POSTFIX_PLAIN_PORT"));
    context.limiter = &m_limiter;
    OpenRelayCheck check(context);
    QString transcript;
    const HostAuditReport report = runCheck(check, &transcript);
    QCOMPARE(m_limiter.inUse(), 0);
    QVERIFY2(report.openRelay == std::optional<bool>(false), qPrintable(transcript));
    const AuditCheck *relay = row(report, QStringLiteral("relay.open"));
    QVERIFY(relay);
    QCOMPARE(relay->status, CheckStatus::Pass);
    QVERIFY2(relay->detail.contains(QLatin1String("Relay access denied")), qPrintable(relay->detail));
    QVERIFY(transcript.contains(QLatin1String("RSET")));
    QVERIFY(!transcript.contains(QLatin1String("DATA")));
}

void TestAuditSmtpPostfix::strictSubmissionDemandsStartTlsAndStillRefuses()
{
    OpenRelayCheck check(contextFor(port("SMTP_TUTOR_POSTFIX_SUBMISSION_PORT")));
    QString transcript;
    const HostAuditReport report = runCheck(check, &transcript);
    QVERIFY2(check.observation().usedStartTls, qPrintable(transcript));
    QVERIFY2(report.openRelay == std::optional<bool>(false), qPrintable(transcript));
    QCOMPARE(row(report, QStringLiteral("relay.open"))->status, CheckStatus::Pass);
}

void TestAuditSmtpPostfix::laxIsAnOpenRelayAndGetsRsetNeverData()
{
    QFile log(qEnvironmentVariable("SMTP_TUTOR_LAX_POSTFIX_DIR") + QStringLiteral("/log/maillog"));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const qint64 logStart = log.size();
    OpenRelayCheck check(contextFor(port("SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT")));
    QString transcript;
    const HostAuditReport report = runCheck(check, &transcript);
    QVERIFY2(report.openRelay == std::optional<bool>(true), qPrintable(transcript));
    const AuditCheck *relay = row(report, QStringLiteral("relay.open"));
    QVERIFY(relay);
    QCOMPARE(relay->status, CheckStatus::Fail);
    QCOMPARE(relay->cap, std::optional<Grade>(Grade::F));
    QVERIFY2(relay->detail.contains(QLatin1String("RCPT TO:<audit-recipient@example.org> got \"250")),
        qPrintable(relay->detail));

    // Postfix's own count of the session's commands (its "disconnect from" line): one RCPT, then
    // RSET and QUIT, and no DATA at all. The log is written by postlogd, a moment later.
    QString session;
    QTRY_VERIFY_WITH_TIMEOUT((log.seek(logStart), session = QString::fromUtf8(log.readAll()),
                                 session.contains(QLatin1String("disconnect from"))),
        10000);
    const QStringList lines = session.split(u'\n');
    const auto disconnect = std::find_if(lines.cbegin(), lines.cend(),
        [](const QString &line) { return line.contains(QLatin1String("disconnect from")); });
    QVERIFY2(disconnect->contains(QLatin1String(" rcpt=1 ")), qPrintable(*disconnect));
    QVERIFY2(disconnect->contains(QLatin1String(" rset=1 ")), qPrintable(*disconnect));
    QVERIFY2(!disconnect->contains(QLatin1String("data=")), qPrintable(*disconnect));
    QVERIFY2(!session.contains(QLatin1String("queued as")) && !session.contains(QLatin1String("status=sent")),
        qPrintable(session));
}

QTEST_GUILESS_MAIN(TestAuditSmtpPostfix)
#include "tst_audit_smtp_postfix.moc"
