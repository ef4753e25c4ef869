// The German translation reaches the texts that core and a few ui files build outside a widget:
// each file that names its translation context with Q_DECLARE_TR_FUNCTIONS (the parser, the
// address and value checks, the exercises, the diagram export, the command-line recipe, the
// practice port note).
// A context that lupdate records differently from the one used at run time shows up here as an
// English sentence under the German translator.

#include "client/commandvalues.h"
#include "client/probeoptions.h"
#include "diagram/diagramexport.h"
#include "lesson/exercise.h"
#include "lesson/exercisecommandcheck.h"
#include "lesson/exercisegenerator.h"
#include "practice/practiceportnote.h"
#include "protocol/commandparser.h"
#include "reference/commandlinerecipe.h"
#include "reference/referencecatalog.h"
#include "translation.h"

#include <QTest>

using namespace SmtpTutor;

class TestTranslationContexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { Translation::install(QStringLiteral("en")); }

    void formerHelperFilesSpeakGerman();
};

// One sentence from every file that used to translate through a file-local tr() with a fixed
// context, each produced through the file's own code.
void TestTranslationContexts::formerHelperFilesSpeakGerman()
{
    QCOMPARE(Translation::install(QStringLiteral("de")), QStringLiteral("de"));

    // core/protocol: commandparser.cpp, commandparameters.cpp, addresssyntax.cpp
    QCOMPARE(CommandParser::parse(QByteArrayView("")).fault->why, QStringLiteral("Die Zeile ist leer."));
    QCOMPARE(CommandParser::parse(QByteArrayView("MAIL FROM:<a@example.com> BODY=9BIT")).fault->why,
        QStringLiteral("BODY nimmt 7BIT oder 8BITMIME (RFC 6152); andere Werte kennt dieser Server nicht."));
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

    // ui: diagram/diagramexport.cpp, reference/commandlinerecipe.cpp, practice/practiceportnote.cpp
    QVERIFY2(DiagramExport::fileFilter().startsWith(QStringLiteral("PNG-Bild (*.png)")),
        qPrintable(DiagramExport::fileFilter()));
    QVERIFY2(CommandLineRecipe().toText().startsWith(QStringLiteral("# Klartext, von Hand\n")),
        qPrintable(CommandLineRecipe().toText()));
    QVERIFY2(practicePortNote(25, 0).contains(QStringLiteral("einem freien Port")),
        qPrintable(practicePortNote(25, 0)));
}

QTEST_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
