// The sequence diagram's TLS bands, without widgets: where a band starts (after the STARTTLS
// handshake, or at the first entry with implicit TLS), its protocol and cipher label, and where
// it ends when a new connection is in clear.
#include "diagramtesting.h"

#include <QTest>

using namespace SmtpTutor;
using namespace SmtpTutor::DiagramTesting;

class TestDiagramTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tlsBandStartsWhenStartTlsHandshakeCompletes();
    void tlsBandStartsAtFirstEntryWithImplicitTls();
    void tlsBandIsLabelledWithProtocolAndCipher();
    void tlsBandClosesWhenANewConnectionIsInClear();
};

void TestDiagramTls::tlsBandStartsWhenStartTlsHandshakeCompletes()
{
    SimulatorSession session;
    session.setScenario(scenario(QStringLiteral("submission")));
    session.connectToServer();
    session.sendLine("EHLO me");
    session.sendLine("STARTTLS");
    session.sendLine("EHLO me");
    DiagramLayout layout;
    layout.rebuild(*session.transcript());
    QCOMPARE(layout.tlsBands().size(), 1);
    const DiagramTlsBand band = layout.tlsBands().constFirst();
    QCOMPARE(band.lastRow, -1); // open to the end
    // The row before the band is the 220 to STARTTLS, sent in clear; the band's first row is the
    // note that the handshake completed.
    const DiagramRow before = layout.rows().at(band.firstRow - 1);
    QCOMPARE(before.type, DiagramRow::Type::Arrow);
    QCOMPARE(layout.arrows().at(before.index).replyCode, 220);
    QVERIFY(!layout.arrows().at(before.index).tls);
    const DiagramRow first = layout.rows().at(band.firstRow);
    QCOMPARE(first.type, DiagramRow::Type::Note);
    QVERIFY(layout.notes().at(first.index).text.startsWith(QLatin1String("TLS started")));
    QVERIFY(layout.arrows().constLast().tls);
    QCOMPARE(layout.tlsBandForRow(band.firstRow - 1), -1);
    QCOMPARE(layout.tlsBandForRow(layout.rows().size() - 1), 0);
    QCOMPARE(band.displayLabel(), QStringLiteral("TLS")); // the simulator names no cipher
}

void TestDiagramTls::tlsBandStartsAtFirstEntryWithImplicitTls()
{
    SimulatorSession session;
    session.setScenario(scenario(QStringLiteral("smtps")));
    QVERIFY(session.scenario().implicitTls);
    session.connectToServer();
    session.sendLine("EHLO me");
    DiagramLayout layout;
    layout.rebuild(*session.transcript());
    QCOMPARE(layout.tlsBands().size(), 1);
    // Row 0 is "Connected to ..." (before any byte); the band starts with the next row and
    // holds the greeting.
    QCOMPARE(layout.tlsBands().constFirst().firstRow, 1);
    QCOMPARE(layout.rows().at(0).type, DiagramRow::Type::Note);
    QVERIFY(!layout.notes().at(0).text.contains(QLatin1String("TLS")));
    for (const DiagramArrow &arrow : layout.arrows())
        QVERIFY(arrow.tls);

    // A transcript that is inside TLS from its very first entry gets a band from row 0.
    Transcript recorded;
    recorded.addReply(Reply(220, { QStringLiteral("mail.example.com ESMTP") }), true);
    recorded.addClientLine("QUIT", true);
    layout.rebuild(recorded);
    QCOMPARE(layout.tlsBands().size(), 1);
    QCOMPARE(layout.tlsBands().constFirst().firstRow, 0);
}

// A probe's note names protocol and cipher; the band carries them as its label.
void TestDiagramTls::tlsBandIsLabelledWithProtocolAndCipher()
{
    Transcript transcript;
    transcript.addInfo(
        QStringLiteral("Connecting to mail.example.com port 465 with TLS from the first byte"));
    transcript.addInfo(QStringLiteral("Connected to 127.0.0.1 port 465 after 2 ms"));
    transcript.addInfo(QStringLiteral("TLS started: TLSv1.3, TLS_AES_256_GCM_SHA384"), true);
    transcript.addReply(Reply(220, { QStringLiteral("mail.example.com ESMTP") }), true);
    DiagramLayout layout;
    layout.rebuild(transcript);
    QCOMPARE(layout.tlsBands().size(), 1);
    QCOMPARE(layout.tlsBands().constFirst().firstRow, 2);
    QCOMPARE(layout.tlsBands().constFirst().label, QStringLiteral("TLSv1.3, TLS_AES_256_GCM_SHA384"));

    Transcript practice; // the practice server's wording, protocol only in a recording
    practice.addInfo(QStringLiteral("Implicit TLS: TLSv1.2, ECDHE-RSA-AES256-GCM-SHA384"), true);
    layout.rebuild(practice);
    QCOMPARE(layout.tlsBands().constFirst().label, QStringLiteral("TLSv1.2, ECDHE-RSA-AES256-GCM-SHA384"));
    Transcript recorded;
    recorded.addInfo(QStringLiteral("TLS started: TLSv1.3"), true);
    layout.rebuild(recorded);
    QCOMPARE(layout.tlsBands().constFirst().label, QStringLiteral("TLSv1.3"));
}

void TestDiagramTls::tlsBandClosesWhenANewConnectionIsInClear()
{
    SimulatorSession session;
    session.setScenario(scenario(QStringLiteral("submission")));
    session.connectToServer();
    session.sendLine("EHLO me");
    session.sendLine("STARTTLS");
    session.sendLine("EHLO me");
    session.connectToServer(); // "Connection dropped" inside TLS, then a new one in clear
    DiagramLayout layout;
    layout.rebuild(*session.transcript());
    QCOMPARE(layout.tlsBands().size(), 1);
    const DiagramTlsBand band = layout.tlsBands().constFirst();
    QVERIFY(band.lastRow > band.firstRow);
    const DiagramRow last = layout.rows().at(band.lastRow);
    QCOMPARE(last.type, DiagramRow::Type::Note);
    QVERIFY(layout.notes().at(last.index).text.contains(QLatin1String("dropped")));
    QCOMPARE(layout.tlsBandForRow(band.lastRow + 1), -1);
    QVERIFY(!layout.arrows().constLast().tls);
}

QTEST_GUILESS_MAIN(TestDiagramTls)
#include "tst_diagramtls.moc"
