// Exercises: the questions drawn from the reference catalog and from resources/exercises, the
// checking of each kind of answer (a typed command goes through the real CommandParser), and a
// round with its score and its retry of the missed questions. No widgets.
#include "lesson/exercise.h"
#include "lesson/exercisedata.h"
#include "lesson/exercisegenerator.h"
#include "lesson/exerciseround.h"
#include "reference/referencecatalog.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor;
using Kind = ExerciseQuestion::Kind;

class TestExercise : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dataLoadsAndEveryAnswerPasses();
    void brokenDataIsReported();
    void drawIsSeedable();
    void multipleChoiceAnswersAreConsistent();
    void mixedRoundInterleavesEveryKind();
    void roundOfOneKindIsCappedByTheData();
    void orderQuestionStartsShuffled();
    void orderIsChecked();
    void typedCommandIsCheckedByTheParser_data();
    void typedCommandIsCheckedByTheParser();
    void roundScoresAndRetriesTheMissed();
    void questionIsAnsweredOnce();

private:
    static QList<ExerciseQuestion> questionsWithAnswers(int count);
};

void TestExercise::dataLoadsAndEveryAnswerPasses()
{
    const ExerciseData &data = ExerciseData::instance();
    QVERIFY2(data.isValid(), qPrintable(data.loadErrors().join(u'\n')));
    QVERIFY(data.orderings().size() >= 5);
    QVERIFY(data.typedCommands().size() >= 10);
    for (const TypedCommandTask &task : data.typedCommands()) {
        const ExerciseQuestion q = [&] {
            ExerciseQuestion question;
            question.kind = Kind::TypeCommand;
            question.expectedCommand = task.answer;
            return question;
        }();
        QVERIFY2(q.check(ExerciseAnswer::typing(task.answer)).correct, qPrintable(task.answer));
        QVERIFY2(q.check(ExerciseAnswer::typing(task.answer.toLower())).correct, qPrintable(task.answer));
    }
}

void TestExercise::brokenDataIsReported()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QFile orderings(directory.filePath(QStringLiteral("orderings.json")));
    QVERIFY(orderings.open(QIODevice::WriteOnly));
    orderings.write(R"({"orderings": [{"situation": "too short", "commands": ["EHLO x", "QUIT"]},
                                      {"situation": "fine", "commands": ["EHLO x", "NOOP", "QUIT"]}]})");
    orderings.close();
    QFile tasks(directory.filePath(QStringLiteral("typed-commands.json")));
    QVERIFY(tasks.open(QIODevice::WriteOnly));
    tasks.write(R"({"tasks": [{"does": "sends mail", "answer": "MAIL FROM alice@example.com"},
                                {"does": "says goodbye", "answer": "QUIT"}]})");
    tasks.close();

    const ExerciseData data = ExerciseData::loadFromDirectory(directory.path());
    QCOMPARE(data.loadErrors().size(), 2);
    QCOMPARE(data.orderings().size(), 1);
    QCOMPARE(data.typedCommands().size(), 1);
    QCOMPARE(data.typedCommands().first().answer, QStringLiteral("QUIT"));
    QVERIFY(!ExerciseData::loadFromDirectory(QStringLiteral("/nonexistent")).isValid());
}

void TestExercise::drawIsSeedable()
{
    ExerciseGenerator a(ReferenceCatalog::instance(), 42);
    ExerciseGenerator b(ReferenceCatalog::instance(), 42);
    const QList<ExerciseQuestion> qa = a.draw(std::nullopt, 10);
    const QList<ExerciseQuestion> qb = b.draw(std::nullopt, 10);
    QCOMPARE(qa.size(), 10);
    for (qsizetype i = 0; i < qa.size(); ++i) {
        QCOMPARE(qa.at(i).prompt, qb.at(i).prompt);
        QCOMPARE(qa.at(i).choices, qb.at(i).choices);
        QCOMPARE(qa.at(i).items, qb.at(i).items);
    }
    ExerciseGenerator c(ReferenceCatalog::instance(), 43);
    QStringList promptsA, promptsC;
    for (const ExerciseQuestion &q : qa)
        promptsA << q.prompt;
    for (const ExerciseQuestion &q : c.draw(std::nullopt, 10))
        promptsC << q.prompt;
    QVERIFY(promptsA != promptsC);
}

