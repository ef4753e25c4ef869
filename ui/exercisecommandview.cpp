#include "exercisecommandview.h"

#include "uihelpers.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>

namespace SmtpTutor {

ExerciseCommandView::ExerciseCommandView(QWidget *parent)
    : QWidget(parent)
    , m_line(new QLineEdit(this))
    , m_check(new QPushButton(tr("Chec&k"), this))
{
    Ui::name(m_line, QStringLiteral("exerciseCommandEdit"), tr("Your command"));
    Ui::name(m_check, QStringLiteral("checkCommandButton"), tr("Check the command"));
    m_line->setPlaceholderText(tr("Type one command line, as a client sends it"));
    m_line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // RFC 5321 s.4.5.3.1.4: a command line is at most 512 octets with its CRLF.
    m_line->setMaxLength(510);
    m_check->setToolTip(tr("Check the command (Enter)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_line, 1);
    layout->addWidget(m_check);
    // Enter checks the line and goes no further; once checked, it reaches the panel (next question).
    m_line->installEventFilter(this);
    connect(m_check, &QPushButton::clicked, this, &ExerciseCommandView::submit);
}

void ExerciseCommandView::setQuestion(const ExerciseQuestion &)
{
    m_line->clear();
    m_line->setReadOnly(false);
    m_line->setPalette(QPalette());
    m_check->setEnabled(true);
}

void ExerciseCommandView::showVerdict(bool correct)
{
    m_line->setReadOnly(true);
    m_check->setEnabled(false);
    QPalette palette = m_line->palette();
    palette.setColor(QPalette::Text, Ui::replyClassColor(correct ? 200 : 500, palette));
    m_line->setPalette(palette);
}

void ExerciseCommandView::focusLine()
{
    m_line->setFocus(Qt::OtherFocusReason);
}

bool ExerciseCommandView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_line && event->type() == QEvent::KeyPress && !m_line->isReadOnly()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExerciseCommandView::submit()
{
    if (m_line->isReadOnly())
        return;
    if (m_line->text().trimmed().isEmpty())
        Q_EMIT emptySubmitted();
    else
        Q_EMIT commandSubmitted(m_line->text());
}

} // namespace SmtpTutor
