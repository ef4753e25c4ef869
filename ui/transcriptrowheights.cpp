#include "transcriptrowheights.h"

#include "transcriptitemdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTextLayout>
#include <QTimer>

namespace SmtpTutor {

TranscriptRowHeights::TranscriptRowHeights(QTableView *view, int textColumn, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_column(textColumn)
    , m_relayout(new QTimer(this))
{
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(30); // a window being dragged wider re-measures once it rests
    connect(m_relayout, &QTimer::timeout, this, &TranscriptRowHeights::resizeAllRows);
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
    if (metrics.horizontalAdvance(text.left(4096)) <= width)
        return single;
    // A text longer than MaxLines full lines needs MaxLines, whatever its words: no layout
    // for a 10 MB line.
    const int perLine = qMax(1, width / qMax(1, metrics.averageCharWidth()));
    int lines = MaxLines;
    if (text.size() <= qsizetype(MaxLines) * perLine) {
        // Wrapped as the view draws it: at word boundaries, or anywhere in a word too long.
        QTextLayout layout(text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        lines = 0;
        for (QTextLine line = layout.createLine(); line.isValid() && lines < MaxLines;
             line = layout.createLine()) {
            line.setLineWidth(width);
            ++lines;
        }
        layout.endLayout();
    }
    return qMax(1, lines) * metrics.height() + 4;
}

void TranscriptRowHeights::resizeRows(int first, int last)
{
    QHeaderView *header = m_view->verticalHeader();
    const int single = lineHeight();
    for (int row = first; row <= last; ++row) {
        const int height = m_wrapping ? rowHeightFor(row) : single;
        if (header->sectionSize(row) != height)
            header->resizeSection(row, height);
    }
}

void TranscriptRowHeights::resizeAllRows()
{
    m_relayout->stop();
    m_view->verticalHeader()->setDefaultSectionSize(lineHeight());
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
