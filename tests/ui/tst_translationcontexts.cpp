// The German translation reaches the texts that core and a few ui files build
// outside a widget: each file that names its translation context with
// Q_DECLARE_TR_FUNCTIONS (the parser, the address and value checks, the
// exercises, the diagram export, the command-line recipe, the practice port
// note) and the simulator's and practice server's explanations in the "Why:"
// pane. A context that lupdate records differently from the one used at run
// time shows up here as an English sentence under the German translator.

#include "client/commandvalues.h"
#include "client/probeoptions.h"
#include "diagram/diagramexport.h"
#include "lesson/exercise.h"
#include "lesson/exercisecommandcheck.h"
#include "lesson/exercisegenerator.h"
#include "practice/practiceconnection.h"
#include "practice/practiceportnote.h"
#include "practice/practiceserver.h"
#include "protocol/commandparser.h"
#include "reference/commandlinerecipe.h"
#include "reference/referencecatalog.h"
#include "server/scenario.h"
#include "server/serverengine.h"
#include "session/transcript.h"
#include "translation.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QXmlStreamReader>

using namespace SmtpTutor;

namespace {

// Words that only an English sentence has. A German explanation may quote a
// server's own reply text („503 sender not yet given“), which stays as the
// server sends it; quotes are left out.
bool soundsEnglish(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("„[^“]*“"));
    static const QRegularExpression english(
        QStringLiteral("\\b(the|is|and|of|with|this|your|must|not|only)\\b"));
    return QString(text).remove(quoted).contains(english);
}

// The simulator's explanation for each line of a short dialogue, in the
// language installed now.
QStringList simulatorExplanations()
{
    ServerEngine engine(*Scenario::load(QStringLiteral("relay")));
    QStringList out;
    const auto add = [&out](const QList<ServerResponse> &responses) {
        for (const ServerResponse &response : responses)
            out << QStringLiteral("%1: %2").arg(response.reply.code()).arg(response.explanation);
    };
    add(engine.connect());
    add(engine.receiveLine("RCPT TO:<alice@example.com>")); // 503: no EHLO, no MAIL yet
    add(engine.receiveLine("EHLO client.example.org")); // 250
    add(engine.receiveLine("MAIL FROM:<bob@example.org>")); // 250
    add(engine.receiveLine("RCPT TO:<nobody@example.com>")); // 550 unknown user
    add(engine.receiveLine("RCPT TO:<alice@example.com>")); // 250
    add(engine.transportFault(TransportFault::LineTooLong)); // 500
    return out;
}

// The contexts the program looks strings up in: a class's Q_OBJECT or Q_DECLARE_TR_FUNCTIONS,
// QCoreApplication::translate("...") and QObject::tr(). QT_TRANSLATE_NOOP only marks a string for
// lupdate; the lookup happens later under whatever context the caller's tr() has, so it does not count.
QSet<QString> contextsUsedAtRunTime()
{
    static const QRegularExpression declared(QStringLiteral("Q_DECLARE_TR_FUNCTIONS\\(([\\w:]+)\\)"));
    static const QRegularExpression translated(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
    static const QRegularExpression qobjectClass(QStringLiteral("class\\s+(\\w+)[^;{]*\\{\\s*Q_OBJECT"));
    QSet<QString> contexts;
    for (const char *folder : { "core", "ui", "app/gui" }) {
        QDirIterator it(QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/") + QLatin1String(folder),
            { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(file.readAll());
            const QString scope = text.contains(QLatin1String("namespace SmtpTutor"))
                ? QStringLiteral("SmtpTutor::")
                : QString();
            for (const auto &regex : { declared, translated }) {
                for (auto m = regex.globalMatch(text); m.hasNext();)
                    contexts.insert(m.next().captured(1));
            }
            for (auto m = qobjectClass.globalMatch(text); m.hasNext();)
                contexts.insert(scope + m.next().captured(1));
            if (text.contains(QLatin1String("QObject::tr(")))
                contexts.insert(QStringLiteral("QObject"));
        }
    }
    return contexts;
}

QStringList contextsInTsFile()
{
    QFile file(QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/translations/smtp-tutor_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name"))
            names << xml.readElementText();
    }
    return names;
}

} // namespace

class TestTranslationContexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translation::install(QStringLiteral("en")); }

    void everyContextIsUsedAtRunTime();
    void formerHelperFilesSpeakGerman();
    void simulatorExplainsInGerman();
    void practiceServerNotesAreGerman();
};

// A context in the .ts file that no code looks up is a translation nobody sees: the port presets
// filed under "ProbeDialog" while the dialog asked "SmtpTutor::ProbeDialog" stayed English.
void TestTranslationContexts::everyContextIsUsedAtRunTime()
{
    const QSet<QString> used = contextsUsedAtRunTime();
    QVERIFY2(used.size() > 20, "too few contexts found in the sources");
    const QStringList inTs = contextsInTsFile();
    QVERIFY2(inTs.size() > 20, "too few contexts found in the .ts file");
    QStringList unused;
    for (const QString &context : inTs) {
        if (!used.contains(context))
            unused << context;
    }
    QVERIFY2(unused.isEmpty(),
        qPrintable(QStringLiteral("never looked up: ") + unused.join(QStringLiteral(", "))));
}

