// The reference data (resources/reference/*.json) and the Explainer that reads it.
// Data-driven: one row per code, port, command and explainer input.

#include "protocol/reply.h"
#include "reference/explainer.h"
#include "reference/referencecatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    void explainer_data();
    void explainer();
    void explainerJson();
    void explainerText();
    void explainReplyObject();
    void explainerRefusesHugeInput();

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

void TestReferenceCatalog::explainer_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("replyCode");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("textContains");

    // Reply lines and whole replies.
    QTest::newRow("550 5.1.1 line") << QStringLiteral("550 5.1.1 <x@example.com>: Recipient address rejected")
                                    << QStringLiteral("reply") << 550 << QStringLiteral("5.1.1") << 0
                                    << QStringLiteral("Bad destination mailbox address");
    QTest::newRow("greylisting") << QStringLiteral(
        "450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted")
                                 << QStringLiteral("reply") << 450 << QStringLiteral("4.7.1") << 0
                                 << QStringLiteral("greylisting");
    QTest::newRow("relay denied") << QStringLiteral("554 5.7.1 <x@example.net>: Relay access denied")
                                  << QStringLiteral("reply") << 554 << QStringLiteral("5.7.1") << 0
                                  << QStringLiteral("relay");
    QTest::newRow("no enhanced code")
        << QStringLiteral("421 Service not available") << QStringLiteral("reply") << 421 << QString() << 0
        << QStringLiteral("ENHANCEDSTATUSCODES");
    QTest::newRow("multi-line") << QStringLiteral(
        "550-5.7.1 Our system has detected\r\n550-5.7.1 an unusual rate\r\n550 5.7.1 of mail.")
                                << QStringLiteral("reply") << 550 << QStringLiteral("5.7.1") << 0
                                << QStringLiteral("Delivery not authorised");
    QTest::newRow("multi-line cut short")
        << QStringLiteral("452-4.2.2 The mailbox is full\n452-4.2.2 try later") << QStringLiteral("reply")
        << 452 << QStringLiteral("4.2.2") << 0 << QStringLiteral("hyphen");
    QTest::newRow("transcript picks the failure")
        << QStringLiteral("250 2.1.0 Ok\nRCPT TO:<nobody@example.com>\n550 5.1.1 User unknown")
        << QStringLiteral("reply") << 550 << QStringLiteral("5.1.1") << 0 << QStringLiteral("2 replies");
    QTest::newRow("swaks transcript") << QStringLiteral(
        "-> RCPT TO:<nobody@example.com>\n<-  550 5.1.1 <nobody@example.com>: Recipient address "
        "rejected\n-> QUIT\n<-  221 2.0.0 Bye")
                                      << QStringLiteral("reply") << 550 << QStringLiteral("5.1.1") << 0
                                      << QStringLiteral("2 line(s) without a reply code");
    QTest::newRow("S: marks") << QStringLiteral("C: DATA\nS: 554 5.5.1 Error: no valid recipients")
                              << QStringLiteral("reply") << 554 << QStringLiteral("5.5.1") << 0
                              << QStringLiteral("Invalid command");
    QTest::newRow("class mismatch") << QStringLiteral("550 4.2.2 odd server") << QStringLiteral("reply")
                                    << 550 << QStringLiteral("4.2.2") << 0
                                    << QStringLiteral("does not agree");
    QTest::newRow("unlisted reply code") << QStringLiteral("259 strange") << QStringLiteral("reply") << 259
                                         << QString() << 0 << QStringLiteral("not a code");
    QTest::newRow("bounce quoting a reply") << QStringLiteral(
        "host mx.example.net[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)")
                                            << QStringLiteral("reply") << 552 << QStringLiteral("5.2.2") << 0
                                            << QStringLiteral("Found the server reply");

    // Bare codes.
    QTest::newRow("421") << QStringLiteral("421") << QStringLiteral("replyCode") << 421 << QString() << 0
                         << QStringLiteral("Service not available");
    QTest::newRow("556 (RFC 7504)") << QStringLiteral("556") << QStringLiteral("replyCode") << 556
                                    << QString() << 0 << QStringLiteral("RFC 7504");
    QTest::newRow("unlisted 3-digit") << QStringLiteral("459") << QStringLiteral("replyCode") << 459
                                      << QString() << 0 << QStringLiteral("not a code");

    // Enhanced codes.
    QTest::newRow("5.7.1") << QStringLiteral("5.7.1") << QStringLiteral("enhancedCode") << 0
                           << QStringLiteral("5.7.1") << 0 << QStringLiteral("Delivery not authorised");
    QTest::newRow("5.7.8") << QStringLiteral("5.7.8") << QStringLiteral("enhancedCode") << 0
                           << QStringLiteral("5.7.8") << 0 << QStringLiteral("RFC 4954");
    QTest::newRow("4.7.1") << QStringLiteral(" 4.7.1 ") << QStringLiteral("enhancedCode") << 0
                           << QStringLiteral("4.7.1") << 0 << QStringLiteral("greylisting");
    QTest::newRow("5.1.99 unlisted") << QStringLiteral("5.1.99") << QStringLiteral("enhancedCode") << 0
                                     << QStringLiteral("5.1.99") << 0
                                     << QStringLiteral("not in the registry");
    QTest::newRow("enhanced inside text")
        << QStringLiteral("the log says status=bounced (5.7.26) today") << QStringLiteral("enhancedCode") << 0
        << QStringLiteral("5.7.26") << 0 << QStringLiteral("Found the enhanced status code");

    // Ports.
    QTest::newRow("587") << QStringLiteral("587") << QStringLiteral("port") << 0 << QString() << 587
                         << QStringLiteral("RFC 6409");
    QTest::newRow("465") << QStringLiteral("465") << QStringLiteral("port") << 0 << QString() << 465
                         << QStringLiteral("Implicit TLS");
    QTest::newRow("25") << QStringLiteral("25") << QStringLiteral("port") << 0 << QString() << 25
                        << QStringLiteral("ISPs");
    QTest::newRow("2525") << QStringLiteral("2525") << QStringLiteral("port") << 0 << QString() << 2525
                          << QStringLiteral("not a standard");
    QTest::newRow("port prefix") << QStringLiteral("port 587") << QStringLiteral("port") << 0 << QString()
                                 << 587 << QStringLiteral("submission");

    // Commands.
    QTest::newRow("EHLO") << QStringLiteral("ehlo") << QStringLiteral("command") << 0 << QString() << 0
                          << QStringLiteral("RFC 5321 s.4.1.1.1");
    QTest::newRow("RCPT with argument")
        << QStringLiteral("RCPT TO:<bob@example.com>") << QStringLiteral("command") << 0 << QString() << 0
        << QStringLiteral("Relay access denied");
    QTest::newRow("STARTTLS") << QStringLiteral("STARTTLS") << QStringLiteral("command") << 0 << QString()
                              << 0 << QStringLiteral("RFC 3207");

    // Garbage.
    QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("unknown") << 0 << QString() << 0
                           << QStringLiteral("Nothing to explain");
    QTest::newRow("words") << QStringLiteral("hello world") << QStringLiteral("unknown") << 0 << QString()
                           << 0 << QStringLiteral("Could not recognise");
    QTest::newRow("unknown port") << QStringLiteral("8080") << QStringLiteral("unknown") << 0 << QString()
                                  << 0 << QStringLiteral("neither");
    QTest::newRow("port prefix unknown") << QStringLiteral("port 110") << QStringLiteral("unknown") << 0
                                         << QString() << 0 << QStringLiteral("not one of the mail ports");
    QTest::newRow("299 (second digit above 5)") << QStringLiteral("299") << QStringLiteral("unknown") << 0
                                                << QString() << 0 << QStringLiteral("second digit 0 to 5");
    QTest::newRow("999") << QStringLiteral("999") << QStringLiteral("unknown") << 0 << QString() << 0
                         << QStringLiteral("neither");
    QTest::newRow("class 3 enhanced") << QStringLiteral("3.1.1") << QStringLiteral("unknown") << 0
                                      << QString() << 0 << QStringLiteral("must be 2, 4 or 5");
    QTest::newRow("reply code out of range")
        << QStringLiteral("999 weird server") << QStringLiteral("unknown") << 0 << QString() << 0
        << QStringLiteral("malformed");
    QTest::newRow("inconsistent multi-line")
        << QStringLiteral("250-first\n251 second") << QStringLiteral("unknown") << 0 << QString() << 0
        << QStringLiteral("malformed");
    QTest::newRow("ip address is not a code")
        << QStringLiteral("connect to 192.0.2.1 failed") << QStringLiteral("unknown") << 0 << QString() << 0
        << QStringLiteral("Could not recognise");
}

