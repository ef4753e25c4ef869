#include "practiceserverdock.h"

#include "practiceserverwidget.h"

namespace SmtpTutor {

PracticeServerDock::PracticeServerDock(QWidget *parent)
    : QDockWidget(tr("Practice server"), parent)
    , m_widget(new PracticeServerWidget(this))
{
    setObjectName(QStringLiteral("practiceServerDock"));
    setWidget(m_widget);
    toggleViewAction()->setStatusTip(
        tr("Show or hide the practice server, which real mail programs can connect to"));
}

} // namespace SmtpTutor
