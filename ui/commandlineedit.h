#pragma once

#include <QLineEdit>
#include <QStringList>

class QCompleter;
class QStringListModel;

namespace SmtpTutor {

// The learner's command line: Enter sends, Up/Down walk the history, verbs complete.
// In message mode (after a 354) completion is off and every line is message text.
// Tab completes as a shell does and keeps the focus here while the line has text (a learner's
// shell habit must not move the focus to Send, where the next space would press it); on an
// empty line Tab moves the focus as everywhere else.
class CommandLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit CommandLineEdit(QWidget *parent = nullptr);

    void setMessageMode(bool on);
    bool isMessageMode() const { return m_messageMode; }
    const QStringList &history() const { return m_history; }

Q_SIGNALS:
    void lineSubmitted(const QString &line);
    // A pasted (or dropped) block held line breaks: its complete lines, in order, each one
    // command or message line. The text after the last break stays in the field.
    void linesSubmitted(const QStringList &lines);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void splitAtLineBreaks();
    void completeOnTab();

    QCompleter *m_completer;
    QStringListModel *m_verbs;
    QStringListModel *m_noVerbs;
    QStringList m_history;
    int m_historyPos = 0; // == m_history.size() when editing a new line
    QString m_draft;      // what was typed before walking the history
    bool m_messageMode = false;
    bool m_tabAddedSpace = false; // the last Tab completed up to a trailing space
};

} // namespace SmtpTutor