void TestReferenceCatalog::explainer()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(int, replyCode);
    QFETCH(QString, enhanced);
    QFETCH(int, port);
    QFETCH(QString, textContains);

    const Explainer explainer;
    const Explanation explanation = explainer.explain(input);
    QCOMPARE(Explanation::kindName(explanation.kind), kind);
    QCOMPARE(explanation.isValid(), kind != QLatin1String("unknown"));
    QCOMPARE(explanation.replyCode, replyCode);
    QCOMPARE(explanation.enhanced ? explanation.enhanced->status.toString() : QString(), enhanced);
    QCOMPARE(explanation.port ? explanation.port->port : 0, port);
    if (replyCode) {
        QCOMPARE(explanation.replyClass, replyClassForCode(replyCode));
        if (catalog().replyCode(replyCode))
            QCOMPARE(explanation.replyInfo->code, replyCode);
        else
            QVERIFY(!explanation.replyInfo);
    }
    if (kind == QLatin1String("reply"))
        QCOMPARE(explanation.reply->code(), replyCode);
    QVERIFY(!explanation.summary.isEmpty());

    // Compare without the line wrapping.
    const QString text = explanation.toText().simplified();
    QVERIFY2(text.contains(textContains, Qt::CaseInsensitive), qPrintable(text));
    if (!explanation.isValid())
        QVERIFY(!explanation.error.isEmpty());
}

