// What core says after a failed probe: a diagnosis in plain words, and what to change as typed
// remedies (ProbeRemedy). Neither may speak a front end's terms: no command-line flag reaches a
// GUI user (issue 14). The CLI's and the dialog's wordings are tested in tst_cli_probe and
// tst_probedialog.

#include "client/probe.h"
#include "client/probereport.h"
#include "client/proberemedy.h"
#include "support/fakesmtpserver.h"

#include <QMetaEnum>
#include <QRegularExpression>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;

Q_DECLARE_METATYPE(ClientErrorKind)
Q_DECLARE_METATYPE(ProbeStage)
Q_DECLARE_METATYPE(QList<ProbeRemedy>)

class TestProbeRemedy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remediesFitTheFailure_data();
    void remediesFitTheFailure();
    void remedyNamesAreStable();
    void noDiagnosisNamesAFlag();
    void noCertificateExplanationNamesAFlag();
    void reportTextWithoutWordingNamesNoFlag();
    void probeReportsCarryTypedRemedies_data();
    void probeReportsCarryTypedRemedies();
};

namespace {
// "--tls", "(--insecure", "`--user": a flag as a sentence would quote it.
const QRegularExpression kFlag(QStringLiteral("(^|\\s|\\(|`|\")--[a-z]"));

const ProbeRemedy kAllRemedies[] = {
    ProbeRemedy::SetEhloName,    ProbeRemedy::GiveCredentials,  ProbeRemedy::UseStartTls,
    ProbeRemedy::UseImplicitTls, ProbeRemedy::RaiseTimeout,     ProbeRemedy::TrustCertificate,
    ProbeRemedy::AllowPlaintextAuth, ProbeRemedy::ResolveMx,
};

ProbeOptions optionsOn(quint16 port, bool withUser = false)
{
    ProbeOptions options;
    options.host = QStringLiteral("mail.example.com");
    options.port = port;
    if (withUser) {
        options.user = QStringLiteral("alice");
        options.secret = QStringLiteral("wonderland");
    }
    return options;
}

ClientError errorOf(ClientErrorKind kind, ProbeStage stage, const Reply &reply = {})
{
    ClientError error;
    error.kind = kind;
    error.stage = stage;
    error.message = QStringLiteral("what the connection said");
    error.reply = reply;
    return error;
}
} // namespace

void TestProbeRemedy::remediesFitTheFailure_data()
{
    QTest::addColumn<ClientError>("error");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("withUser");
    QTest::addColumn<QList<ProbeRemedy>>("remedies");
    using R = ProbeRemedy;
    QTest::newRow("name does not resolve: maybe a mail domain")
        << errorOf(ClientErrorKind::HostNotFound, ProbeStage::Connect) << 25 << false << QList<R>{R::ResolveMx};
    QTest::newRow("no greeting on 587: maybe implicit TLS, maybe slow")
        << errorOf(ClientErrorKind::ReplyTimeout, ProbeStage::Greeting) << 587 << false << QList<R>{R::UseImplicitTls, R::RaiseTimeout};
    QTest::newRow("no greeting on 465 (already implicit): only slow")
        << errorOf(ClientErrorKind::ReplyTimeout, ProbeStage::Greeting) << 465 << false << QList<R>{R::RaiseTimeout};
    QTest::newRow("silence later in the session")
        << errorOf(ClientErrorKind::ReplyTimeout, ProbeStage::Rcpt) << 25 << false << QList<R>{R::RaiseTimeout};
    QTest::newRow("overall deadline")
        << errorOf(ClientErrorKind::OverallTimeout, ProbeStage::Data) << 25 << false << QList<R>{R::RaiseTimeout};
    QTest::newRow("credentials withheld")
        << errorOf(ClientErrorKind::CredentialsWithheld, ProbeStage::Auth) << 25 << true
        << QList<R>{R::UseStartTls, R::UseImplicitTls, R::AllowPlaintextAuth};
    QTest::newRow("EHLO refused")
        << errorOf(ClientErrorKind::Rejected, ProbeStage::Ehlo, Reply(501, {QStringLiteral("5.5.4 Invalid name")})) << 25 << false
        << QList<R>{R::SetEhloName};
    QTest::newRow("530 to MAIL (RFC 4954 s.6)")
        << errorOf(ClientErrorKind::Rejected, ProbeStage::Mail, Reply(530, {QStringLiteral("5.7.0 Authentication required")})) << 587 << false
        << QList<R>{R::GiveCredentials, R::UseStartTls};
    QTest::newRow("relay denied to a stranger")
        << errorOf(ClientErrorKind::Rejected, ProbeStage::Rcpt, Reply(554, {QStringLiteral("5.7.1 Relay access denied")})) << 25 << false
        << QList<R>{R::GiveCredentials};
    QTest::newRow("relay denied after a login: a login would not help")
        << errorOf(ClientErrorKind::Rejected, ProbeStage::Rcpt, Reply(554, {QStringLiteral("5.7.1 Relay access denied")})) << 587 << true
        << QList<R>{};
    QTest::newRow("unknown user: nothing the prober controls")
        << errorOf(ClientErrorKind::Rejected, ProbeStage::Rcpt, Reply(550, {QStringLiteral("5.1.1 User unknown")})) << 25 << false
        << QList<R>{};
    QTest::newRow("connection refused: nothing to change here")
        << errorOf(ClientErrorKind::ConnectionRefused, ProbeStage::Connect) << 25 << false << QList<R>{};
}

