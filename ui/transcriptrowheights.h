#pragma once

#include <QObject>

class QTableView;
class QTimer;

namespace SmtpTutor {

// The transcript's row heights: one line per row, or, with wrapping on, as many lines as the
// text needs at the column's width (at most MaxLines; the detail pane shows the rest), so a
// long reply such as a 450 greylisting text reads without scrolling sideways. Only new rows are
// measured as they arrive, in slices that leave the event loop free; all rows again when the
// column width or the font (zoom) changes.
// No QHeaderView::ResizeToContents: it measures every row on every insert.
class TranscriptRowHeights : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxLines = 12;

    TranscriptRowHeights(QTableView *view, int textColumn, QObject *parent = nullptr);

    void setWrapping(bool on);
    bool isWrapping() const { return m_wrapping; }
    int lineHeight() const; // one line of text plus the cell's margins
    int rowHeightFor(int row) const; // what the row should have now

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void resizeRows(int first, int last);
    void resizeAllRows();
    void measureSome();
    void scheduleResizeAll();
    int textWidth() const;

    QTableView *m_view;
    int m_column;
    bool m_wrapping = false;
    QTimer *m_relayout;
    QTimer *m_measure; // the next slice of measuring
    int m_measureFrom = -1; // the first row not measured yet; -1 when all are
};

} // namespace SmtpTutor
