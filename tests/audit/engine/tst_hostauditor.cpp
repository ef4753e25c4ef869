// The audit's engine with checks made for the test: the baseline session against a scripted
// server, every check started at once, the per-host limit held, each check's rows contributed,
// and finished() exactly once, also when cancelled in the middle.

#include "support/fakesmtpserver.h"

#include "audit/auditrunner.h"
#include "audit/connectionlimiter.h"
#include "audit/hostauditor.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;

namespace {

struct Counters
{
    int made = 0;
    int started = 0;
    int contributed = 0;
};

// Holds one limiter slot for `holdMs`, like a check that makes one connection.
class SlotCheck : public HostCheck
{
public:
    SlotCheck(const HostCheckContext &context, int index, int holdMs, Counters *counters, QObject *parent)
        : HostCheck(context, parent), m_index(index), m_counters(counters)
    {
        m_hold.setSingleShot(true);
        m_hold.setInterval(holdMs);
        connect(&m_hold, &QTimer::timeout, this, [this] { end(); });
    }
    QString name() const override { return QStringLiteral("slot-%1").arg(m_index); }
    void start() override
    {
        ++m_counters->started;
        context().limiter->whenFree(this, [this] {
            if (m_done) { // cancelled while waiting for its turn
                context().limiter->release();
                return;
            }
            m_holding = true;
            m_hold.start();
        });
    }
    void cancel() override
    {
        m_cancelled = true;
        end();
    }
    void contribute(HostAuditReport &report) const override
    {
        ++m_counters->contributed;
        AuditCheck row;
        row.id = QStringLiteral("test.slot%1").arg(m_index);
        row.status = m_cancelled ? CheckStatus::Error : CheckStatus::Pass;
        row.title = name();
        report.checks.append(row);
    }

private:
    void end()
    {
        m_hold.stop();
        if (m_holding) {
            m_holding = false;
            context().limiter->release();
        }
        if (!m_done) {
            m_done = true;
            Q_EMIT finished();
        }
    }