void TestProbeRemedy::remediesFitTheFailure()
{
    QFETCH(ClientError, error);
    QFETCH(int, port);
    QFETCH(bool, withUser);
    QFETCH(QList<ProbeRemedy>, remedies);
    QCOMPARE(remediesFor(error, TlsReport(), optionsOn(quint16(port), withUser)), remedies);
}

void TestProbeRemedy::remedyNamesAreStable()
{
    // The JSON names scripts rely on: one per remedy, distinct, no front end's terms.
    QSet<QString> seen;
    for (ProbeRemedy remedy : kAllRemedies) {
        const QString name = remedyName(remedy);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!seen.contains(name), qPrintable(name));
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z_]+$")).match(name).hasMatch(), qPrintable(name));
        seen.insert(name);
    }
    QCOMPARE(remedyName(ProbeRemedy::UseStartTls), QStringLiteral("use_starttls"));
    QCOMPARE(remedyName(ProbeRemedy::AllowPlaintextAuth), QStringLiteral("allow_plaintext_auth"));
}

void TestProbeRemedy::noDiagnosisNamesAFlag()
{
    const QList<Reply> replies = {
        Reply(),
        Reply(421, {QStringLiteral("4.3.2 Service shutting down")}),
        Reply(451, {QStringLiteral("4.7.1 Greylisted, try again later")}),
        Reply(452, {QStringLiteral("4.5.3 Too many recipients")}),
        Reply(454, {QStringLiteral("4.7.0 TLS not available")}),
        Reply(501, {QStringLiteral("5.5.4 Invalid name")}),
        Reply(503, {QStringLiteral("5.5.1 Bad sequence")}),
        Reply(530, {QStringLiteral("5.7.0 Authentication required")}),
        Reply(534, {QStringLiteral("5.7.9 Mechanism too weak")}),
        Reply(535, {QStringLiteral("5.7.8 Authentication failed")}),
        Reply(550, {QStringLiteral("5.1.1 User unknown")}),
        Reply(552, {QStringLiteral("5.3.4 Message too big")}),
        Reply(554, {QStringLiteral("5.7.1 Relay access denied")}),
    };
    const int lastKind = int(ClientErrorKind::UnsafeCommand);
    int checked = 0;
    for (int kind = int(ClientErrorKind::None); kind <= lastKind; ++kind) {
        for (int stage = int(ProbeStage::Connect); stage <= int(ProbeStage::Done); ++stage) {
            for (const Reply &reply : replies) {
                for (quint16 port : {quint16(25), quint16(465), quint16(587), quint16(2525)}) {
                    const ClientError error = errorOf(ClientErrorKind(kind), ProbeStage(stage), reply);
                    const QString text = diagnose(error, optionsOn(port));
                    QVERIFY2(error.isError() != text.isEmpty(), qPrintable(errorKindName(error.kind)));
                    QVERIFY2(!text.contains(kFlag), qPrintable(text));
                    QVERIFY2(!text.contains(QLatin1String("smtp-tutor-cli")), qPrintable(text));
                    ++checked;
                }
            }
        }
    }
    QVERIFY(checked > 1000);
}

