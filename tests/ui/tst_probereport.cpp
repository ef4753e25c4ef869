// The probe's and the audit's report widgets, offscreen, with reports built here: check rows
// (icon, colour and word for every status; a row opens its explanation, by mouse and by key),
// the certificate chain tree in order, the timing waterfall (one bar per step, inside the
// widget at any width), the port list with the typed port, the remembered certificates, the
// certificate question with the fingerprint, and the audit view's grade and groups.

#include "probe/certificatedialogs.h"
#include "probe/certificatepins.h"
#include "probe/portmatrixview.h"
#include "report/auditreportview.h"
#include "report/certificatechainview.h"
#include "report/checklistview.h"
#include "report/hostauditsection.h"
#include "report/timingwaterfall.h"

#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QHeaderView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace SmtpTutor;

namespace {
AuditCheck check(const QString &id, CheckStatus status, const QString &title, std::optional<Grade> cap = std::nullopt)
{
    AuditCheck row;
    row.id = id;
    row.status = status;
    row.title = title;
    row.detail = QStringLiteral("seen: ") + title;
    row.rule = QStringLiteral("rule for ") + id;
    row.source = QStringLiteral("NCSC-NL TLS guidelines v2.1");
    row.explanation = QStringLiteral("why ") + id + QStringLiteral(" matters");
    row.todo = QStringLiteral("fix ") + id;
    row.cap = cap;
    return row;
}

CertificateInfo certificate(const QString &subject, const QString &issuer, const QString &sha256)
{
    CertificateInfo info;
    info.subject = subject;
    info.issuer = issuer;
    info.sha256 = sha256;
    info.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    info.notAfter = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    info.selfSigned = subject == issuer;
    return info;
}

HostAuditReport hostReport()
{
    HostAuditReport report;
    report.host = QStringLiteral("mail.example.com");
    report.port = 25;
    report.checks = {check(QStringLiteral("tls.version.tls1_0"), CheckStatus::Fail, QStringLiteral("TLS 1.0 is accepted"), Grade::B),
                     check(QStringLiteral("tls.version.tls1_3"), CheckStatus::Pass, QStringLiteral("TLS 1.3 is accepted")),
                     check(QStringLiteral("cert.key"), CheckStatus::Warn, QStringLiteral("RSA key of 2048 bits")),
                     check(QStringLiteral("relay.open"), CheckStatus::Pass, QStringLiteral("Not an open relay")),
                     check(QStringLiteral("dns.ptr"), CheckStatus::Info, QStringLiteral("PTR record found"))};
    report.grade.grade = Grade::B;
    report.grade.cappedBy = {QStringLiteral("tls.version.tls1_0")};
    report.certificate.tls.chain = {certificate(QStringLiteral("CN=mail.example.com"), QStringLiteral("CN=Example CA"), QStringLiteral("aa:bb"))};
    report.waterfall = {{QStringLiteral("connect"), 0, 10}, {QStringLiteral("tls-versions"), 10, 300}, {QStringLiteral("relay"), 10, 50}};
    return report;
}
} // namespace

class TestProbeReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void checkRowsShowWordAndIconForEveryStatus();
    void rowOpensItsExplanation();
    void verdictSplitsIntoTitleAndExplanation();
    void chainTreeGoesFromLeafToRoot();
    void waterfallHasOneBarPerStepInsideItsWidth_data();
    void waterfallHasOneBarPerStepInsideItsWidth();
    void auditWaterfallStartsBarsWhenTheyStarted();
    void portListAddsTheTypedPort();
    void portMatrixFitsTheWidth();
    void pinsAreListedRemovedAndExact();
    void questionShowsTheCertificateAndCancels();
    void auditViewShowsGradeCapAndGroups();
    void domainAuditHasASectionPerHost();

private:
    QTemporaryDir m_settingsDir;
};

void TestProbeReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings().clear();
}

void TestProbeReport::checkRowsShowWordAndIconForEveryStatus()
{
    CheckListView view;
    QList<CheckItem> items;
    const QList<CheckStatus> statuses = {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Info, CheckStatus::Error};
    for (CheckStatus status : statuses)
        items.append(CheckItem::fromAuditCheck(check(QStringLiteral("x.") + checkStatusName(status), status, QStringLiteral("title ") + checkStatusName(status))));
    view.setItems(items);
    QCOMPARE(view.count(), statuses.size());
    QStringList words;
    for (CheckRowWidget *row : view.rows()) {
        // Never colour alone: a word for the status, and an icon.
        const QLabel *status = row->findChild<QLabel *>(QStringLiteral("checkRowStatus"));
        QVERIFY(status && !status->text().isEmpty());
        words.append(status->text());
        QVERIFY(!CheckStatusStyle::icon(row->item().status).isNull());
        QVERIFY(row->findChild<QLabel *>(QStringLiteral("checkRowTitle"))->text().startsWith(QLatin1String("title ")));
        QVERIFY(row->findChild<QToolButton *>()->accessibleName().contains(status->text()));
    }
    words.removeDuplicates();
    QCOMPARE(words.size(), statuses.size()); // each status has its own word
    QVERIFY(view.toPlainText().contains(QLatin1String("Fail: title fail")));
}

