#pragma once

#include <QDockWidget>

namespace SmtpTutor {

class PracticeServerWidget;

// "Practice server" dock: the PracticeServerWidget in a dock the main window can place
// (objectName "practiceServerDock"; its toggleViewAction() belongs in the View menu).
class PracticeServerDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit PracticeServerDock(QWidget *parent = nullptr);
    PracticeServerWidget *practiceWidget() const { return m_widget; }

private:
    PracticeServerWidget *m_widget;
};

} // namespace SmtpTutor
