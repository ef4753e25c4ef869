#include "findbar.h"

#include "uihelpers.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace SmtpTutor {

FindBar::FindBar(QAbstractItemView *view, int column, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_column(column)
    , m_edit(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_count(new QLabel(this))
{
    Ui::name(this, QStringLiteral("findBar"), tr("Find in transcript"));
    Ui::name(m_edit, QStringLiteral("findLineEdit"), tr("Text to find"));
    Ui::name(m_previous, QStringLiteral("findPreviousButton"), tr("Previous match"));
    Ui::name(m_next, QStringLiteral("findNextButton"), tr("Next match"));
    Ui::name(m_count, QStringLiteral("findCountLabel"), tr("Matches"));
    auto *label = new QLabel(tr("Fi&nd:"), this);
    label->setObjectName(QStringLiteral("findLabel"));
    label->setBuddy(m_edit);
    m_edit->setPlaceholderText(tr("Text in the transcript, e.g. 250 or STARTTLS"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setIcon(Ui::themeIcon(QStringLiteral("go-up")));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (F3 or Enter)"));
    m_next->setIcon(Ui::themeIcon(QStringLiteral("go-down")));
    auto *close = new QToolButton(this);
    Ui::name(close, QStringLiteral("findCloseButton"), tr("Close the find bar"));
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setIcon(Ui::themeIcon(QStringLiteral("window-close")));
    for (QToolButton *button : { m_previous, m_next, close }) {
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(close);

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Typing searches as it goes, from the match already found (or the top).
        find(m_current < 0 ? 0 : m_current, +1);
        Q_EMIT termChanged(text);
    });
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

QString FindBar::term() const
{
    return m_edit->text();
}

void FindBar::open()
{
    const bool wasHidden = isHidden();
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (wasHidden && !term().isEmpty())
        Q_EMIT termChanged(term()); // the marks come back with the bar
    updateCount();
}

void FindBar::close()
{
    hide();
    Q_EMIT termChanged(QString());
    Q_EMIT closed();
}

void FindBar::findNext()
{
    if (isHidden())
        return open();
    find(m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0, +1);
}

void FindBar::findPrevious()
{
    if (isHidden())
        return open();
    find(m_view->currentIndex().isValid() ? m_view->currentIndex().row() - 1 : -1, -1);
}

bool FindBar::matches(int row) const
{
    const QString text = m_view->model()->index(row, m_column).data().toString();
    return text.contains(term(), Qt::CaseInsensitive);
}

int FindBar::matchCount() const
{
    int count = 0;
    for (int row = 0, rows = term().isEmpty() ? 0 : m_view->model()->rowCount(); row < rows; ++row)
        count += matches(row) ? 1 : 0;
    return count;
}

// Looks at every row once, starting at `from` and going in `direction`, wrapping at the ends.
void FindBar::find(int from, int direction)
{
    const int rows = m_view->model()->rowCount();
    m_current = -1;
    if (!term().isEmpty() && rows > 0) {
        for (int step = 0; step < rows; ++step) {
            const int row = ((from + direction * step) % rows + rows) % rows;
            if (matches(row)) {
                m_current = row;
                break;
            }
        }
    }
    if (m_current >= 0) {
        const QModelIndex index = m_view->model()->index(m_current, m_column);
        m_view->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    updateCount();
}

void FindBar::updateCount()
{
    // "3 of 7": which match is selected, out of how many lines match.
    int count = 0;
    int position = 0;
    for (int row = 0, rows = term().isEmpty() ? 0 : m_view->model()->rowCount(); row < rows; ++row) {
        if (matches(row)) {
            ++count;
            if (row == m_current)
                position = count;
        }
    }
    const bool miss = !term().isEmpty() && count == 0;
    m_count->setText(term().isEmpty() ? QString()
            : miss                    ? tr("No match")
                                      : tr("%1 of %2").arg(position).arg(count));
    // A miss shows in the field too, in the colour of a failure.
    QPalette palette = m_edit->palette();
    palette.setColor(
        QPalette::Text, miss ? Ui::replyClassColor(500, palette) : QPalette().color(QPalette::Text));
    m_edit->setPalette(palette);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            key->modifiers() & Qt::ShiftModifier ? findPrevious() : findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace SmtpTutor
