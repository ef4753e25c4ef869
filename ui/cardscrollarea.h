#pragma once

#include <QScrollArea>

namespace SmtpTutor {

// A scroll area for a card of text and controls in a dock (the lesson, the exercises): it
// scrolls up and down, and it is never narrower than the card's minimum width, so a dock that
// holds one can not be dragged or laid out so narrow that the card is cut off at the right.
// When the card's minimum grows (zoomed text), the area grows with it; should the dock still be
// too narrow (a floating dock, a tiny screen), a horizontal scroll bar appears rather than a cut.
class CardScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit CardScrollArea(QWidget *parent = nullptr);

    // Takes the card, like QScrollArea::setWidget, and follows its minimum width from now on.
    void setCard(QWidget *card);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followCardMinimum();
};

} // namespace SmtpTutor
