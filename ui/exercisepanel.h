#pragma once

#include "lesson/exerciseround.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace SmtpTutor {

class ExerciseChoiceView;
class ExerciseCommandView;
class ExerciseGenerator;
class ExerciseOrderView;
class ExerciseScorePage;

// Exercises in rounds: a fixed number of questions drawn from the data (ExerciseGenerator), one
// at a time, then the score and a retry of the missed ones. The round, the checking and the
// score live in core (ExerciseRound); this panel only shows them and passes answers on.
// Keyboard: 1-9 or Up/Down and Enter answer a multiple-choice question; once answered, Enter
// goes to the next question.
class ExercisePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExercisePanel(QWidget *parent = nullptr);
    ~ExercisePanel() override;

    // Tests make the questions repeatable: a new generator with this seed, and a new round.
    void setSeed(quint32 seed);
    // The question on screen (an empty one on the score page).
    const ExerciseQuestion &question() const;
    const ExerciseScore &score() const { return m_round.score(); }
    const ExerciseRound &round() const { return m_round; }

    void answer(int choice);
    void submitAnswer(const ExerciseAnswer &answer);
    // After an answer: the next question, or the score after the last one.
    void nextQuestion();
    // A new round of the kind chosen in the combo box.
    void startRound();
    // A round of exactly the questions missed in the one just finished.
    void retryMissed();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *createQuestionPage();
    void startWhenOnScreen();
    void ensureGenerator();
    void beginRound(ExerciseRound round);
    void showCurrent(bool takeFocus);
    void showVerdict(const ExerciseVerdict &verdict, const ExerciseAnswer &given);
    QString verdictHtml(const ExerciseVerdict &verdict) const;
    void showScorePage(bool takeFocus);
    void updateStatus();
    void settleLayout();
    bool hasFocusInside() const;

    std::unique_ptr<ExerciseGenerator> m_generator;
    ExerciseRound m_round;
    QComboBox *m_kind;
    QLabel *m_progressLabel;
    QLabel *m_scoreLabel;
    QWidget *m_pages;
    QLabel *m_prompt = nullptr;
    QWidget *m_questionPage = nullptr;
    QWidget *m_answerViews = nullptr;
    ExerciseChoiceView *m_choices = nullptr;
    ExerciseOrderView *m_order = nullptr;
    ExerciseCommandView *m_command = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_next = nullptr;
    ExerciseScorePage *m_scorePage;
};

} // namespace SmtpTutor
