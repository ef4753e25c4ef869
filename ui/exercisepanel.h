#pragma once

#include "lesson/exercise.h"

#include <QWidget>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace SmtpTutor {

// Exercises with a score: one question at a time, drawn from the reference catalog.
class ExercisePanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExercisePanel(QWidget *parent = nullptr);

    // Tests make the questions repeatable.
    void setSeed(quint32 seed);
    const ExerciseQuestion &question() const { return m_question; }
    const ExerciseScore &score() const { return m_score; }
    void answer(int choice);
    void nextQuestion();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureGenerator();
    void showQuestion();
    void updateScore();

    std::unique_ptr<ExerciseGenerator> m_generator;
    ExerciseQuestion m_question;
    ExerciseScore m_score;
    bool m_answered = false;
    QComboBox *m_kind;
    QLabel *m_scoreLabel;
    QLabel *m_prompt;
    QVBoxLayout *m_choicesLayout;
    QList<QPushButton *> m_choiceButtons;
    QLabel *m_result;
    QPushButton *m_next;
};

} // namespace SmtpTutor
