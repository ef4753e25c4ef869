#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace SmtpTutor {

// Keyboard travel between the window's panes. The command line is home: focusHome() (Ctrl+L)
// goes there from anywhere, and Esc pressed in a pane that has no use for it (a table, a tree, a
// text pane, a search field) comes back there too. nextPane()/previousPane() (F6, Shift+F6) visit
// the visible panes in order: command line, transcript, then each dock on screen.
class PaneNavigator : public QObject
{
    Q_OBJECT
public:
    using PaneLookup = std::function<QWidget *()>;

    // Watches `window` for the Esc key its panes let through.
    explicit PaneNavigator(QWidget *window);

    // The panes in F6 order. A lookup may answer null (a pane not built yet).
    void setHome(PaneLookup home) { m_home = std::move(home); }
    void addPane(PaneLookup pane) { m_panes << std::move(pane); }

    // The pane holding the focus now (index in F6 order, home is 0), -1 for none.
    int currentPane() const;

public Q_SLOTS:
    void focusHome();
    void nextPane() { cycle(+1); }
    void previousPane() { cycle(-1); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QWidget *> visiblePanes() const;
    void cycle(int direction);
    static void focusInto(QWidget *pane);

    QWidget *m_window;
    PaneLookup m_home;
    QList<PaneLookup> m_panes;
};

} // namespace SmtpTutor
