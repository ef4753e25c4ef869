#pragma once

#include "lesson/exerciseround.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace SmtpTutor {

// The end of a round: the score, the questions missed with their right answers, and the way on
// (retry the missed ones, or a new round). Enter takes the focused button.
class ExerciseScorePage : public QWidget
{
    Q_OBJECT
public:
    explicit ExerciseScorePage(QWidget *parent = nullptr);

    void showRound(const ExerciseRound &round);
    void focusDefaultButton();

Q_SIGNALS:
    void retryRequested();
    void newRoundRequested();

private:
    QLabel *m_score;
    QLabel *m_verdict;
    QLabel *m_missed;
    QPushButton *m_retry;
    QPushButton *m_newRound;
};

} // namespace SmtpTutor