void TestExercise::multipleChoiceAnswersAreConsistent()
{
    const ReferenceCatalog &catalog = ReferenceCatalog::instance();
    ExerciseGenerator gen(catalog, 7);
    for (const ExerciseQuestion &meaning : gen.draw(Kind::ReplyCodeMeaning, 100)) {
        QCOMPARE(meaning.choices.size(), 4);
        QStringList unique = meaning.choices;
        QCOMPARE(unique.removeDuplicates(), 0);
        const int code = meaning.prompt.section(u' ', 4, 4).remove(u'?').toInt();
        QVERIFY(catalog.replyCode(code));
        QCOMPARE(meaning.choices.at(meaning.answer), catalog.replyCode(code)->meaning);
        QVERIFY(meaning.check(ExerciseAnswer::choosing(meaning.answer)).correct);
        QVERIFY(!meaning.check(ExerciseAnswer::choosing((meaning.answer + 1) % 4)).correct);
    }
    for (const ExerciseQuestion &temp : gen.draw(Kind::TemporaryOrPermanent, 100)) {
        const int code = temp.prompt.section(u'\n', 1, 1).left(3).toInt();
        QVERIFY2(code >= 400 && code < 600, qPrintable(temp.prompt));
        QCOMPARE(temp.answer, code < 500 ? 0 : 1);
    }
    for (const ExerciseQuestion &port : gen.draw(Kind::PortUse, 100)) {
        const int number = port.prompt.section(u' ', 3, 3).remove(u'?').toInt();
        QVERIFY(catalog.port(number));
        QCOMPARE(port.choices.at(port.answer), catalog.port(number)->use);
    }
}

void TestExercise::mixedRoundInterleavesEveryKind()
{
    ExerciseGenerator gen(ReferenceCatalog::instance(), 1);
    const QList<ExerciseQuestion> round = gen.draw(std::nullopt, ExerciseRound::DefaultLength);
    QCOMPARE(round.size(), ExerciseRound::DefaultLength);
    const QList<Kind> kinds = ExerciseQuestion::allKinds();
    QSet<QString> prompts;
    for (qsizetype i = 0; i < round.size(); ++i) {
        QCOMPARE(int(round.at(i).kind), int(kinds.at(i % kinds.size())));
        prompts.insert(round.at(i).prompt);
    }
    QCOMPARE(prompts.size(), round.size()); // no question twice
}

void TestExercise::roundOfOneKindIsCappedByTheData()
{
    const ReferenceCatalog &catalog = ReferenceCatalog::instance();
    ExerciseGenerator gen(catalog, 3);
    QCOMPARE(gen.available(Kind::PortUse), int(catalog.allPorts().size()));
    QCOMPARE(gen.draw(Kind::PortUse, 10).size(), catalog.allPorts().size()); // 4 ports, 4 questions
    QCOMPARE(gen.draw(Kind::CommandOrder, 100).size(), ExerciseData::instance().orderings().size());
    QCOMPARE(gen.draw(Kind::TypeCommand, 3).size(), 3);
    QSet<QString> prompts;
    for (const ExerciseQuestion &q : gen.draw(Kind::TypeCommand, 100))
        prompts.insert(q.prompt);
    QCOMPARE(prompts.size(), ExerciseData::instance().typedCommands().size());
}

