#include "wrappingtreedelegate.h"

#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace SmtpTutor {

WrappingTreeDelegate::WrappingTreeDelegate(QTreeView *tree)
    : QStyledItemDelegate(tree)
    , m_tree(tree)
{
}

WrappingTreeDelegate *WrappingTreeDelegate::install(QTreeView *tree)
{
    auto *delegate = new WrappingTreeDelegate(tree);
    tree->setItemDelegate(delegate);
    tree->setWordWrap(true);
    tree->setTextElideMode(Qt::ElideNone);
    // One new layout after a burst of column changes (a dock being dragged wider).
    auto *relayout = new QTimer(delegate);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, tree, &QTreeView::doItemsLayout);
    connect(tree->header(), &QHeaderView::sectionResized, relayout, qOverload<>(&QTimer::start));
    return delegate;
}

QSize WrappingTreeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    int depth = m_tree->rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    const bool spanned = index.column() == 0 && m_tree->isFirstColumnSpanned(index.row(), index.parent());
    int width = spanned ? m_tree->viewport()->width() : m_tree->columnWidth(index.column());
    if (index.column() == 0)
        width -= depth * m_tree->indentation();
    QStyleOptionViewItem sized(option);
    // A valid rectangle (the style ignores a width without a height): the cell's width, any height.
    sized.rect = QRect(0, 0, qMax(20, width), QWIDGETSIZE_MAX / 2);
    return QStyledItemDelegate::sizeHint(sized, index);
}

} // namespace SmtpTutor
