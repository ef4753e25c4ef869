#include "transcriptrowheights.h"

#include "transcriptitemdelegate.h"
#include "wrappedlinecount.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace SmtpTutor {

TranscriptRowHeights::TranscriptRowHeights(QTableView *view, int textColumn, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_column(textColumn)
    , m_relayout(new QTimer(this))
    , m_measure(new QTimer(this))
{
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(30); // a window being dragged wider re-measures once it rests
    connect(m_relayout, &QTimer::timeout, this, &TranscriptRowHeights::resizeAllRows);
    m_measure->setSingleShot(true);
    m_measure->setInterval(0);
    connect(m_measure, &QTimer::timeout, this, &TranscriptRowHeights::measureSome);
    // Sizes are set row by row here; the header never measures on its own.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == m_column && m_wrapping)
            scheduleResizeAll();
    });
    connect(m_view->model(), &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { resizeRows(first, last); });
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &TranscriptRowHeights::resizeAllRows);
    m_view->verticalHeader()->setDefaultSectionSize(lineHeight());
}

void TranscriptRowHeights::setWrapping(bool on)
{
    if (on == m_wrapping)
        return;
    m_wrapping = on;
    m_view->setWordWrap(on);
    m_view->setTextElideMode(Qt::ElideRight);
    resizeAllRows();
}

int TranscriptRowHeights::lineHeight() const
{
    // The model's font (monospaced), at the view's zoom: the first row tells which one.
    const QModelIndex first = m_view->model()->index(0, m_column);
    const QVariant modelFont = first.data(Qt::FontRole);
    const QFont font = TranscriptItemDelegate::scaledFont(
        modelFont.isValid() ? modelFont.value<QFont>() : m_view->font(), m_view);
    return QFontMetrics(font).height() + 4;
}

int TranscriptRowHeights::textWidth() const
{
    // The style leaves a focus-frame margin (plus one pixel) on both sides of a cell's text.
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    return qMax(20, m_view->columnWidth(m_column) - 2 * margin);
}

int TranscriptRowHeights::rowHeightFor(int row) const
{
    const int single = lineHeight();
    if (!m_wrapping)
        return single;
    const QModelIndex index = m_view->model()->index(row, m_column);
    const QString text = index.data().toString();
    const QVariant modelFont = index.data(Qt::FontRole);
    const QFont font = TranscriptItemDelegate::scaledFont(
        modelFont.isValid() ? modelFont.value<QFont>() : m_view->font(), m_view);
    const QFontMetrics metrics(font);
    const int width = textWidth();
    // A text longer than MaxLines full lines needs MaxLines, whatever its words: no layout
    // for a 10 MB line.
    const int perLine = qMax(1, width / qMax(1, metrics.averageCharWidth()));
    const int lines = text.size() > qsizetype(MaxLines) * perLine
        ? MaxLines
        : WrappedLineCount::count(text, font, width, MaxLines);
    return lines <= 1 ? single : lines * metrics.height() + 4;
}

void TranscriptRowHeights::resizeRows(int first, int last)
{
    QHeaderView *header = m_view->verticalHeader();
    // New rows come at the default height. Every resizeSection() makes the header recompute
    // all section positions (linear in the rows), so rows that need one line are never resized
    // one by one (that made a 10 MB message quadratic): the default is the line height. It can
    // differ once, at the first rows, whose font decides it; setting it resets every row.
    const int single = lineHeight();
    if (header->defaultSectionSize() != single) {
        header->setDefaultSectionSize(single);
        first = 0;
    }
    Q_UNUSED(last); // measuring goes on to the last row there is
    if (!m_wrapping)
        return;
    m_measureFrom = m_measureFrom < 0 ? first : qMin(m_measureFrom, first);
    measureSome();
}

// Measures rows from m_measureFrom for about 4 ms, then lets the event loop run (painting,
// typing) and goes on: a 10 MB message's 130,000 rows never freeze the window. A row not yet
// measured shows one line for a moment.
void TranscriptRowHeights::measureSome()
{
    QHeaderView *header = m_view->verticalHeader();
    const int rows = m_view->model()->rowCount();
    QElapsedTimer slice;
    slice.start();
    // A visible header works out where each resized row is on screen, which recomputes every
    // section's position after the previous resize. With updates off it only records the size;
    // the table repaints the rows once, after the slice.
    const bool updates = header->updatesEnabled();
    header->setUpdatesEnabled(false);
    int row = qMax(0, m_measureFrom);
    for (; row < rows && (row % 64 != 0 || slice.elapsed() < 4); ++row) {
        const int height = rowHeightFor(row);
        if (header->sectionSize(row) != height)
            header->resizeSection(row, height);
    }
    header->setUpdatesEnabled(updates);
    if (row < rows) {
        m_measureFrom = row;
        m_measure->start();
    } else {
        m_measureFrom = -1;
    }
}

void TranscriptRowHeights::resizeAllRows()
{
    m_relayout->stop();
    // Sets every row to one line (even when the default stays the same), then measures the
    // ones that wrap.
    m_view->verticalHeader()->setDefaultSectionSize(lineHeight());
    m_measureFrom = -1;
    m_measure->stop();
    if (m_wrapping)
        resizeRows(0, m_view->model()->rowCount() - 1);
}

void TranscriptRowHeights::scheduleResizeAll()
{
    m_relayout->start();
}

bool TranscriptRowHeights::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FontChange)
        scheduleResizeAll();
    return QObject::eventFilter(watched, event);
}

} // namespace SmtpTutor
