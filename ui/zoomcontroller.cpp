#include "zoomcontroller.h"

#include <QSettings>

namespace SmtpTutor {

namespace {
const QString ZoomKey = QStringLiteral("view/zoom");
// The point size a widget had before the first zoom touched it.
constexpr char BaseSizeProperty[] = "smtpTutorUnzoomedPointSize";

void rememberBaseSize(QWidget *widget)
{
    if (!widget->property(BaseSizeProperty).isValid())
        widget->setProperty(BaseSizeProperty, widget->font().pointSizeF());
}

void scaleFont(QWidget *widget, qreal factor)
{
    rememberBaseSize(widget);
    const qreal base = widget->property(BaseSizeProperty).toReal();
    if (base <= 0)
        return; // a pixel-sized font: left as it is
    QFont font = widget->font();
    font.setPointSizeF(base * factor);
    widget->setFont(font);
}
} // namespace

ZoomController::ZoomController(QObject *parent)
    : QObject(parent)
    , m_step(qBound(MinimumStep, QSettings().value(ZoomKey, 0).toInt(), MaximumStep))
{
}

void ZoomController::addWidget(QWidget *widget)
{
    if (!widget)
        return;
    m_widgets << widget;
    apply(widget);
}

void ZoomController::setStep(int step)
{
    step = qBound(MinimumStep, step, MaximumStep);
    if (step == m_step)
        return;
    m_step = step;
    QSettings().setValue(ZoomKey, m_step);
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets)) {
        if (widget)
            apply(widget);
    }
    Q_EMIT zoomChanged(m_step);
}

void ZoomController::apply(QWidget *widget) const
{
    if (m_step == 0 && !widget->property(BaseSizeProperty).isValid())
        return; // never zoomed: nothing to undo, and no font is fixed on the widget
    // Children with a size of their own do not follow the parent's font; they are scaled from the
    // size they had before (remembered before the parent's font changes under them). A child that
    // set only a family or a weight has its parent's size and simply follows it.
    QList<QWidget *> ownSize;
    for (QWidget *child : widget->findChildren<QWidget *>()) {
        const bool known = child->property(BaseSizeProperty).isValid();
        const QWidget *parent = child->parentWidget();
        const bool sameSizeAsParent
            = parent && qFuzzyCompare(child->font().pointSizeF(), parent->font().pointSizeF());
        if (known || (child->testAttribute(Qt::WA_SetFont) && !sameSizeAsParent)) {
            rememberBaseSize(child);
            ownSize << child;
        }
    }
    scaleFont(widget, factor());
    for (QWidget *child : std::as_const(ownSize))
        scaleFont(child, factor());
}

} // namespace SmtpTutor
