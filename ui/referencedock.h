#pragma once

#include <QDockWidget>

class QTabWidget;

namespace SmtpTutor {

class SimulatorSession;

// The reference: reply codes (searchable), ports, commands, the command lines that would replay
// this session, and an explainer for any pasted reply. Tabs are built when first shown, so the
// catalog is read only when someone looks.
class ReferenceDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ReferenceDock(SimulatorSession *session, QWidget *parent = nullptr);

    enum Tab { ReplyCodesTab, PortsTab, CommandsTab, CommandLineTab, ExplainTab };
    QTabWidget *tabs() const { return m_tabs; }
    void showTab(Tab tab);
    void showExplainTab() { showTab(ExplainTab); }

    // What the catalog says about an enhanced code ("5.1.1") / a reply code ("550"); "" if nothing.
    static QString enhancedMeaning(const QString &code);
    static QString replyMeaning(const QString &code);

private:
    void ensureBuilt(int index);
    QWidget *buildReplyCodes();
    QWidget *buildPorts();
    QWidget *buildCommands();
    QWidget *buildCommandLine();
    QWidget *buildExplain();

    SimulatorSession *m_session;
    QTabWidget *m_tabs;
    QList<bool> m_built;
};

} // namespace SmtpTutor
