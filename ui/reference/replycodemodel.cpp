#include "replycodemodel.h"

#include "reference/referencecatalog.h"
#include "uihelpers.h"

#include <QApplication>

namespace SmtpTutor {

ReplyCodeModel::ReplyCodeModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_codes(ReferenceCatalog::instance().allReplyCodes())
{
}

int ReplyCodeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

int ReplyCodeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplyCodeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_codes.size())
        return {};
    const ReplyCodeInfo &info = m_codes.at(index.row());
    if (role == CodeRole)
        return info.code;
    if (role == Qt::ForegroundRole && index.column() == CodeColumn)
        return Ui::replyClassColor(info.code, QApplication::palette());
    if (role == Qt::ToolTipRole)
        return info.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn: return QString::number(info.code);
    case MeaningColumn: return info.meaning;
    case EnhancedColumn: return info.enhancedCodes.join(QLatin1String(", "));
    case CausesColumn: return info.causes.join(QLatin1String("; "));
    case ActionColumn: return info.action;
    }
    return {};
}

QVariant ReplyCodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn: return tr("Code");
    case MeaningColumn: return tr("Meaning");
    case EnhancedColumn: return tr("Enhanced");
    case CausesColumn: return tr("Common causes");
    case ActionColumn: return tr("What to do");
    }
    return {};
}

} // namespace SmtpTutor
