#include "panenavigator.h"

#include <QApplication>
#include <QKeyEvent>

namespace SmtpTutor {

PaneNavigator::PaneNavigator(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    // A key a widget ignores travels up to its window; Esc ends up here when no pane used it
    // (a combo box closing its list, a dialog, the find bar keep theirs).
    window->installEventFilter(this);
}

bool PaneNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            focusHome();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void PaneNavigator::focusHome()
{
    QWidget *home = m_home ? m_home() : nullptr;
    if (home)
        home->setFocus(Qt::ShortcutFocusReason);
}

QList<QWidget *> PaneNavigator::visiblePanes() const
{
    QList<QWidget *> panes;
    if (QWidget *home = m_home ? m_home() : nullptr)
        panes << home;
    for (const PaneLookup &lookup : m_panes) {
        QWidget *pane = lookup();
        if (pane && pane->isVisible())
            panes << pane;
    }
    return panes;
}

int PaneNavigator::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    const QList<QWidget *> panes = visiblePanes();
    for (int i = 0; i < panes.size(); ++i) {
        if (focus && (focus == panes.at(i) || panes.at(i)->isAncestorOf(focus)))
            return i;
    }
    return -1;
}

void PaneNavigator::cycle(int direction)
{
    const QList<QWidget *> panes = visiblePanes();
    if (panes.isEmpty())
        return;
    const int current = currentPane();
    const int start = current < 0 ? (direction > 0 ? -1 : 0) : current;
    focusInto(panes.at(((start + direction) % panes.size() + panes.size()) % panes.size()));
}

// The pane itself when it takes the focus, else its first child that does.
void PaneNavigator::focusInto(QWidget *pane)
{
    QWidget *target = pane;
    if (!(pane->focusPolicy() & Qt::TabFocus)) {
        for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
            if (pane->isAncestorOf(w) && w->isVisible() && w->isEnabled()
                && (w->focusPolicy() & Qt::TabFocus)) {
                target = w;
                break;
            }
        }
    }
    target->setFocus(Qt::TabFocusReason);
}

} // namespace SmtpTutor