void TestProbeReport::rowOpensItsExplanation()
{
    CheckListView view;
    view.setItems({CheckItem::fromAuditCheck(check(QStringLiteral("tls.version.tls1_0"), CheckStatus::Fail, QStringLiteral("TLS 1.0 is accepted")))});
    view.resize(600, 300);
    view.show();
    CheckRowWidget *row = view.rows().first();
    const QLabel *explanation = row->findChild<QLabel *>(QStringLiteral("checkRowExplanation"));
    QVERIFY(!explanation->isVisible());
    QTest::mouseClick(row->findChild<QToolButton *>(), Qt::LeftButton);
    QVERIFY(row->isExpanded());
    QVERIFY(explanation->isVisible());
    const QString text = row->explanationText();
    for (const char *part : {"why tls.version.tls1_0 matters", "fix tls.version.tls1_0", "rule for tls.version.tls1_0", "NCSC-NL"})
        QVERIFY2(text.contains(QLatin1String(part)), qPrintable(text));
    // From the keyboard: Space on the focused arrow closes it again.
    row->findChild<QToolButton *>()->setFocus();
    QTest::keyClick(row->findChild<QToolButton *>(), Qt::Key_Space);
    QVERIFY(!row->isExpanded());
    QVERIFY(!explanation->isVisible());
    // A click on the title opens it too.
    QTest::mouseClick(row->findChild<QLabel *>(QStringLiteral("checkRowTitle")), Qt::LeftButton);
    QVERIFY(row->isExpanded());
}

void TestProbeReport::verdictSplitsIntoTitleAndExplanation()
{
    const CheckItem item = CheckItem::fromVerdict({Verdict::Level::Warning, QStringLiteral("STARTTLS is not offered: everything would travel in clear.")});
    QCOMPARE(item.status, CheckStatus::Warn);
    QCOMPARE(item.title, QStringLiteral("STARTTLS is not offered"));
    QCOMPARE(item.explanation, QStringLiteral("everything would travel in clear."));
    QCOMPARE(CheckItem::fromVerdict({Verdict::Level::Ok, QStringLiteral("STARTTLS is offered.")}).status, CheckStatus::Pass);
}

void TestProbeReport::chainTreeGoesFromLeafToRoot()
{
    CertificateChainView view;
    view.setChain({certificate(QStringLiteral("CN=mail.example.com"), QStringLiteral("CN=Intermediate"), QStringLiteral("11:11")),
                   certificate(QStringLiteral("CN=Intermediate"), QStringLiteral("CN=Root"), QStringLiteral("22:22")),
                   certificate(QStringLiteral("CN=Root"), QStringLiteral("CN=Root"), QStringLiteral("33:33"))});
    const QList<QTreeWidgetItem *> items = view.certificateItems();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0)->text(1), QStringLiteral("CN=mail.example.com"));
    QCOMPARE(items.at(1)->text(1), QStringLiteral("CN=Intermediate"));
    QCOMPARE(items.at(2)->text(1), QStringLiteral("CN=Root"));
    QCOMPARE(items.at(1)->parent(), items.at(0)); // each issuer one level in
    QCOMPARE(items.at(2)->text(0), QStringLiteral("Root"));
    const auto field = [](QTreeWidgetItem *item, const QString &name) {
        for (int i = 0; i < item->childCount(); ++i) {
            if (item->child(i)->text(0) == name)
                return item->child(i)->text(1);
        }
        return QString();
    };
    QCOMPARE(field(items.at(0), QStringLiteral("SHA-256")), QStringLiteral("11:11"));
    QCOMPARE(field(items.at(0), QStringLiteral("Issuer")), QStringLiteral("CN=Intermediate"));
    QVERIFY(field(items.at(2), QStringLiteral("Valid until")).startsWith(QLatin1String("2027-01-01")));
}

void TestProbeReport::waterfallHasOneBarPerStepInsideItsWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow") << 220;
    QTest::newRow("1024 window") << 960;
    QTest::newRow("wide") << 1400;
}

