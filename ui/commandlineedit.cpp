#include "commandlineedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

#include <utility>

namespace SmtpTutor {

CommandLineEdit::CommandLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    const QStringList verbs = {
        QStringLiteral("connect"), QStringLiteral("EHLO "), QStringLiteral("HELO "),
        QStringLiteral("STARTTLS"), QStringLiteral("AUTH LOGIN"), QStringLiteral("AUTH PLAIN "),
        QStringLiteral("MAIL FROM:<"), QStringLiteral("RCPT TO:<"), QStringLiteral("DATA"),
        QStringLiteral("RSET"), QStringLiteral("NOOP"), QStringLiteral("VRFY "),
        QStringLiteral("EXPN "), QStringLiteral("HELP"), QStringLiteral("QUIT"),
    };
    m_verbs = new QStringListModel(verbs, this);
    m_noVerbs = new QStringListModel(this);
    m_completer = new QCompleter(m_verbs, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::InlineCompletion);
    setCompleter(m_completer);
    setClearButtonEnabled(false);
    connect(this, &QLineEdit::returnPressed, this, &CommandLineEdit::submit);
    // Paste, middle-click paste and drop all end up here; none of them may put a line break
    // into one command (it would reach the server as two commands, RFC 5321 s.2.3.8).
    connect(this, &QLineEdit::textChanged, this, &CommandLineEdit::splitAtLineBreaks);
    setMessageMode(false);
}

void CommandLineEdit::setMessageMode(bool on)
{
    m_messageMode = on;
    // Message text is free text: nothing to complete. (QLineEdit::setCompleter(nullptr) would
    // delete a completer it parents, so the completer stays and only its word list changes.)
    m_completer->setModel(on ? m_noVerbs : m_verbs);
    setPlaceholderText(on ? tr("Message line (a line with only \".\" ends the message)")
                          : tr("Type an SMTP command, e.g. EHLO laptop.example.org, then press Enter"));
}

void CommandLineEdit::submit()
{
    const QString line = text();
    // A blank line is meaningful inside a message (it separates headers from body); outside one
    // it still goes out, so the learner gets what a server says to it (500) instead of silence.
    if (!line.isEmpty() && (m_history.isEmpty() || m_history.constLast() != line))
        m_history.append(line);
    m_historyPos = int(m_history.size());
    m_draft.clear();
    clear();
    Q_EMIT lineSubmitted(line);
}

void CommandLineEdit::splitAtLineBreaks()
{
    const QString all = text();
    if (!all.contains(u'\n') && !all.contains(u'\r'))
        return;
    // CRLF, a lone CR and a lone LF all end a line, as a terminal would take a pasted block.
    QString normalized = all;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(u'\r', u'\n');
    QStringList lines = normalized.split(u'\n');
    const QString rest = lines.takeLast();
    for (const QString &line : std::as_const(lines)) {
        if (!line.isEmpty() && (m_history.isEmpty() || m_history.constLast() != line))
            m_history.append(line);
    }
    m_historyPos = int(m_history.size());
    m_draft.clear();
    setText(rest); // no break left in it: this does not come back here with work to do
    Q_EMIT linesSubmitted(lines);
}

bool CommandLineEdit::event(QEvent *event)
{
    // QWidget::event moves the focus on Tab before keyPressEvent ever sees it.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plainTab = key->key() == Qt::Key_Tab
            && !(key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier));
        if (plainTab && !text().isEmpty()) {
            completeOnTab();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void CommandLineEdit::completeOnTab()
{
    m_tabAddedSpace = false;
    if (m_messageMode)
        return; // message text: nothing to complete, and the focus stays with the message
    if (hasSelectedText() && selectionStart() + selectedText().size() == text().size()) {
        // The inline completion is shown selected after the cursor: accept it.
        setCursorPosition(int(text().size()));
    } else {
        // Nothing suggested yet (the line was recalled or edited): complete the typed prefix as
        // far as every matching verb agrees, like a shell.
        m_completer->setCompletionPrefix(text());
        QString common;
        for (int row = 0; m_completer->setCurrentRow(row); ++row) {
            const QString match = m_completer->currentCompletion();
            if (row == 0) {
                common = match;
                continue;
            }
            qsizetype same = 0;
            while (same < common.size() && same < match.size()
                   && common.at(same).toUpper() == match.at(same).toUpper())
                ++same;
            common.truncate(same);
        }
        if (common.size() > text().size())
            setText(common);
    }
    m_tabAddedSpace = text().endsWith(QLatin1Char(' '));
}

void CommandLineEdit::keyPressEvent(QKeyEvent *event)
{
    // "EH", Tab, space: the completion already ends with the space the shell habit types next.
    const bool spaceAfterTab = std::exchange(m_tabAddedSpace, false);
    if (spaceAfterTab && event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier
        && cursorPosition() == text().size() && text().endsWith(QLatin1Char(' ')))
        return;
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        if (m_completer->popup() && m_completer->popup()->isVisible()) {
            QLineEdit::keyPressEvent(event);
            return;
        }
        if (m_history.isEmpty())
            return;
        if (m_historyPos == m_history.size())
            m_draft = text();
        m_historyPos += event->key() == Qt::Key_Up ? -1 : 1;
        m_historyPos = qBound(0, m_historyPos, int(m_history.size()));
        setText(m_historyPos == m_history.size() ? m_draft : m_history.at(m_historyPos));
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace SmtpTutor
