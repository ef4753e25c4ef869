#pragma once

#include "lesson/exercise.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace SmtpTutor {

// "Type the command that ...": one command line and a Check button (Enter in the line checks).
class ExerciseCommandView : public QWidget
{
    Q_OBJECT
public:
    explicit ExerciseCommandView(QWidget *parent = nullptr);

    void setQuestion(const ExerciseQuestion &question);
    // Locks the line once it has been checked.
    void showVerdict(bool correct);
    void focusLine();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void commandSubmitted(const QString &line);
    // Enter on an empty line: nothing to check yet.
    void emptySubmitted();

private:
    void submit();

    QLineEdit *m_line;
    QPushButton *m_check;
};

} // namespace SmtpTutor
