#include "transcriptitemdelegate.h"

#include <QApplication>
#include <QWidget>

namespace SmtpTutor {

TranscriptItemDelegate::TranscriptItemDelegate(int markedColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_markedColumn(markedColumn)
{
}

void TranscriptItemDelegate::setHighlight(const QString &term)
{
    m_term = term;
}

qreal TranscriptItemDelegate::zoomFactor(const QWidget *view)
{
    if (!view)
        return 1.0;
    const qreal base = QApplication::font(view).pointSizeF();
    const qreal now = view->font().pointSizeF();
    return base > 0 && now > 0 ? now / base : 1.0;
}

QFont TranscriptItemDelegate::scaledFont(const QFont &font, const QWidget *view)
{
    const qreal factor = zoomFactor(view);
    QFont scaled = font;
    if (!qFuzzyCompare(factor, 1.0) && font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * factor);
    return scaled;
}

void TranscriptItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->font = scaledFont(option->font, option->widget);
    option->fontMetrics = QFontMetrics(option->font);
    if (!m_term.isEmpty() && index.column() == m_markedColumn
        && option->text.contains(m_term, Qt::CaseInsensitive)) {
        // The selection colour, faint: a match reads as marked, the selected match stays distinct.
        QColor mark = option->palette.color(QPalette::Highlight);
        mark.setAlpha(70);
        option->backgroundBrush = mark;
    }
}

} // namespace SmtpTutor
