#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace SmtpTutor {

// View > Zoom In / Zoom Out / Reset Zoom: one text size for the reading areas of the window (the
// transcript, the lesson, the reference), kept in the settings ("view/zoom"). A zoomed widget's
// font grows, and with it every child that inherits its size; children that set a size of their
// own (a bold title at 115 %, a monospaced line) grow from the size they had when first seen
// (children made after a zoom should take their size from the parent's font, as the Terminal
// tab's monospaced text does, or set it relative to it).
class ZoomController : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinimumStep = -3; // 70 %
    static constexpr int MaximumStep = 10; // 200 %

    explicit ZoomController(QObject *parent = nullptr);

    // The widget (and its children) follows the zoom from now on, starting at the current step.
    void addWidget(QWidget *widget);
    int step() const { return m_step; }
    qreal factor() const { return 1.0 + 0.1 * m_step; }

public Q_SLOTS:
    void zoomIn() { setStep(m_step + 1); }
    void zoomOut() { setStep(m_step - 1); }
    void resetZoom() { setStep(0); }
    void setStep(int step);

Q_SIGNALS:
    void zoomChanged(int step);

private:
    void apply(QWidget *widget) const;

    int m_step = 0;
    QList<QPointer<QWidget>> m_widgets;
};

} // namespace SmtpTutor
