#pragma once

#include "lesson/exercise.h"

#include <QWidget>

class QPushButton;
class QVBoxLayout;

namespace SmtpTutor {

// The answers of a multiple-choice question as numbered buttons. Keyboard: Up and Down move
// between the answers, Enter or Space picks the one with the focus; the panel maps 1-9.
class ExerciseChoiceView : public QWidget
{
    Q_OBJECT
public:
    explicit ExerciseChoiceView(QWidget *parent = nullptr);

    void setQuestion(const ExerciseQuestion &question);
    // Marks the right answer (and the wrong pick) once the question is answered.
    void showVerdict(const ExerciseQuestion &question, int picked);
    void focusFirstChoice();
    QList<QPushButton *> buttons() const { return m_buttons; }

Q_SIGNALS:
    void chosen(int choice);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVBoxLayout *m_layout;
    QList<QPushButton *> m_buttons;
    bool m_answered = false;
};

} // namespace SmtpTutor
