#include "docklayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QLayout>
#include <QMainWindow>
#include <QResizeEvent>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace SmtpTutor {

DockLayout::DockLayout(
    QMainWindow *window, QDockWidget *lesson, QDockWidget *exercise, QDockWidget *reference)
    : QObject(window)
    , m_window(window)
    , m_lesson(lesson)
    , m_exercise(exercise)
    , m_reference(reference)
    , m_adapt(new QTimer(this))
{
    // After the resize has been laid out: the centre's new width is known then.
    m_adapt->setSingleShot(true);
    m_adapt->setInterval(0);
    connect(m_adapt, &QTimer::timeout, this, &DockLayout::adapt);
    window->installEventFilter(this);
}

QPair<int, int> DockLayout::defaultWidths(int windowWidth, bool compact)
{
    // Compact: one column of tabs at 40 %; wide: 25 % and 23 %, the console keeps about half.
    if (compact)
        return { int(windowWidth * 0.40), 0 };
    return { int(windowWidth * 0.25), int(windowWidth * 0.23) };
}

void DockLayout::applyDefaults()
{
    // Now, for the first frame; and again at the width the window is first shown with, since a
    // caller may resize the window between construction and show().
    m_defaultsPending = true;
    arrangeForWidth();
}

void DockLayout::arrangeForWidth()
{
    m_lastWidth = m_window->width();
    if (m_window->width() < CompactBelow)
        makeCompact();
    else
        makeWide();
}

void DockLayout::restoredCompact(bool compact)
{
    m_compacted = compact;
    m_defaultsPending = false;
    m_lastWidth = m_window->width(); // the restored arrangement stands until the width crosses the line
}

bool DockLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Resize && m_window->isVisible()) {
        // Filters run before the window's layout: the docks still have the old widths here.
        const auto *resize = static_cast<QResizeEvent *>(event);
        const int oldWidth = resize->oldSize().width();
        if (m_shares.isEmpty() && oldWidth > 0 && oldWidth != resize->size().width()) {
            for (QDockWidget *dock : sideDocks())
                m_shares.insert(dock, double(dock->width()) / oldWidth);
        }
        m_adapt->start();
    } else if (watched == m_window && event->type() == QEvent::Show && m_defaultsPending) {
        m_adapt->start();
    }
    return QObject::eventFilter(watched, event);
}

bool DockLayout::referenceBesideLesson() const
{
    return !m_reference->isFloating() && !m_lesson->isFloating()
        && m_window->dockWidgetArea(m_reference) == Qt::RightDockWidgetArea
        && m_window->dockWidgetArea(m_lesson) == Qt::LeftDockWidgetArea;
}

void DockLayout::adapt()
{
    const QHash<QDockWidget *, double> shares = std::exchange(m_shares, {});
    if (std::exchange(m_defaultsPending, false)) {
        arrangeForWidth();
        return;
    }
    const int width = m_window->width();
    const bool crossedDown = m_lastWidth >= CompactBelow && width < CompactBelow;
    const bool crossedUp = m_lastWidth < CompactBelow && width >= CompactBelow;
    m_lastWidth = width;
    if (crossedDown && referenceBesideLesson() && !m_reference->isHidden()) {
        makeCompact();
    } else if (crossedUp && m_compacted && m_window->tabifiedDockWidgets(m_lesson).contains(m_reference)) {
        makeWide();
    } else if (!shares.isEmpty()) {
        QList<QDockWidget *> docks;
        QList<int> widths;
        for (auto it = shares.cbegin(); it != shares.cend(); ++it) {
            docks << it.key();
            widths << qRound(it.value() * width);
        }
        m_window->resizeDocks(docks, widths, Qt::Horizontal);
    }
    m_window->layout()->activate(); // the centre's width after the moves above
    keepCentreShare();
}

void DockLayout::makeCompact()
{
    m_window->tabifyDockWidget(m_lesson, m_reference);
    m_lesson->raise(); // the lesson stays in front; the reference is one tab away
    m_compacted = true;
    m_window->resizeDocks({ m_lesson }, { defaultWidths(m_window->width(), true).first }, Qt::Horizontal);
}

void DockLayout::makeWide()
{
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_reference);
    m_reference->show();
    m_lesson->raise();
    m_compacted = false;
    const auto [left, right] = defaultWidths(m_window->width(), false);
    m_window->resizeDocks({ m_lesson, m_reference }, { left, right }, Qt::Horizontal);
}

// The docks beside the centre, one per column: docks tabbed together share one width, and
// resizing two of them to different widths would leave the last one's.
QList<QDockWidget *> DockLayout::sideDocks() const
{
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : { m_lesson, m_exercise, m_reference }) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        if (!dock->isVisible() || dock->isFloating()
            || (area != Qt::LeftDockWidgetArea && area != Qt::RightDockWidgetArea))
            continue;
        const QList<QDockWidget *> group = m_window->tabifiedDockWidgets(dock);
        if (std::none_of(
                docks.cbegin(), docks.cend(), [&group](QDockWidget *d) { return group.contains(d); }))
            docks << dock;
    }
    return docks;
}

// The centre (transcript and command line) never ends up with less than its share after a
// resize: every side dock gives up room in proportion to its width.
void DockLayout::keepCentreShare()
{
    const QWidget *centre = m_window->centralWidget();
    const int wanted = int(m_window->width() * MinimumCentreShare);
    const int missing = centre ? wanted - centre->width() : 0;
    if (missing <= 0)
        return;
    const QList<QDockWidget *> docks = sideDocks();
    QList<int> widths;
    int total = 0;
    for (QDockWidget *dock : docks) {
        widths << dock->width();
        total += dock->width();
    }
    if (total <= 0)
        return;
    for (int i = 0; i < docks.size(); ++i)
        widths[i]
            = qMax(docks.at(i)->minimumSizeHint().width(), widths.at(i) - missing * widths.at(i) / total);
    m_window->resizeDocks(docks, widths, Qt::Horizontal);
}

} // namespace SmtpTutor