    int m_index;
    Counters *m_counters;
    QTimer m_hold;
    bool m_holding = false;
    bool m_done = false;
    bool m_cancelled = false;
};

HostAuditor::CheckFactory slotChecks(int count, int holdMs, Counters *counters)
{
    return [=](const HostCheckContext &context, QObject *parent) {
        QList<HostCheck *> checks;
        for (int i = 0; i < count; ++i)
            checks.append(new SlotCheck(context, i, holdMs, counters, parent));
        counters->made += count;
        return checks;
    };
}

// Greets, answers EHLO without STARTTLS, says goodbye: a server the baseline can talk to.
const QStringList PlainServer{QStringLiteral("S: 220 fake.example ESMTP"), QStringLiteral("C~ EHLO"),
                              QStringLiteral("S: 250-fake.example"), QStringLiteral("S: 250 8BITMIME"),
                              QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye"), QStringLiteral("X:")};

AuditOptions optionsFor(quint16 port, int limit)
{
    AuditOptions options;
    options.target = QStringLiteral("127.0.0.1");
    options.port = port;
    options.ehloName = QStringLiteral("client.example");
    options.maxConnectionsPerHost = limit;
    options.timeouts = {5000, 5000, 20000};
    return options;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

const AuditCheck *findRow(const HostAuditReport &report, const QString &id)
{
    for (const AuditCheck &check : report.checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

} // namespace

class TestHostAuditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCheckRunsWithinTheLimit();
    void cancelWhileChecksRunFinishesOnce();
    void unreachableServerRunsNoCheck();
    void cancelDuringBaselineFinishesOnce();
    void runnerAuditsAnAddressAsOneServer();
    void runnerCancelFinishesOnce();
};

void TestHostAuditor::everyCheckRunsWithinTheLimit()
{
    FakeSmtpServer server(PlainServer);
    QVERIFY(server.listenLocal());
    Counters counters;
    HostAuditor auditor(optionsFor(server.port(), 3), QStringLiteral("127.0.0.1"), slotChecks(10, 30, &counters));
    QSignalSpy finished(&auditor, &HostAuditor::finished);
    auditor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.failures().join(QLatin1Char('\n'))));
    QCOMPARE(counters.started, 10);
    QCOMPARE(counters.contributed, 10);
    QCOMPARE(auditor.limiter()->highWater(), 3);
    QCOMPARE(auditor.limiter()->inUse(), 0);
    const HostAuditReport &report = auditor.report();
    QVERIFY(report.reached());
    QCOMPARE(report.checks.size(), 12); // smtp.reachable, tls.available and ten of the test's
    QCOMPARE(findRow(report, QStringLiteral("smtp.reachable"))->status, CheckStatus::Pass);
    // No STARTTLS on a port that is not a submission port: judged as port 25, the grade is C.
    const AuditCheck *tls = findRow(report, QStringLiteral("tls.available"));
    QCOMPARE(tls->status, CheckStatus::Fail);
    QCOMPARE(tls->cap, std::optional<Grade>(Grade::C));
    QCOMPARE(report.grade.grade, Grade::C);
    QCOMPARE(report.grade.cappedBy, QStringList{QStringLiteral("tls.available")});
    // The waterfall: the baseline's steps, then one bar per check, from its start to its end.
    int checkBars = 0;
    qint64 longest = 0;
    for (const AuditTiming &timing : report.waterfall) {
        if (timing.step.startsWith(QLatin1String("slot-"))) {
            ++checkBars;
            longest = std::max(longest, timing.ms);
            QVERIFY(timing.ms >= 25);
        }
    }
    QCOMPARE(checkBars, 10);
    QVERIFY(report.waterfall.first().step == QLatin1String("connect"));
    // All start together; the last of ten waits for three rounds of three slots before its own.
    QVERIFY2(longest >= 110, qPrintable(QString::number(longest)));
    QVERIFY(report.totalMs >= 90);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
}

void TestHostAuditor::cancelWhileChecksRunFinishesOnce()
{
    FakeSmtpServer server(PlainServer);
    QVERIFY(server.listenLocal());
    Counters counters;
    HostAuditor auditor(optionsFor(server.port(), 2), QStringLiteral("127.0.0.1"), slotChecks(6, 60000, &counters));
    QSignalSpy finished(&auditor, &HostAuditor::finished);
    auditor.start();
    QTRY_VERIFY_WITH_TIMEOUT(auditor.limiter() && auditor.limiter()->inUse() == 2, 15000);
    QCOMPARE(finished.size(), 0);
    auditor.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QCOMPARE(counters.contributed, 6);
    QTest::qWait(100); // the waiting requests come to their turn and give their slot back
    QCOMPARE(finished.size(), 1);
    QCOMPARE(auditor.limiter()->inUse(), 0);
    QVERIFY(!auditor.report().grade.complete); // the cancelled checks are errors
}

void TestHostAuditor::unreachableServerRunsNoCheck()
{
    Counters counters;
    HostAuditor auditor(optionsFor(closedPort(), 4), QStringLiteral("127.0.0.1"), slotChecks(3, 10, &counters));
    QSignalSpy finished(&auditor, &HostAuditor::finished);
    auditor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(counters.made, 0);
    const HostAuditReport &report = auditor.report();
    QVERIFY(!report.reached());
    QCOMPARE(report.error.kind, ClientErrorKind::ConnectionRefused);
    QCOMPARE(report.failedStage, ProbeStage::Connect);
    QCOMPARE(report.checks.size(), 1);
    QCOMPARE(report.checks.first().id, QStringLiteral("smtp.reachable"));
    QCOMPARE(report.checks.first().status, CheckStatus::Error);
}

void TestHostAuditor::cancelDuringBaselineFinishesOnce()
{
    FakeSmtpServer server({QStringLiteral("W: 30000")}); // accepts, never greets
    QVERIFY(server.listenLocal());
    Counters counters;
    HostAuditor auditor(optionsFor(server.port(), 4), QStringLiteral("127.0.0.1"), slotChecks(3, 10, &counters));
    QSignalSpy finished(&auditor, &HostAuditor::finished);
    auditor.start();
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 1, 5000);
    auditor.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QCOMPARE(counters.made, 0);
    QCOMPARE(auditor.report().error.kind, ClientErrorKind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void TestHostAuditor::runnerAuditsAnAddressAsOneServer()
{
    FakeSmtpServer server(PlainServer);
    QVERIFY(server.listenLocal());
    AuditRunner runner(optionsFor(server.port(), 4));
    QSignalSpy finished(&runner, &AuditRunner::finished);
    runner.start();
    QVERIFY(runner.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QVERIFY(!runner.isRunning());
    QVERIFY(!runner.isDomainAudit());
    const HostAuditReport &report = runner.hostReport();
    QCOMPARE(report.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(report.port, server.port());
    QCOMPARE(report.greeting.code(), 220);
    QVERIFY(findRow(report, QStringLiteral("smtp.reachable")));
    QVERIFY(findRow(report, QStringLiteral("tls.available")));
    QCOMPARE(report.grade.grade, Grade::C);
}

void TestHostAuditor::runnerCancelFinishesOnce()
{
    FakeSmtpServer server({QStringLiteral("W: 30000")});
    QVERIFY(server.listenLocal());
    AuditRunner runner(optionsFor(server.port(), 4));
    QSignalSpy finished(&runner, &AuditRunner::finished);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 1, 5000);
    runner.cancel();
    runner.cancel(); // twice: still one finished()
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
    QCOMPARE(runner.hostReport().error.kind, ClientErrorKind::Cancelled);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(TestHostAuditor)
#include "tst_hostauditor.moc"