void TestExercise::orderQuestionStartsShuffled()
{
    ExerciseGenerator gen(ReferenceCatalog::instance(), 5);
    for (const ExerciseQuestion &q : gen.draw(Kind::CommandOrder, 100)) {
        QVERIFY(q.items != q.correctOrder);
        QStringList a = q.items, b = q.correctOrder;
        a.sort();
        b.sort();
        QCOMPARE(a, b); // the same commands, only moved
        QVERIFY(!q.check(ExerciseAnswer::ordering(q.items)).correct);
        QVERIFY(q.check(ExerciseAnswer::ordering(q.correctOrder)).correct);
    }
}

void TestExercise::orderIsChecked()
{
    ExerciseQuestion q;
    q.kind = Kind::CommandOrder;
    q.correctOrder = {QStringLiteral("EHLO a.example"), QStringLiteral("MAIL FROM:<a@a.example>"),
                      QStringLiteral("RCPT TO:<b@b.example>"), QStringLiteral("DATA")};
    QVERIFY(q.check(ExerciseAnswer::ordering(q.correctOrder)).correct);
    QStringList swapped = q.correctOrder;
    swapped.swapItemsAt(1, 2);
    const ExerciseVerdict wrong = q.check(ExerciseAnswer::ordering(swapped));
    QVERIFY(!wrong.correct);
    QVERIFY2(wrong.feedback.contains(QLatin1String("2 of the commands")), qPrintable(wrong.feedback));
    QVERIFY(!q.check(ExerciseAnswer::ordering(q.correctOrder.mid(0, 3))).correct);
    QCOMPARE(q.rightAnswerText(), q.correctOrder.join(QStringLiteral(" → ")));
}

void TestExercise::typedCommandIsCheckedByTheParser_data()
{
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("correct");
    QTest::addColumn<QString>("feedback"); // a part of it

    const QString mail = QStringLiteral("MAIL FROM:<alice@example.com>");
    QTest::newRow("lower case") << mail << "mail from:<alice@example.com>" << true << "";
    QTest::newRow("domain case") << mail << "MAIL FROM:<alice@EXAMPLE.COM>" << true << "";
    QTest::newRow("space after colon: right, with the parser's remark")
        << mail << "MAIL FROM: <alice@example.com>" << true << "no space after";
    QTest::newRow("no colon, no brackets") << mail << "MAIL FROM alice@example.com" << false
                                           << "501 5.5.4 Syntax: MAIL FROM:<address>";
    QTest::newRow("no brackets") << mail << "MAIL FROM:alice@example.com" << false << "angle brackets";
    QTest::newRow("other sender") << mail << "MAIL FROM:<bob@example.com>" << false << "<bob@example.com>";
    QTest::newRow("local part is case-sensitive") << mail << "MAIL FROM:<Alice@example.com>" << false << "<Alice@example.com>";
    QTest::newRow("parameter not asked for") << mail << "MAIL FROM:<alice@example.com> SIZE=10" << false << "SIZE=10";
    QTest::newRow("other verb") << mail << "RCPT TO:<alice@example.com>" << false << "RCPT";
    QTest::newRow("unknown verb") << mail << "SEND FROM:<alice@example.com>" << false << "500";
    QTest::newRow("empty line") << mail << "" << false << "500";
    QTest::newRow("parameter") << "MAIL FROM:<alice@example.com> SIZE=2000000"
                               << "mail from:<alice@example.com> size=2000000" << true << "";
    QTest::newRow("ehlo") << "EHLO laptop.example.org" << "ehlo LAPTOP.example.org" << true << "";
    QTest::newRow("helo for ehlo") << "EHLO laptop.example.org" << "HELO laptop.example.org" << false << "HELO";
    QTest::newRow("ehlo without name") << "EHLO laptop.example.org" << "EHLO" << false << "501";
    QTest::newRow("data") << "DATA" << " data " << true << "";
    QTest::newRow("data with argument") << "DATA" << "DATA now" << false << "takes no argument";
    QTest::newRow("null sender") << "MAIL FROM:<>" << "MAIL FROM:<>" << true << "";
    QTest::newRow("sender for null sender") << "MAIL FROM:<>" << "MAIL FROM:<alice@example.com>" << false << "";
    QTest::newRow("auth mechanism case") << "AUTH LOGIN" << "auth login" << true << "";
    QTest::newRow("auth other mechanism") << "AUTH LOGIN" << "AUTH PLAIN" << false << "PLAIN";
    QTest::newRow("vrfy") << "VRFY bob@example.com" << "vrfy <bob@example.com>" << true << "";
}

