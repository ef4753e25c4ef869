#pragma once

#include <QDialog>

class QTextBrowser;

namespace SmtpTutor {

// The guide: key takeaways, questions and answers, common errors and command-line recipes,
// read from the reference catalog (resources/reference/guide.json).
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    static QString guideHtml();

private:
    QTextBrowser *m_browser;
};

} // namespace SmtpTutor
