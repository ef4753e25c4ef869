#pragma once

#include <QStyledItemDelegate>

namespace SmtpTutor {

// Draws the transcript's cells at the view's zoom and marks the lines that match a search.
// The transcript model names its own (monospaced) font, which a view's font never overrides, so
// the zoom is applied here: the cell font grows by the ratio of the view's font to the default.
class TranscriptItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TranscriptItemDelegate(int markedColumn, QObject *parent = nullptr);

    // Cells of the marked column that contain `term` (any case) get a highlight; "" clears.
    void setHighlight(const QString &term);
    QString highlight() const { return m_term; }

    // The view's font size over the application's default for it (1.0 when not zoomed).
    static qreal zoomFactor(const QWidget *view);
    // The model's font for a cell, scaled by the view's zoom.
    static QFont scaledFont(const QFont &font, const QWidget *view);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_markedColumn;
    QString m_term;
};

} // namespace SmtpTutor