void TestExercise::typedCommandIsCheckedByTheParser()
{
    QFETCH(QString, expected);
    QFETCH(QString, typed);
    QFETCH(bool, correct);
    QFETCH(QString, feedback);
    ExerciseQuestion q;
    q.kind = Kind::TypeCommand;
    q.expectedCommand = expected;
    const ExerciseVerdict verdict = q.check(ExerciseAnswer::typing(typed));
    QCOMPARE(verdict.correct, correct);
    QVERIFY2(verdict.feedback.contains(feedback), qPrintable(verdict.feedback));
    if (!correct)
        QVERIFY2(!verdict.feedback.isEmpty(), "a wrong answer always says why");
}

// count multiple-choice questions whose right answer is choice 0.
QList<ExerciseQuestion> TestExercise::questionsWithAnswers(int count)
{
    QList<ExerciseQuestion> questions;
    for (int i = 0; i < count; ++i) {
        ExerciseQuestion q;
        q.prompt = QStringLiteral("question %1").arg(i);
        q.choices = {QStringLiteral("right"), QStringLiteral("wrong")};
        q.answer = 0;
        questions << q;
    }
    return questions;
}

void TestExercise::roundScoresAndRetriesTheMissed()
{
    ExerciseRound round(questionsWithAnswers(4));
    QCOMPARE(round.size(), 4);
    QVERIFY(!round.advance()); // not before an answer
    QCOMPARE(round.position(), 0);
    const QList<int> answers = {0, 1, 0, 1}; // 2nd and 4th wrong
    for (int answer : answers) {
        QVERIFY(!round.isFinished());
        const auto verdict = round.submit(ExerciseAnswer::choosing(answer));
        QVERIFY(verdict);
        QCOMPARE(verdict->correct, answer == 0);
        QVERIFY(round.advance());
    }
    QVERIFY(round.isFinished());
    QVERIFY(!round.current());
    QVERIFY(!round.submit(ExerciseAnswer::choosing(0)));
    QCOMPARE(round.score().answered, 4);
    QCOMPARE(round.score().correct, 2);

    ExerciseRound retry = round.retryMissed();
    QCOMPARE(retry.size(), 2);
    QCOMPARE(retry.current()->prompt, QStringLiteral("question 1"));
    QVERIFY(retry.submit(ExerciseAnswer::choosing(0))->correct);
    QVERIFY(retry.advance());
    QCOMPARE(retry.current()->prompt, QStringLiteral("question 3"));
    QVERIFY(!retry.submit(ExerciseAnswer::choosing(1))->correct);
    QVERIFY(retry.advance());
    QVERIFY(retry.isFinished());
    QCOMPARE(retry.score().correct, 1);
    QCOMPARE(retry.retryMissed().size(), 1);
    QCOMPARE(retry.retryMissed().current()->prompt, QStringLiteral("question 3"));
}

void TestExercise::questionIsAnsweredOnce()
{
    ExerciseRound round(questionsWithAnswers(2));
    QVERIFY(!round.submit(ExerciseAnswer::choosing(1))->correct);
    // A second try on the same question changes neither verdict nor score.
    QVERIFY(!round.submit(ExerciseAnswer::choosing(0))->correct);
    QCOMPARE(round.score().answered, 1);
    QCOMPARE(round.score().correct, 0);
    QVERIFY(round.isCurrentAnswered());
}

QTEST_GUILESS_MAIN(TestExercise)
#include "tst_exercise.moc"
