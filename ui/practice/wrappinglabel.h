#pragma once

#include <QLabel>
#include <QResizeEvent>

namespace SmtpTutor {

// A word-wrapped label whose size hint is its height at the width it has. QFormLayout sizes a
// row by the field's size hint, and a plain wrapped QLabel hints the height of its text at a
// narrow width (three to five lines for a sentence), which left that much empty room under one
// line in the practice server's form.
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setWordWrap(true);
    }

    QSize sizeHint() const override
    {
        const QSize hint = QLabel::sizeHint();
        return width() > hint.width() ? QSize(hint.width(), heightForWidth(width())) : hint;
    }
    QSize minimumSizeHint() const override
    {
        return QSize(QLabel::minimumSizeHint().width(), sizeHint().height());
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry(); // the height that fits changed with the width
    }
};

} // namespace SmtpTutor
