#pragma once

#include "lesson/exercise.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace SmtpTutor {

// "Put the commands in order": a list whose rows move by drag and drop, by Alt+Up / Alt+Down or
// by the Move up / Move down buttons. Check (or Enter in the list) hands the order in; after
// that each row is marked right or wrong in place.
class ExerciseOrderView : public QWidget
{
    Q_OBJECT
public:
    explicit ExerciseOrderView(QWidget *parent = nullptr);

    void setQuestion(const ExerciseQuestion &question);
    QStringList currentOrder() const;
    // Marks every row in or out of its place and locks the list.
    void showVerdict(const ExerciseQuestion &question);
    void focusList();
    // Moves the current row by delta places (-1 up, +1 down); false at an end or when locked.
    bool moveCurrent(int delta);

Q_SIGNALS:
    void orderSubmitted(const QStringList &order);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_check;
    bool m_locked = false;
};

} // namespace SmtpTutor
