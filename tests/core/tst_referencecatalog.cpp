// The reference data (resources/reference/*.json): loading, and the lookups of reply codes,
// enhanced codes, ports, commands and the guide. Data-driven: one row per code, port and
// command. The Explainer that reads this data: tst_explainer.

#include "protocol/reply.h"
#include "reference/explainer.h"
#include "reference/referencecatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;

class TestReferenceCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCatalogLoadsWithoutErrors();
    void sourceFilesAreWellFormedJson_data();
    void sourceFilesAreWellFormedJson();
    void brokenDataIsReported_data();
    void brokenDataIsReported();

    void seedReplyCodes_data();
    void seedReplyCodes();
    void laterRfcReplyCodes_data();
    void laterRfcReplyCodes();
    void replyCodesAreSortedAndConsistent();

    void enhancedCodes_data();
    void enhancedCodes();
    void enhancedRegistryIsComplete();
    void enhancedClassNotes();
    void unlistedEnhancedCodeFallsBackToSubject();

    void ports_data();
    void ports();
    void commands_data();
    void commands();
    void guide();

private:
    const ReferenceCatalog &catalog() const { return ReferenceCatalog::instance(); }
};

void TestReferenceCatalog::builtInCatalogLoadsWithoutErrors()
{
    const ReferenceCatalog &reference = catalog();
    QVERIFY2(reference.isValid(), qPrintable(reference.loadErrors().join(QLatin1Char('\n'))));
    QVERIFY(reference.allReplyCodes().size() >= 30);
    QVERIFY(reference.allEnhancedCodes().size() >= 80);
    QCOMPARE(reference.allPorts().size(), 4);
    QVERIFY(reference.allCommands().size() >= 13);
    // instance() loads once: the same object every time.
    QCOMPARE(&ReferenceCatalog::instance(), &reference);
}

void TestReferenceCatalog::sourceFilesAreWellFormedJson_data()
{
    QTest::addColumn<QString>("fileName");
    for (const QString &name : ReferenceCatalog::fileNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestReferenceCatalog::sourceFilesAreWellFormedJson()
{
    QFETCH(QString, fileName);
    const QString path = QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/resources/reference/") + fileName;
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());

    // The compiled-in copy is the same file.
    QFile compiled(QStringLiteral(":/reference/") + fileName);
    QVERIFY(compiled.open(QIODevice::ReadOnly));
    QVERIFY(file.seek(0));
    QCOMPARE(compiled.readAll(), file.readAll());

    // And a catalog loaded from the source folder sees no problems.
    const ReferenceCatalog fromSource
        = ReferenceCatalog::loadFromDirectory(QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/resources/reference"));
    QVERIFY2(fromSource.isValid(), qPrintable(fromSource.loadErrors().join(QLatin1Char('\n'))));
}

void TestReferenceCatalog::brokenDataIsReported_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("not json") << QStringLiteral("ports.json") << QByteArray("{ \"ports\": [ ")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("array at top") << QStringLiteral("ports.json") << QByteArray("[]")
                                  << QStringLiteral("not a JSON object");
    QTest::newRow("reply without meaning")
        << QStringLiteral("reply-codes.json")
        << QByteArray(
               R"({"classes":[],"codes":[{"code":550,"class":"permanent","description":"d","causes":["c"],)"
               R"("action":"a","rfc":"RFC 5321","section":"4.2.3","example":"550 x"}]})")
        << QStringLiteral("'meaning' is missing or empty");
    QTest::newRow("reply class contradicts digit")
        << QStringLiteral("reply-codes.json")
        << QByteArray(
               R"({"classes":[],"codes":[{"code":450,"meaning":"m","class":"permanent","description":"d","causes":["c"],)"
               R"("action":"a","rfc":"RFC 5321","section":"4.2.3","example":"450 x"}]})")
        << QStringLiteral("class does not match the first digit");
    QTest::newRow("enhanced code malformed")
        << QStringLiteral("enhanced-codes.json")
        << QByteArray(
               R"({"classes":[],"subjects":[],"codes":[{"code":"5.1","title":"t","description":"d","rfc":"RFC 3463"}]})")
        << QStringLiteral("must look like X.1.1");
}

void TestReferenceCatalog::brokenDataIsReported()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, expectedError);

    // A copy of the real data with one file replaced.
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    for (const QString &name : ReferenceCatalog::fileNames()) {
        if (name != fileName)
            QVERIFY(QFile::copy(QStringLiteral(":/reference/") + name, directory.filePath(name)));
    }
    QFile broken(directory.filePath(fileName));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(content);
    broken.close();

    const ReferenceCatalog loaded = ReferenceCatalog::loadFromDirectory(directory.path());
    QVERIFY(!loaded.isValid());
    const QString errors = loaded.loadErrors().join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(fileName), qPrintable(errors));
    QVERIFY2(errors.contains(expectedError), qPrintable(errors));

    // A missing folder is an error too, never a crash.
    const ReferenceCatalog missing
        = ReferenceCatalog::loadFromDirectory(directory.filePath(QStringLiteral("nowhere")));
    QCOMPARE(missing.loadErrors().size(), ReferenceCatalog::fileNames().size());
    QCOMPARE(missing.replyCode(550), nullptr);
}

