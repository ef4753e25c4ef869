#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace SmtpTutor {

// Lets a QTreeView's rows grow to their wrapped text. A tree asks its delegate for a row's height
// without saying how wide the cell is, so the style measures the text on one endless line; this
// delegate passes the column's width (the whole row's for a spanned row, less the indentation).
// The tree measures again when its columns change width (see watch()).
class WrappingTreeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Installs itself on the tree, turns word wrap on and re-measures the rows on every resize of
    // a column.
    static WrappingTreeDelegate *install(QTreeView *tree);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    explicit WrappingTreeDelegate(QTreeView *tree);

    QTreeView *m_tree;
};

} // namespace SmtpTutor
