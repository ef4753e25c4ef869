#pragma once

#include <QHash>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QTimer;

namespace SmtpTutor {

// Where the docks sit and how wide they are, so the console keeps room on a small screen.
// Wide windows get the lesson (with the exercises tabbed behind it) on the left and the reference
// on the right; below CompactBelow pixels the reference joins the lesson's tabs on the left
// ("compact"), and widening the window again puts it back on the right. Only a move this class
// made is undone; a layout the learner arranged is kept. When the window is resized, each side
// dock keeps its share of the width (QMainWindow alone gives every pixel to the centre), and the
// docks give way whenever the centre would have less than MinimumCentreShare of the window.
class DockLayout : public QObject
{
    Q_OBJECT
public:
    static constexpr int CompactBelow = 1200;
    static constexpr double MinimumCentreShare = 0.5;

    DockLayout(QMainWindow *window, QDockWidget *lesson, QDockWidget *exercise, QDockWidget *reference);

    // The first start (no saved layout): the arrangement and widths for the window's width.
    void applyDefaults();
    // A saved layout was restored; whether the reference was moved by us comes with it.
    void restoredCompact(bool compact);
    bool isCompact() const { return m_compacted; }

    // The default widths of the side docks for a window this wide (left, right; right is 0 when
    // compact).
    static QPair<int, int> defaultWidths(int windowWidth, bool compact);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void adapt();
    void arrangeForWidth();
    void makeCompact();
    void makeWide();
    void keepCentreShare();
    bool referenceBesideLesson() const;
    QList<QDockWidget *> sideDocks() const;

    QMainWindow *m_window;
    QDockWidget *m_lesson;
    QDockWidget *m_exercise;
    QDockWidget *m_reference;
    QTimer *m_adapt;
    bool m_compacted = false;
    bool m_defaultsPending = false; // first start: arranged again for the width first shown
    int m_lastWidth = 0;
    QHash<QDockWidget *, double> m_shares; // of the width before the resize being handled
};

} // namespace SmtpTutor