void TestReferenceCatalog::explainerJson()
{
    const Explainer explainer;
    const QJsonObject json
        = explainer.explain(u"550 5.1.1 <x@example.com>: Recipient address rejected").toJson();
    // Round trip through the serialiser: what a script would read.
    const QJsonObject parsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QCOMPARE(parsed.value(QLatin1String("kind")).toString(), QStringLiteral("reply"));
    const QJsonObject reply = parsed.value(QLatin1String("reply")).toObject();
    QCOMPARE(reply.value(QLatin1String("code")).toInt(), 550);
    QCOMPARE(reply.value(QLatin1String("lines")).toArray().first().toString(),
        QStringLiteral("5.1.1 <x@example.com>: Recipient address rejected"));
    const QJsonObject code = parsed.value(QLatin1String("replyCode")).toObject();
    QCOMPARE(code.value(QLatin1String("class")).toString(), QStringLiteral("permanent"));
    QVERIFY(code.value(QLatin1String("known")).toBool());
    QVERIFY(!code.value(QLatin1String("causes")).toArray().isEmpty());
    QVERIFY(!code.value(QLatin1String("action")).toString().isEmpty());
    QCOMPARE(code.value(QLatin1String("reference")).toString(), QStringLiteral("RFC 5321 s.4.2.3"));
    const QJsonObject enhanced = parsed.value(QLatin1String("enhancedCode")).toObject();
    QCOMPARE(enhanced.value(QLatin1String("code")).toString(), QStringLiteral("5.1.1"));
    QCOMPARE(enhanced.value(QLatin1String("subject")).toInt(), 1);
    QCOMPARE(enhanced.value(QLatin1String("subjectTitle")).toString(), QStringLiteral("Addressing"));
    QVERIFY(enhanced.value(QLatin1String("known")).toBool());

    const QJsonObject port = explainer.explain(u"465").toJson();
    QCOMPARE(port.value(QLatin1String("kind")).toString(), QStringLiteral("port"));
    QCOMPARE(port.value(QLatin1String("port")).toObject().value(QLatin1String("tls")).toString(),
        QStringLiteral("implicit"));

    const QJsonObject garbage = explainer.explain(u"no idea").toJson();
    QCOMPARE(garbage.value(QLatin1String("kind")).toString(), QStringLiteral("unknown"));
    QVERIFY(!garbage.value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(!garbage.contains(QLatin1String("replyCode")));
}

void TestReferenceCatalog::explainerText()
{
    const Explainer explainer;
    const QString text
        = explainer.explain(u"550 5.1.1 <x@example.com>: Recipient address rejected").toText(60);
    QVERIFY(text.contains(QLatin1String("Reply code 550")));
    QVERIFY(text.contains(QLatin1String("Common causes")));
    QVERIFY(text.contains(QLatin1String("What to do")));
    QVERIFY(text.contains(QLatin1String("Enhanced code 5.1.1")));
    QVERIFY(text.contains(QLatin1String("RFC 3463 s.3.2")));
    // Wrapped: no line longer than the width unless it is one long word.
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.size() > 60)
            QVERIFY2(!line.trimmed().contains(QLatin1Char(' ')) || line.startsWith(QLatin1String("  550")),
                qPrintable(line));
    }
    QVERIFY(!text.endsWith(QLatin1String("\n\n")));
}

void TestReferenceCatalog::explainReplyObject()
{
    // The GUI explains replies it already holds, which may carry control bytes from a server.
    const Explainer explainer;
    const Reply reply(554, EnhancedStatus(5, 7, 1), QStringLiteral("Relay \x1b[31maccess denied"));
    const Explanation explanation = explainer.explainReply(reply);
    QCOMPARE(explanation.kind, Explanation::Kind::Reply);
    QCOMPARE(explanation.replyInfo->meaning, catalog().replyCode(554)->meaning);
    QCOMPARE(explanation.enhanced->status, EnhancedStatus(5, 7, 1));
    QVERIFY(!explanation.toText().contains(QChar(0x1b)));
}

void TestReferenceCatalog::explainerRefusesHugeInput()
{
    const Explainer explainer;
    const QString huge = QStringLiteral("550 ") + QString(Explainer::MaxInputLength, QLatin1Char('x'));
    const Explanation explanation = explainer.explain(huge);
    QVERIFY(!explanation.isValid());
    QVERIFY(explanation.error.contains(QLatin1String("too long")));

    // Many lines, each a valid reply line: the reply parser's own bounds apply.
    QString manyLines;
    for (int i = 0; i < 1000; ++i)
        manyLines += QStringLiteral("250-line %1\n").arg(i);
    manyLines += QStringLiteral("250 end");
    const Explanation tooMany = explainer.explain(manyLines);
    QVERIFY(!tooMany.isValid());
    QVERIFY(tooMany.error.contains(QLatin1String("malformed")));
}

QTEST_APPLESS_MAIN(TestReferenceCatalog)
#include "tst_referencecatalog.moc"
