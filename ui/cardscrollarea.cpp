#include "cardscrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace SmtpTutor {

CardScrollArea::CardScrollArea(QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void CardScrollArea::setCard(QWidget *card)
{
    setWidget(card);
    card->installEventFilter(this);
    followCardMinimum();
}

bool CardScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    // A LayoutRequest is how a widget says its size hints changed (a font, a text, a zoom).
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        followCardMinimum();
    return QScrollArea::eventFilter(watched, event);
}

void CardScrollArea::followCardMinimum()
{
    if (!widget())
        return;
    // Room for the vertical scroll bar too: a long card shows it, and it must not take the
    // card's last pixels.
    const int wanted = widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width()
        + 2 * frameWidth();
    if (minimumWidth() != wanted)
        setMinimumWidth(wanted);
}

} // namespace SmtpTutor