void TestProbeReport::waterfallHasOneBarPerStepInsideItsWidth()
{
    QFETCH(int, width);
    TimingWaterfall waterfall;
    const QList<StepTiming> timings = {{QStringLiteral("connect"), 12}, {QStringLiteral("greeting"), 40}, {QStringLiteral("ehlo"), 3},
                                       {QStringLiteral("starttls"), 2}, {QStringLiteral("tls"), 95}, {QStringLiteral("ehlo_tls"), 4}};
    waterfall.setTimings(timings);
    waterfall.resize(width, waterfall.sizeHint().height());
    waterfall.show();
    QCOMPARE(waterfall.barCount(), timings.size());
    for (int i = 0; i < waterfall.barCount(); ++i) {
        const QRect bar = waterfall.barRect(i);
        QVERIFY2(waterfall.rect().contains(bar), qPrintable(QStringLiteral("bar %1 at %2..%3 of %4").arg(i).arg(bar.left()).arg(bar.right()).arg(width)));
        if (i > 0) // a probe's steps follow each other
            QVERIFY(bar.left() >= waterfall.barRect(i - 1).left());
    }
    // The longest step has the longest bar; the description names every step with its time.
    QVERIFY(waterfall.barRect(4).width() > waterfall.barRect(0).width());
    QVERIFY(waterfall.accessibleDescription().contains(QLatin1String("TLS handshake: starts at 57 ms, takes 95 ms")));
    QCOMPARE(waterfall.focusPolicy(), Qt::StrongFocus);
    waterfall.setFocus();
    QTest::keyClick(&waterfall, Qt::Key_Down);
    QCOMPARE(waterfall.currentBar(), 1);
}

void TestProbeReport::auditWaterfallStartsBarsWhenTheyStarted()
{
    TimingWaterfall waterfall;
    waterfall.setTimings(hostReport().waterfall);
    waterfall.resize(800, waterfall.sizeHint().height());
    QCOMPARE(waterfall.barCount(), 3);
    // Two checks that started together begin at the same x.
    QCOMPARE(waterfall.barRect(1).left(), waterfall.barRect(2).left());
    QVERIFY(waterfall.barRect(1).width() > waterfall.barRect(2).width());
}

void TestProbeReport::portListAddsTheTypedPort()
{
    QCOMPARE(portsToCheck({25, 465, 587, 2525}, 2526), (QList<quint16>{25, 465, 587, 2525, 2526}));
    QCOMPARE(portsToCheck({25, 465, 587, 2525}, 587), (QList<quint16>{25, 465, 587, 2525}));
    QCOMPARE(portsToCheck({587, 25}, 0), (QList<quint16>{25, 587}));
}

void TestProbeReport::portMatrixFitsTheWidth()
{
    PortMatrixView view;
    view.resize(980, 400);
    view.show();
    view.setPorts(QStringLiteral("mail.example.com"), {25, 465, 587, 2525, 10025});
    PortResult result;
    result.port = 10025;
    result.open = true;
    result.banner = QStringLiteral("220 a-very-long-host-name.mail.example.com ESMTP Postfix (Debian/GNU) ready and waiting for you");
    result.authAfterTls = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    view.setResult(result);
    QVERIFY(view.ports().contains(10025));
    QTableWidget *table = view.table();
    int total = 0;
    for (int column = 0; column < table->columnCount(); ++column)
        total += table->horizontalHeader()->sectionSize(column);
    QVERIFY2(total <= table->viewport()->width(), qPrintable(QStringLiteral("%1 > %2").arg(total).arg(table->viewport()->width())));
    QVERIFY(view.toPlainText().contains(QLatin1String("PLAIN LOGIN")));
}

void TestProbeReport::pinsAreListedRemovedAndExact()
{
    QSettings().clear();
    CertificatePins::add({QStringLiteral("Mail.Example.com"), 587, QStringLiteral("AA:BB:CC")});
    CertificatePins::add({QStringLiteral("other.example.com"), 25, QStringLiteral("dd:ee")});
    QVERIFY(CertificatePins::isPinned(QStringLiteral("mail.example.com"), 587, QStringLiteral("aa:bb:cc")));
    QVERIFY(!CertificatePins::isPinned(QStringLiteral("mail.example.com"), 465, QStringLiteral("aa:bb:cc"))); // another port
    QVERIFY(!CertificatePins::isPinned(QStringLiteral("mx.example.com"), 587, QStringLiteral("aa:bb:cc")));  // another host
    QVERIFY(!CertificatePins::isPinned(QStringLiteral("mail.example.com"), 587, QStringLiteral("aa:bb:cd"))); // another certificate
    TrustedCertificatesDialog dialog;
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QCOMPARE(dialog.list()->topLevelItem(0)->text(1), QStringLiteral("aa:bb:cc"));
    QVERIFY(dialog.list()->topLevelItem(0)->text(0).contains(QLatin1String("mail.example.com")));
    dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
    dialog.findChild<QPushButton *>(QStringLiteral("removePinButton"))->click();
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QVERIFY(!CertificatePins::isPinned(QStringLiteral("mail.example.com"), 587, QStringLiteral("aa:bb:cc")));
    QVERIFY(CertificatePins::isPinned(QStringLiteral("other.example.com"), 25, QStringLiteral("dd:ee")));
    // Nothing but host, port and fingerprint is stored.
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(key.endsWith(QLatin1String("host")) || key.endsWith(QLatin1String("port")) || key.endsWith(QLatin1String("sha256"))
                     || key.endsWith(QLatin1String("size")), qPrintable(key));
}