void TestReferenceCatalog::seedReplyCodes_data()
{
    QTest::addColumn<int>("code");
    // Every code of the seed page's status table.
    for (int code :
        { 220, 221, 235, 250, 354, 421, 450, 451, 452, 500, 501, 503, 530, 535, 550, 551, 552, 553, 554 })
        QTest::newRow(qPrintable(QString::number(code))) << code;
}

void TestReferenceCatalog::seedReplyCodes()
{
    QFETCH(int, code);
    const ReplyCodeInfo *info = catalog().replyCode(code);
    QVERIFY2(info, "missing from reply-codes.json");
    QCOMPARE(info->code, code);
    QVERIFY(!info->meaning.isEmpty());
    QVERIFY(!info->description.isEmpty());
    QVERIFY(!info->causes.isEmpty());
    for (const QString &cause : info->causes)
        QVERIFY(!cause.trimmed().isEmpty());
    QVERIFY(!info->action.isEmpty());
    QVERIFY(info->rfc.startsWith(QLatin1String("RFC ")));
    QVERIFY(!info->reference().isEmpty());
    QCOMPARE(info->replyClass, replyClassForCode(code));
    QVERIFY(info->example.startsWith(QString::number(code)));
}

void TestReferenceCatalog::laterRfcReplyCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("rfc");
    QTest::newRow("211") << 211 << QStringLiteral("RFC 5321");
    QTest::newRow("214") << 214 << QStringLiteral("RFC 5321");
    QTest::newRow("251") << 251 << QStringLiteral("RFC 5321");
    QTest::newRow("252") << 252 << QStringLiteral("RFC 5321");
    QTest::newRow("334") << 334 << QStringLiteral("RFC 4954");
    QTest::newRow("432") << 432 << QStringLiteral("RFC 4954");
    QTest::newRow("454") << 454 << QStringLiteral("RFC 3207");
    QTest::newRow("455") << 455 << QStringLiteral("RFC 5321");
    QTest::newRow("502") << 502 << QStringLiteral("RFC 5321");
    QTest::newRow("504") << 504 << QStringLiteral("RFC 5321");
    QTest::newRow("521") << 521 << QStringLiteral("RFC 7504");
    QTest::newRow("534") << 534 << QStringLiteral("RFC 4954");
    QTest::newRow("538") << 538 << QStringLiteral("RFC 4954");
    QTest::newRow("555") << 555 << QStringLiteral("RFC 5321");
    QTest::newRow("556") << 556 << QStringLiteral("RFC 7504");
}

void TestReferenceCatalog::laterRfcReplyCodes()
{
    QFETCH(int, code);
    QFETCH(QString, rfc);
    const ReplyCodeInfo *info = catalog().replyCode(code);
    QVERIFY(info);
    QCOMPARE(info->rfc, rfc);
    QVERIFY(!info->meaning.isEmpty());
    QVERIFY(!info->action.isEmpty());
}