// One sentence from every file that used to translate through a file-local tr()
// with a fixed context, each produced through the file's own code.
void TestTranslationContexts::formerHelperFilesSpeakGerman()
{
    QCOMPARE(Translation::install(QStringLiteral("de")), QStringLiteral("de"));

    // core/protocol: commandparser.cpp, commandparameters.cpp, addresssyntax.cpp
    QCOMPARE(CommandParser::parse(QByteArrayView("")).fault->why, QStringLiteral("Die Zeile ist leer."));
    QCOMPARE(CommandParser::parse(QByteArrayView("MAIL FROM:<a@example.com> BODY=9BIT")).fault->why,
        QStringLiteral("BODY nimmt 7BIT oder 8BITMIME (RFC 6152); andere "
                       "Werte kennt dieser Server nicht."));
    QCOMPARE(CommandParser::parse(QByteArrayView("MAIL FROM:<bob@[192.0.2.1>")).fault->why,
        QStringLiteral("Ein Adressliteral muss mit „]“ geschlossen werden."));

    // core/client: commandvalues.cpp, probeoptions.cpp
    QCOMPARE(CommandValues::describeControl(QLatin1Char('\t')), QStringLiteral("einen Tabulator (0x09)"));
    QCOMPARE(ProbeOptions().validate().value(0).message, QStringLiteral("Es wurde kein Host angegeben."));

    // core/lesson: exercise.cpp, exercisegenerator.cpp, exercisecommandcheck.cpp
    QCOMPARE(ExerciseQuestion::kindTitle(ExerciseQuestion::Kind::CommandOrder),
        QStringLiteral("Befehlsreihenfolge"));
    ExerciseQuestion order;
    order.kind = ExerciseQuestion::Kind::CommandOrder;
    order.items = order.correctOrder = { QStringLiteral("EHLO"), QStringLiteral("MAIL") };
    QCOMPARE(order.check(ExerciseAnswer::ordering({ QStringLiteral("EHLO") })).feedback,
        QStringLiteral("Die Reihenfolge muss jeden Befehl genau einmal enthalten."));
    ExerciseGenerator generator(ReferenceCatalog::instance(), 7);
    const QList<ExerciseQuestion> ports = generator.draw(ExerciseQuestion::Kind::PortUse, 1);
    QCOMPARE(ports.size(), 1);
    QVERIFY2(
        ports.first().prompt.startsWith(QStringLiteral("Wofür ist Port ")), qPrintable(ports.first().prompt));
    const ExerciseVerdict typed = ExerciseCommandCheck::check(
        QStringLiteral("MAIL FROM:"), QStringLiteral("MAIL FROM:<alice@example.com>"));
    QVERIFY(!typed.correct);
    QVERIFY2(typed.feedback.startsWith(QStringLiteral("Ein Server würde antworten: ")),
        qPrintable(typed.feedback));

    // ui: diagram/diagramexport.cpp, reference/commandlinerecipe.cpp,
    // practice/practiceportnote.cpp
    QVERIFY2(DiagramExport::fileFilter().startsWith(QStringLiteral("PNG-Bild (*.png)")),
        qPrintable(DiagramExport::fileFilter()));
    QVERIFY2(CommandLineRecipe().toText().startsWith(QStringLiteral("# Klartext, von Hand\n")),
        qPrintable(CommandLineRecipe().toText()));
    QVERIFY2(practicePortNote(25, 0).contains(QStringLiteral("einem freien Port")),
        qPrintable(practicePortNote(25, 0)));
}

// The "Why:" pane: every explanation of a short dialogue differs from the
// English one and holds no English sentence (250 after EHLO, 503 out of order,
// 550 unknown user, 500 line too long).
void TestTranslationContexts::simulatorExplainsInGerman()
{
    QCOMPARE(Translation::install(QStringLiteral("en")), QStringLiteral("en"));
    const QStringList english = simulatorExplanations();
    QCOMPARE(Translation::install(QStringLiteral("de")), QStringLiteral("de"));
    const QStringList german = simulatorExplanations();
    QCOMPARE(german.size(), english.size());
    QStringList codes;
    for (qsizetype i = 0; i < german.size(); ++i) {
        codes << german.at(i).left(3);
        QVERIFY2(german.at(i) != english.at(i), qPrintable(QStringLiteral("still English: ") + german.at(i)));
        QVERIFY2(
            !soundsEnglish(german.at(i)), qPrintable(QStringLiteral("mixed languages: ") + german.at(i)));
    }
    QCOMPARE(codes,
        (QStringList { QStringLiteral("220"), QStringLiteral("503"), QStringLiteral("250"),
            QStringLiteral("250"), QStringLiteral("550"), QStringLiteral("250"), QStringLiteral("500") }));
}

// The practice server's own notes in a session's transcript: a line too long
// for it.
void TestTranslationContexts::practiceServerNotesAreGerman()
{
    QCOMPARE(Translation::install(QStringLiteral("de")), QStringLiteral("de"));
    PracticeServer server(*Scenario::load(QStringLiteral("relay")));
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QSignalSpy added(&server, &PracticeServer::connectionAdded);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(client.waitForConnected(5000));
    QTRY_COMPARE(added.size(), 1);
    client.write("EHLO client.example.org\r\n" + QByteArray(20000, 'A') + "\r\nQUIT\r\n");
    const Transcript *transcript = server.connection(added.first().at(0).toInt())->transcript();
    QTRY_VERIFY_WITH_TIMEOUT(transcript->toText().contains(QStringLiteral("221")), 5000);
    const QString text = transcript->toText();
    QVERIFY2(text.contains(QStringLiteral("Der Client hat eine Zeile mit mehr als")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("The client sent a line longer")), qPrintable(text));
    // The reasons the panel shows when a server cannot start are the practice server's words too.
    QVERIFY(!server.listenImplicitTls(QHostAddress::LocalHost, 0, &error));
    QCOMPARE(error, QStringLiteral("ein Port mit implizitem TLS braucht ein Zertifikat und einen Schlüssel"));
}

QTEST_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