void TestProbeReport::questionShowsTheCertificateAndCancels()
{
    const CertificateQuestionInfo info{QStringLiteral("mail.example.com"), 587, QStringLiteral("The certificate is self-signed."),
                                       certificate(QStringLiteral("CN=mail.example.com"), QStringLiteral("CN=mail.example.com"), QStringLiteral("12:34:56"))};
    CertificateQuestionDialog dialog(info);
    dialog.show();
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("certificateFingerprint"))->text(), QStringLiteral("12:34:56"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("certificateSubject"))->text(), QStringLiteral("CN=mail.example.com"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("certificateValidity"))->text().contains(QLatin1String("2027-01-01")));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("certificateQuestionWhy"))->text().contains(QLatin1String("self-signed")));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.answer(), CertificateAnswer::Cancel);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    CertificateQuestionDialog again(info);
    again.findChild<QPushButton *>(QStringLiteral("trustAlwaysButton"))->click();
    QCOMPARE(again.answer(), CertificateAnswer::TrustForThisHost);
}

void TestProbeReport::auditViewShowsGradeCapAndGroups()
{
    AuditReportView view;
    view.resize(1000, 680);
    view.show();
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("saveAuditHtmlButton"))->isEnabled());
    view.setHostReport(hostReport());
    QCOMPARE(view.gradeText(), QStringLiteral("B"));
    QVERIFY2(view.cappedByText().contains(QLatin1String("TLS 1.0 is accepted (tls.version.tls1_0)")), qPrintable(view.cappedByText()));
    QCOMPARE(view.hostSections().size(), 1);
    HostAuditSection *section = view.hostSections().first();
    QStringList groups;
    for (QGroupBox *box : section->findChildren<QGroupBox *>())
        groups.append(box->title());
    // The audit's own groups (AuditSections), as in the text and HTML reports.
    for (const char *group : {"TLS", "Certificate", "Relay", "Reverse DNS and banner", "Certificate chain"})
        QVERIFY2(groups.contains(QLatin1String(group)), qPrintable(groups.join(QLatin1Char(','))));
    int rows = 0;
    for (CheckListView *list : section->checkLists())
        rows += list->count();
    QCOMPARE(rows, 5);
    QCOMPARE(section->chain()->certificateItems().size(), 1);
    QCOMPARE(section->waterfall()->barCount(), 3);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("saveAuditHtmlButton"))->isEnabled());
    // What "Save as" writes is the audit's own HTML and JSON.
    QVERIFY(view.html().contains(QLatin1String("TLS 1.0 is accepted")));
    const QJsonObject json = QJsonDocument::fromJson(view.json()).object();
    QCOMPARE(json.value(QLatin1String("host")).toString(), QStringLiteral("mail.example.com"));
    QCOMPARE(json.value(QLatin1String("grade")).toString(), QStringLiteral("B"));
    QCOMPARE(json.value(QLatin1String("checks")).toArray().size(), 5);
}

void TestProbeReport::domainAuditHasASectionPerHost()
{
    DomainAuditReport report;
    report.domain = QStringLiteral("example.com");
    report.checks = {check(QStringLiteral("domain.spf"), CheckStatus::Warn, QStringLiteral("No SPF record"), Grade::B)};
    HostAuditReport second = hostReport();
    second.host = QStringLiteral("mx2.example.com");
    report.hosts = {hostReport(), second};
    report.grade.grade = Grade::B;
    report.grade.cappedBy = {QStringLiteral("domain.spf"), QStringLiteral("mx2.example.com:tls.version.tls1_0")};
    AuditReportView view;
    view.setDomainReport(report);
    QCOMPARE(view.hostSections().size(), 2);
    QVERIFY(view.cappedByText().contains(QLatin1String("No SPF record (domain.spf)")));
    QVERIFY(view.cappedByText().contains(QLatin1String("TLS 1.0 is accepted (mx2.example.com:tls.version.tls1_0)")));
    QVERIFY(view.findChild<QGroupBox *>(QStringLiteral("auditDomainPolicy")));
}

QTEST_MAIN(TestProbeReport)
#include "tst_probereport.moc"
