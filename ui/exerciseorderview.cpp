#include "exerciseorderview.h"

#include "uihelpers.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace SmtpTutor {

ExerciseOrderView::ExerciseOrderView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("Move &up"), this))
    , m_down(new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Move &down"), this))
    , m_check(new QPushButton(tr("&Check order"), this))
{
    Ui::name(m_list, QStringLiteral("exerciseOrderList"), tr("Commands to put in order"));
    Ui::name(m_up, QStringLiteral("moveUpButton"), tr("Move up"));
    Ui::name(m_down, QStringLiteral("moveDownButton"), tr("Move down"));
    Ui::name(m_check, QStringLiteral("checkOrderButton"), tr("Check order"));
    m_up->setToolTip(tr("Move the selected command up (Alt+Up)"));
    m_down->setToolTip(tr("Move the selected command down (Alt+Down)"));
    m_check->setToolTip(tr("Check the order (Enter)"));
    m_check->setAutoDefault(true);
    // Commands are protocol text: the fixed-width font the console uses.
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);

    auto *hint = new QLabel(tr("Drag the commands, or select one and press Alt+Up / Alt+Down."), this);
    hint->setObjectName(QStringLiteral("exerciseOrderHint"));
    hint->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_check, &QPushButton::clicked, this, [this] {
        if (!m_locked)
            Q_EMIT orderSubmitted(currentOrder());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ExerciseOrderView::updateButtons);
}

void ExerciseOrderView::setQuestion(const ExerciseQuestion &question)
{
    m_locked = false;
    m_list->clear();
    m_list->addItems(question.items);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setCurrentRow(0);
    // Exactly tall enough for every command: the whole session is the puzzle, and no blank
    // space below it pushes the buttons away.
    const int rows = int(question.items.size());
    m_list->setFixedHeight(rows * m_list->sizeHintForRow(0) + 2 * m_list->frameWidth() + 4);
    m_check->setEnabled(true);
    updateButtons();
}

QStringList ExerciseOrderView::currentOrder() const
{
    QStringList order;
    for (int row = 0; row < m_list->count(); ++row)
        order << m_list->item(row)->text();
    return order;
}

void ExerciseOrderView::showVerdict(const ExerciseQuestion &question)
{
    m_locked = true;
    m_list->setDragDropMode(QAbstractItemView::NoDragDrop);
    const QColor right = Ui::replyClassColor(200, palette());
    const QColor wrong = Ui::replyClassColor(500, palette());
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool inPlace = question.correctOrder.value(row) == item->text();
        item->setText(QStringLiteral("%1  %2").arg(inPlace ? QStringLiteral("✓") : QStringLiteral("✗"), item->text()));
        item->setForeground(inPlace ? right : wrong);
    }
    m_list->clearSelection(); // the selection colour would hide a row's mark colour
    m_check->setEnabled(false);
    updateButtons();
}

void ExerciseOrderView::focusList()
{
    m_list->setFocus(Qt::OtherFocusReason);
}

bool ExerciseOrderView::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (m_locked || row < 0 || target < 0 || target >= m_list->count())
        return false;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    updateButtons();
    return true;
}

bool ExerciseOrderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveCurrent(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
        // Enter hands the order in; once checked, it goes on to the panel (next question).
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_locked) {
            m_check->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ExerciseOrderView::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(!m_locked && row > 0);
    m_down->setEnabled(!m_locked && row >= 0 && row < m_list->count() - 1);
}

} // namespace SmtpTutor
