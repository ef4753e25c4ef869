#pragma once

#include "reference/referencetypes.h"

#include <QAbstractTableModel>

namespace SmtpTutor {

// The reply codes of the reference catalog as a table: code, meaning, typical enhanced codes,
// causes, what to do. Sorting and searching go through a QSortFilterProxyModel on top.
class ReplyCodeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, MeaningColumn, EnhancedColumn, CausesColumn, ActionColumn, ColumnCount };
    static constexpr int CodeRole = Qt::UserRole + 1;

    explicit ReplyCodeModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReplyCodeInfo> m_codes;
};

} // namespace SmtpTutor
