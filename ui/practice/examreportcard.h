#pragma once

#include "exam/examverdict.h"

#include <QFrame>

class QLabel;

namespace SmtpTutor {

// One exam verdict as a report card: the verdict word (PASS, FAIL, INCOMPLETE) with its icon
// and colour, the exam, the session(s), why, the transcript lines that show it, what a correct
// client does and where the rule is written. The word always carries the verdict; the colour
// and the icon only repeat it. A card takes the keyboard focus (Tab, arrows in the list); a
// card with the focus is the chosen one, drawn with the palette's highlight around it.
class ExamReportCard : public QFrame
{
    Q_OBJECT
public:
    explicit ExamReportCard(const ExamVerdict &verdict, QWidget *parent = nullptr);

    const ExamVerdict &verdict() const { return m_verdict; }
    // The word the card shows for a result, translated ("PASS" in English).
    static QString resultWord(ExamResult result);
    // The colour that repeats the word: a reply class's colour (2xx, 4xx, 5xx), readable on
    // the palette's base colour, light or dark.
    static QColor resultColor(ExamResult result, const QPalette &palette);

Q_SIGNALS:
    void chosen();
    // Up (-1) or Down (+1) pressed on the card: the list moves the focus.
    void stepRequested(int step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QString sessionText() const;
    void updateIcon();

    ExamVerdict m_verdict;
    QLabel *m_icon;
    QLabel *m_word;
};

} // namespace SmtpTutor