void TestProbeRemedy::noCertificateExplanationNamesAFlag()
{
    const QMetaEnum kinds = QMetaEnum::fromType<QSslError::SslError>();
    for (int i = 0; i < kinds.keyCount(); ++i) {
        const QSslError error(QSslError::SslError(kinds.value(i)));
        const QString text = explainCertificateError(error, QStringLiteral("mail.example.com"));
        QVERIFY2(!text.contains(kFlag), qPrintable(text));
    }
}

void TestProbeRemedy::reportTextWithoutWordingNamesNoFlag()
{
    // With no front end's wording, a remedy appears by its neutral name.
    ProbeReport report;
    report.host = QStringLiteral("mail.example.com");
    report.port = 25;
    report.error = errorOf(ClientErrorKind::CredentialsWithheld, ProbeStage::Auth);
    report.stage = ProbeStage::Auth;
    report.diagnosis = diagnose(report.error, optionsOn(25, true));
    for (ProbeRemedy remedy : kAllRemedies)
        report.remedies.append(remedy);
    const QString text = report.toText();
    QVERIFY2(!text.contains(kFlag), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Try: use_starttls")), qPrintable(text));
    // A front end's wording replaces the name.
    const QString worded = report.toText([](ProbeRemedy remedy) { return QStringLiteral("do <%1>").arg(remedyName(remedy)); });
    QVERIFY2(worded.contains(QLatin1String("Try: do <resolve_mx>")), qPrintable(worded));
}

// A real Probe against a scripted server: the report carries the remedies as types and its
// text and JSON name no flag.
void TestProbeRemedy::probeReportsCarryTypedRemedies_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<bool>("withUser");
    QTest::addColumn<bool>("withEnvelope");
    QTest::addColumn<QList<ProbeRemedy>>("remedies");
    using R = ProbeRemedy;
    const QString greet = QStringLiteral("S: 220 mail.example.com ESMTP");
    const QStringList ehlo{QStringLiteral("C~ EHLO "), QStringLiteral("S: 250-mail.example.com"), QStringLiteral("S: 250 AUTH PLAIN")};
    const QStringList quit{QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("X:")};
    const QStringList mail{QStringLiteral("C: MAIL FROM:<a@example.com>")};
    QTest::newRow("credentials withheld (no STARTTLS offered)") << (QStringList{greet} + ehlo + quit) << true << false
        << QList<R>{R::UseStartTls, R::UseImplicitTls, R::AllowPlaintextAuth};
    QTest::newRow("530 to MAIL") << (QStringList{greet} + ehlo + mail + QStringList{QStringLiteral("S: 530 5.7.0 Authentication required")} + quit)
        << false << true << QList<R>{R::GiveCredentials, R::UseStartTls};
    QTest::newRow("relay denied") << (QStringList{greet} + ehlo + mail
            + QStringList{QStringLiteral("S: 250 2.1.0 Ok"), QStringLiteral("C: RCPT TO:<b@example.org>"),
                          QStringLiteral("S: 554 5.7.1 <b@example.org>: Relay access denied")} + quit)
        << false << true << QList<R>{R::GiveCredentials};
}

void TestProbeRemedy::probeReportsCarryTypedRemedies()
{
    QFETCH(QStringList, script);
    QFETCH(bool, withUser);
    QFETCH(bool, withEnvelope);
    QFETCH(QList<ProbeRemedy>, remedies);
    Test::FakeSmtpServer server(script);
    QVERIFY(server.listenLocal());
    ProbeOptions options = optionsOn(server.port(), withUser);
    options.host = QStringLiteral("127.0.0.1");
    options.ehloName = QStringLiteral("client.example");
    if (withEnvelope) {
        options.from = QStringLiteral("a@example.com");
        options.to = {QStringLiteral("b@example.org")};
    }
    Probe probe(options);
    QSignalSpy finished(&probe, &Probe::finished);
    probe.start();
    QVERIFY(!finished.isEmpty() || finished.wait(10000));
    const ProbeReport report = probe.report();
    QVERIFY(!report.ok);
    QCOMPARE(report.remedies, remedies);
    QVERIFY2(!report.toText().contains(kFlag), qPrintable(report.toText()));
    QJsonArray names;
    for (ProbeRemedy remedy : remedies)
        names.append(remedyName(remedy));
    QCOMPARE(report.toJson(probe.transcript()).value(QStringLiteral("remedies")).toArray(), names);
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.failures().join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestProbeRemedy)
#include "tst_proberemedy.moc"