void TestReferenceCatalog::replyCodesAreSortedAndConsistent()
{
    const QList<ReplyCodeInfo> codes = catalog().allReplyCodes();
    for (qsizetype i = 1; i < codes.size(); ++i)
        QVERIFY(codes.at(i - 1).code < codes.at(i).code);
    for (const ReplyCodeInfo &info : codes) {
        // Each listed companion code exists in the enhanced registry (or at least has a known subject).
        for (const QString &enhanced : info.enhancedCodes) {
            const auto status = EnhancedStatus::parse(enhanced);
            QVERIFY2(status, qPrintable(enhanced));
            QVERIFY2(catalog().enhancedCode(*status).listed,
                qPrintable(QStringLiteral("%1 with %2").arg(enhanced).arg(info.code)));
        }
    }
    for (int digit : { 2, 3, 4, 5 }) {
        QVERIFY(catalog().replyClass(digit));
        QCOMPARE(catalog().replyClass(digit)->replyClass, replyClassForCode(digit * 100));
    }
    QCOMPARE(catalog().replyClass(ReplyClass::Temporary)->digit, 4);
    QCOMPARE(catalog().replyClass(6), nullptr);
    QCOMPARE(catalog().replyCode(299), nullptr);
    QCOMPARE(replyClassName(ReplyClass::Temporary), QStringLiteral("temporary"));
}

void TestReferenceCatalog::enhancedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("titleContains");
    QTest::newRow("5.1.1") << QStringLiteral("5.1.1") << QStringLiteral("destination mailbox");
    QTest::newRow("5.7.1") << QStringLiteral("5.7.1") << QStringLiteral("not authorised");
    QTest::newRow("4.7.1") << QStringLiteral("4.7.1") << QStringLiteral("not authorised");
    QTest::newRow("5.7.8") << QStringLiteral("5.7.8") << QStringLiteral("credentials");
    QTest::newRow("5.3.4") << QStringLiteral("5.3.4") << QStringLiteral("too big");
    QTest::newRow("4.2.2") << QStringLiteral("4.2.2") << QStringLiteral("full");
    QTest::newRow("5.2.2") << QStringLiteral("5.2.2") << QStringLiteral("full");
    QTest::newRow("5.7.0") << QStringLiteral("5.7.0") << QStringLiteral("security");
    QTest::newRow("5.7.11") << QStringLiteral("5.7.11") << QStringLiteral("Encryption required");
    QTest::newRow("5.7.23") << QStringLiteral("5.7.23") << QStringLiteral("SPF");
    QTest::newRow("5.7.26") << QStringLiteral("5.7.26") << QStringLiteral("Multiple");
    QTest::newRow("2.1.5") << QStringLiteral("2.1.5") << QStringLiteral("valid");
    QTest::newRow("4.4.1") << QStringLiteral("4.4.1") << QStringLiteral("No answer");
    QTest::newRow("5.1.10") << QStringLiteral("5.1.10") << QStringLiteral("null MX");
    QTest::newRow("5.7.30") << QStringLiteral("5.7.30") << QStringLiteral("REQUIRETLS");
}

void TestReferenceCatalog::enhancedCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, titleContains);
    const auto status = EnhancedStatus::parse(code);
    QVERIFY(status);
    const EnhancedCodeDescription description = catalog().enhancedCode(*status);
    QVERIFY(description.listed);
    QCOMPARE(description.status, *status);
    QVERIFY2(description.title.contains(titleContains, Qt::CaseInsensitive), qPrintable(description.title));
    QVERIFY(!description.description.isEmpty());
    QVERIFY(description.rfc.startsWith(QLatin1String("RFC ")));
    QCOMPARE(description.classInfo.statusClass, status->statusClass());
    QVERIFY(!description.classInfo.title.isEmpty());
    QVERIFY(description.subjectKnown);
    QCOMPARE(description.subjectInfo.subject, status->subject());
    QVERIFY(!description.subjectInfo.description.isEmpty());
}

