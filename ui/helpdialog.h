#pragma once

#include <QDialog>

class QTextBrowser;

namespace SmtpTutor {

class MailFlowMap;

// The guide: key takeaways, questions and answers, common errors and command-line recipes,
// read from the reference catalog (resources/reference/guide.json).
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    static QString guideHtml();
    // The map of where mail travels above the guide; the session's port picks its hop.
    MailFlowMap *mailFlowMap() const { return m_map; }
    void setSessionPort(int port);

private:
    QTextBrowser *m_browser;
    MailFlowMap *m_map;
};

} // namespace SmtpTutor
