#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;

namespace SmtpTutor {

struct Explanation;

// "Explain a reply": paste any reply line, bounce excerpt, code, port or command; the Explainer
// says what it means, with the catalog's causes and what a client should do.
class ExplainView : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainView(QWidget *parent = nullptr);

    void explain(const QString &text);
    static QString toHtml(const Explanation &explanation, const QPalette &palette);

private:
    QPlainTextEdit *m_input;
    QTextBrowser *m_output;
};

} // namespace SmtpTutor