void TestReferenceCatalog::enhancedRegistryIsComplete()
{
    // The registry's detail codes per subject (RFC 3463 and later): X.0.0, X.1.0-10, X.2.0-4,
    // X.3.0-6, X.4.0-7, X.5.0-6, X.6.0-10, X.7.0-30.
    const QList<QPair<int, int>> ranges
        = { { 0, 0 }, { 1, 10 }, { 2, 4 }, { 3, 6 }, { 4, 7 }, { 5, 6 }, { 6, 10 }, { 7, 30 } };
    int expected = 0;
    for (int subject = 0; subject < ranges.size(); ++subject) {
        QVERIFY(catalog().enhancedSubject(subject));
        for (int detail = 0; detail <= ranges.at(subject).second; ++detail) {
            ++expected;
            const EnhancedCodeInfo *entry = catalog().enhancedCodeEntry(subject, detail);
            QVERIFY2(entry, qPrintable(QStringLiteral("X.%1.%2 missing").arg(subject).arg(detail)));
            QCOMPARE(entry->pattern(), QStringLiteral("X.%1.%2").arg(subject).arg(detail));
            QVERIFY(!entry->title.isEmpty());
            QVERIFY(!entry->description.isEmpty());
            QVERIFY(!entry->rfc.isEmpty());
        }
    }
    QCOMPARE(catalog().allEnhancedCodes().size(), expected);
    QCOMPARE(catalog().enhancedCodeEntry(7, 31), nullptr);
    for (int statusClass : { 2, 4, 5 })
        QVERIFY(catalog().enhancedClass(statusClass));
    QCOMPARE(catalog().enhancedClass(3), nullptr);
    // Defining documents of codes added after RFC 3463.
    QCOMPARE(catalog().enhancedCodeEntry(7, 8)->rfc, QStringLiteral("RFC 4954"));
    QCOMPARE(catalog().enhancedCodeEntry(7, 11)->rfc, QStringLiteral("RFC 4954"));
    QCOMPARE(catalog().enhancedCodeEntry(7, 23)->rfc, QStringLiteral("RFC 7372"));
    QCOMPARE(catalog().enhancedCodeEntry(1, 10)->rfc, QStringLiteral("RFC 7505"));
}

void TestReferenceCatalog::enhancedClassNotes()
{
    // X.7.1 means different things to a learner as 4.7.1 (greylisting) and 5.7.1 (refused).
    const EnhancedCodeDescription temporary = catalog().enhancedCode(EnhancedStatus(4, 7, 1));
    const EnhancedCodeDescription permanent = catalog().enhancedCode(EnhancedStatus(5, 7, 1));
    QVERIFY(temporary.classNote.contains(QLatin1String("greylisting")));
    QVERIFY(permanent.classNote.contains(QLatin1String("relay")));
    QCOMPARE(temporary.title, permanent.title);
    QVERIFY(catalog().enhancedCode(EnhancedStatus(5, 1, 2)).classNote.isEmpty());
}

void TestReferenceCatalog::unlistedEnhancedCodeFallsBackToSubject()
{
    const EnhancedCodeDescription description = catalog().enhancedCode(EnhancedStatus(5, 1, 99));
    QVERIFY(!description.listed);
    QVERIFY(description.subjectKnown);
    QVERIFY(description.title.contains(QLatin1String("Addressing")));
    QVERIFY(description.title.contains(QLatin1String("99")));
    QCOMPARE(description.description, catalog().enhancedSubject(1)->description);
    QCOMPARE(description.rfc, QStringLiteral("RFC 3463"));

    const EnhancedCodeDescription strange = catalog().enhancedCode(EnhancedStatus(4, 9, 1));
    QVERIFY(!strange.listed);
    QVERIFY(!strange.subjectKnown);
    QCOMPARE(strange.classInfo.statusClass, 4);
    QVERIFY(!strange.description.isEmpty());

    QVERIFY(catalog().enhancedCode(EnhancedStatus()).title.isEmpty());
}

void TestReferenceCatalog::ports_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("tls");
    QTest::addColumn<bool>("standard");
    QTest::addColumn<QString>("rfc");
    QTest::newRow("25") << 25 << int(PortInfo::Tls::StartTls) << true << QStringLiteral("RFC 5321");
    QTest::newRow("465") << 465 << int(PortInfo::Tls::Implicit) << true << QStringLiteral("RFC 8314");
    QTest::newRow("587") << 587 << int(PortInfo::Tls::StartTls) << true << QStringLiteral("RFC 6409");
    QTest::newRow("2525") << 2525 << int(PortInfo::Tls::StartTls) << false << QString();
}

void TestReferenceCatalog::ports()
{
    QFETCH(int, port);
    QFETCH(int, tls);
    QFETCH(bool, standard);
    QFETCH(QString, rfc);
    const PortInfo *info = catalog().port(port);
    QVERIFY(info);
    QCOMPARE(info->port, port);
    QCOMPARE(int(info->tls), tls);
    QCOMPARE(info->standard, standard);
    QCOMPARE(info->rfc, rfc);
    QVERIFY(!info->name.isEmpty());
    QVERIFY(!info->protocol.isEmpty());
    QVERIFY(!info->encryption.isEmpty());
    QVERIFY(!info->use.isEmpty());
    QVERIFY(!info->watchOut.isEmpty());
    QCOMPARE(catalog().port(24), nullptr);
}

