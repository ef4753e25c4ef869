#pragma once

#include "exam/exam.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;

namespace SmtpTutor {

// The practice server's "Exam" choice: no exam (the scenario plays) or one of the catalogue's
// exams, where the server misbehaves on purpose and grades the client; for greylisting, how
// long the client must wait before its retry is accepted. What the chosen exam's server does is
// shown under the choice, so the learner knows what is coming before pointing a client at it.
class ExamPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ExamPicker(QWidget *parent = nullptr);

    // The exam to run, or nullopt for "No exam".
    std::optional<ExamOptions> exam() const;
    // By the catalogue's name ("strip-starttls"); an empty or unknown name chooses no exam.
    void choose(const QString &name);

    QComboBox *comboBox() const { return m_examBox; }
    // The description of the chosen exam, for the form to place on a row of its own.
    QLabel *descriptionLabel() const { return m_description; }

Q_SIGNALS:
    void examChanged();

private:
    void showChoice();

    QComboBox *m_examBox;
    QLabel *m_delayLabel;
    QSpinBox *m_delayBox;
    QLabel *m_description;
};

} // namespace SmtpTutor
