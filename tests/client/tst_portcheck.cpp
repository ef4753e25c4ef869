// PortCheck looks at several ports at once: one offering STARTTLS with AUTH after TLS, one
// closed, one that never speaks. The whole check takes about as long as its slowest port,
// not the sum.

#include "client/portcheck.h"
#include "support/fakesmtpserver.h"
#include "support/testcertificates.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Test;

class TestPortCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourPortsInParallel();
};

void TestPortCheck::fourPortsInParallel()
{
    TestCertificates certificates;
    QVERIFY2(certificates.generate(), qPrintable(certificates.error()));

    FakeSmtpServer submission({QStringLiteral("S: 220 submission ESMTP"), QStringLiteral("C~ EHLO "), QStringLiteral("S: 250-submission"),
                               QStringLiteral("S: 250 STARTTLS"), QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 go"), QStringLiteral("T:"),
                               QStringLiteral("C~ EHLO "), QStringLiteral("S: 250-submission"), QStringLiteral("S: 250 AUTH PLAIN LOGIN"),
                               QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")});
    submission.setCertificate(certificates.valid.certificate, certificates.valid.key);
    FakeSmtpServer silent({});
    QVERIFY(submission.listenLocal());
    QVERIFY(silent.listenLocal());
    quint16 closedPort = 0;
    {
        QTcpServer temporary;
        QVERIFY(temporary.listen(QHostAddress::LocalHost, 0));
        closedPort = temporary.serverPort();
    }

    // Auto mode takes implicit TLS on port 465 only, which a test cannot bind; implicit TLS is
    // covered by tst_probe and the Postfix integration test.
    PortCheck check(QStringLiteral("localhost"), {submission.port(), closedPort, silent.port()});
    check.setTimeouts({2000, 800, 3000});
    check.setCaCertificates({certificates.valid.certificate});
    QSignalSpy finished(&check, &PortCheck::finished);
    QElapsedTimer clock;
    clock.start();
    check.start();
    QVERIFY(finished.wait(10000));
    const qint64 elapsed = clock.elapsed();
    // About the silent port's 800 ms; a sequential check would add the others' times to it.
    QVERIFY2(elapsed < 800 + 1500, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));

    const QList<PortResult> &results = check.results();
    QCOMPARE(results.size(), 3);
    QVERIFY(results.at(0).open);
    QCOMPARE(results.at(0).tls, TlsUsed::StartTls);
    QVERIFY(results.at(0).authBeforeTls.isEmpty());
    QCOMPARE(results.at(0).authAfterTls, (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
    QVERIFY(results.at(0).tlsReport.verified);
    QVERIFY(results.at(0).banner.startsWith(QLatin1String("220 submission")));
    QVERIFY(!results.at(1).open);
    QCOMPARE(results.at(1).error.kind, ClientErrorKind::ConnectionRefused);
    QVERIFY(results.at(2).open); // it accepted the connection, but said nothing
    QCOMPARE(results.at(2).error.kind, ClientErrorKind::ReplyTimeout);
    QVERIFY(check.toText().contains(QLatin1String("AUTH before TLS: -")));
    QCOMPARE(check.toJson().value(QStringLiteral("ports")).toArray().size(), 3);
}

QTEST_MAIN(TestPortCheck)
#include "tst_portcheck.moc"