void TestReferenceCatalog::commands_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("verb");
    QTest::addColumn<QString>("section");
    QTest::newRow("HELO") << QStringLiteral("HELO") << int(Verb::Helo)
                          << QStringLiteral("RFC 5321 s.4.1.1.1");
    QTest::newRow("EHLO") << QStringLiteral("EHLO") << int(Verb::Ehlo)
                          << QStringLiteral("RFC 5321 s.4.1.1.1");
    QTest::newRow("MAIL") << QStringLiteral("MAIL") << int(Verb::Mail)
                          << QStringLiteral("RFC 5321 s.4.1.1.2");
    QTest::newRow("RCPT") << QStringLiteral("RCPT") << int(Verb::Rcpt)
                          << QStringLiteral("RFC 5321 s.4.1.1.3");
    QTest::newRow("DATA") << QStringLiteral("DATA") << int(Verb::Data)
                          << QStringLiteral("RFC 5321 s.4.1.1.4");
    QTest::newRow("RSET") << QStringLiteral("RSET") << int(Verb::Rset)
                          << QStringLiteral("RFC 5321 s.4.1.1.5");
    QTest::newRow("VRFY") << QStringLiteral("VRFY") << int(Verb::Vrfy)
                          << QStringLiteral("RFC 5321 s.4.1.1.6");
    QTest::newRow("EXPN") << QStringLiteral("EXPN") << int(Verb::Expn)
                          << QStringLiteral("RFC 5321 s.4.1.1.7");
    QTest::newRow("HELP") << QStringLiteral("HELP") << int(Verb::Help)
                          << QStringLiteral("RFC 5321 s.4.1.1.8");
    QTest::newRow("NOOP") << QStringLiteral("NOOP") << int(Verb::Noop)
                          << QStringLiteral("RFC 5321 s.4.1.1.9");
    QTest::newRow("QUIT") << QStringLiteral("QUIT") << int(Verb::Quit)
                          << QStringLiteral("RFC 5321 s.4.1.1.10");
    QTest::newRow("STARTTLS") << QStringLiteral("STARTTLS") << int(Verb::StartTls)
                              << QStringLiteral("RFC 3207 s.4");
    QTest::newRow("AUTH") << QStringLiteral("AUTH") << int(Verb::Auth) << QStringLiteral("RFC 4954 s.4");
    QTest::newRow("BDAT") << QStringLiteral("BDAT") << int(Verb::Unknown) << QStringLiteral("RFC 3030 s.2");
}

void TestReferenceCatalog::commands()
{
    QFETCH(QString, name);
    QFETCH(int, verb);
    QFETCH(QString, section);
    const CommandInfo *info = catalog().command(QStringView(name));
    QVERIFY(info);
    QCOMPARE(info->name, name);
    QCOMPARE(int(info->verb), verb);
    QCOMPARE(info->reference(), section);
    QVERIFY(info->syntax.startsWith(name));
    QVERIFY(!info->purpose.isEmpty());
    QVERIFY(!info->allowedWhen.isEmpty());
    QVERIFY(!info->typicalReplies.isEmpty());
    for (const TypicalReply &reply : info->typicalReplies) {
        QVERIFY(reply.code >= 200 && reply.code <= 599);
        QVERIFY(!reply.when.isEmpty());
    }
    // Lookup is case-insensitive and by verb as well.
    QCOMPARE(catalog().command(QStringView(name.toLower())), info);
    if (Verb(verb) != Verb::Unknown)
        QCOMPARE(catalog().command(Verb(verb)), info);
}

void TestReferenceCatalog::guide()
{
    const Guide &guide = catalog().guide();
    QVERIFY(guide.takeaways.size() >= 5);
    QVERIFY(guide.faq.size() >= 6);
    QVERIFY(guide.commonErrors.size() >= 5);
    QVERIFY(guide.recipes.size() >= 3);
    // Each common error names a code the reference explains.
    for (const CommonError &error : guide.commonErrors) {
        const int code = error.reply.left(3).toInt();
        QVERIFY2(catalog().replyCode(code), qPrintable(error.reply));
        QVERIFY(!error.fix.isEmpty());
    }
    for (const FaqEntry &entry : guide.faq)
        QVERIFY(entry.question.endsWith(QLatin1Char('?')));
}

QTEST_APPLESS_MAIN(TestReferenceCatalog)
#include "tst_referencecatalog.moc"
