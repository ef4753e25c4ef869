#include "sequencediagramview.h"

#include "diagrampainter.h"
#include "sequencediagramaccessible.h"
#include "session/transcript.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

namespace SmtpTutor {

namespace {
constexpr int kBottomPadding = 10;
} // namespace

SequenceDiagramView::SequenceDiagramView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    static const bool accessibleFactoryInstalled = [] {
        QAccessible::installFactory(&SequenceDiagramAccessible::create);
        return true;
    }();
    Q_UNUSED(accessibleFactoryInstalled);
    setObjectName(QStringLiteral("sequenceDiagramView"));
    setAccessibleName(tr("Sequence diagram of the session"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_geometry.setFont(font());
    m_geometry.update(m_layout);
    setToolTip(tr("Click an arrow to see its transcript line; click a folded reply to open it"));
}

void SequenceDiagramView::setTranscript(Transcript *transcript)
{
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    if (transcript) {
        connect(transcript, &Transcript::entriesAppended, this, &SequenceDiagramView::scheduleSync);
        connect(transcript, &Transcript::cleared, this, &SequenceDiagramView::rebuild);
    }
    m_follow = true;
    rebuild();
}

void SequenceDiagramView::setLanes(const QString &client, const QString &server)
{
    if (client == m_layout.clientLane && server == m_layout.serverLane)
        return;
    m_layout.setLanes(client, server);
    viewport()->update();
}

void SequenceDiagramView::setExpected(const QString &commandLabel)
{
    if (commandLabel == m_layout.expected())
        return;
    m_layout.setExpected(commandLabel);
    relayout(m_layout.firstChangedRow());
}

void SequenceDiagramView::setShowTimes(bool show)
{
    m_geometry.setShowTimes(show);
    viewport()->update();
}

// Many entries may arrive in one turn of the event loop (a pasted message comes in 8 ms slices
// of thousands of lines); the layout reads them once, when the loop is free again.
void SequenceDiagramView::scheduleSync()
{
    if (m_syncQueued)
        return;
    m_syncQueued = true;
    QTimer::singleShot(0, this, &SequenceDiagramView::flushPending);
}

void SequenceDiagramView::flushPending()
{
    m_syncQueued = false;
    if (!m_transcript || m_transcript->size() <= m_layout.entriesRead())
        return;
    m_layout.append(*m_transcript, m_layout.entriesRead(), m_transcript->size() - 1);
    relayout(m_layout.firstChangedRow());
}

void SequenceDiagramView::rebuild()
{
    if (m_transcript)
        m_layout.rebuild(*m_transcript);
    else
        m_layout.clear();
    m_geometry.clearExpanded();
    m_currentRow = -1;
    updateAccessibleDescription();
    relayout(0);
}

void SequenceDiagramView::relayout(qsizetype fromRow)
{
    m_geometry.update(m_layout, fromRow);
    if (m_currentRow >= m_geometry.rowCount())
        m_currentRow = -1;
    updateScrollBar();
    if (m_follow)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
}

void SequenceDiagramView::updateScrollBar()
{
    const int visible = viewport()->height() - m_geometry.headerHeight();
    const int content = m_geometry.contentHeight() + kBottomPadding;
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, qMax(0, content - visible));
    bar->setPageStep(qMax(1, visible));
    bar->setSingleStep(m_geometry.lineSpacing() * 2);
}

void SequenceDiagramView::scrollContentsBy(int, int)
{
    m_follow = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    viewport()->update();
}

qsizetype SequenceDiagramView::currentArrow() const
{
    if (m_currentRow < 0 || m_currentRow >= m_layout.rows().size())
        return -1;
    const DiagramRow &row = m_layout.rows().at(m_currentRow);
    return row.type == DiagramRow::Type::Arrow ? row.index : -1;
}

void SequenceDiagramView::showEntry(qsizetype entry)
{
    flushPending();
    const qsizetype row = m_layout.rowForEntry(entry);
    if (row >= 0)
        setCurrentRow(row);
}

void SequenceDiagramView::setCurrentRow(qsizetype row)
{
    if (row < -1 || row >= m_geometry.rowCount())
        return;
    if (row >= 0)
        ensureRowVisible(row);
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    updateAccessibleDescription();
    viewport()->update();
    Q_EMIT currentRowChanged(row);
}

// A pick by the learner: the row becomes current and its transcript lines are announced.
void SequenceDiagramView::activateRow(qsizetype row)
{
    setCurrentRow(row);
    if (row < 0)
        return;
    const DiagramRow &r = m_layout.rows().at(row);
    if (r.type == DiagramRow::Type::Note) {
        Q_EMIT entriesActivated(m_layout.notes().at(r.index).entry, m_layout.notes().at(r.index).entry);
        return;
    }
    const DiagramArrow &arrow = m_layout.arrows().at(r.index);
    if (arrow.firstEntry >= 0) // the Expected arrow stands for no line yet
        Q_EMIT entriesActivated(arrow.firstEntry, arrow.lastEntry);
}

void SequenceDiagramView::setExpanded(qsizetype arrow, bool expanded)
{
    if (arrow < 0 || arrow >= m_layout.arrows().size() || expanded == isExpanded(arrow))
        return;
    m_geometry.setExpanded(arrow, expanded);
    const qsizetype row = m_layout.rowForEntry(m_layout.arrows().at(arrow).firstEntry);
    const bool follow = m_follow;
    m_follow = false; // opening a reply must not jump to the end
    relayout(qMax<qsizetype>(0, row));
    m_follow = follow && verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    if (row >= 0)
        ensureRowVisible(row);
}

QRect SequenceDiagramView::rowRect(qsizetype row) const
{
    if (row < 0 || row >= m_geometry.rowCount())
        return {};
    const int y = m_geometry.headerHeight() - verticalScrollBar()->value() + m_geometry.rowTop(row);
    return QRect(0, y, viewport()->width(), m_geometry.rowHeight(row));
}

void SequenceDiagramView::ensureRowVisible(qsizetype row)
{
    const int visible = viewport()->height() - m_geometry.headerHeight();
    const int top = m_geometry.rowTop(row);
    const int bottom = top + m_geometry.rowHeight(row);
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (bottom > bar->value() + visible)
        bar->setValue(qMin(top, bottom - visible));
}

qsizetype SequenceDiagramView::nextArrowRow(qsizetype from, int step) const
{
    const QList<DiagramRow> &rows = m_layout.rows();
    for (qsizetype row = from + step; row >= 0 && row < rows.size(); row += step)
        if (rows.at(row).type == DiagramRow::Type::Arrow)
            return row;
    return -1;
}

void SequenceDiagramView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const int width = viewport()->width();
    const int height = viewport()->height();
    const int header = m_geometry.headerHeight();
    const int scroll = verticalScrollBar()->value();
    DiagramPainter::State state{&m_layout, &m_geometry, palette(), width, m_currentRow, hasFocus()};
    DiagramPainter diagram(painter, state);
    painter.save();
    painter.setClipRect(0, header, width, height - header);
    painter.translate(0, header - scroll);
    diagram.paintRows(scroll, scroll + height - header);
    painter.restore();
    diagram.paintHeader();
    if (m_layout.rows().isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(0, header, width, height - header), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The diagram grows here as the session runs."));
    }
}

void SequenceDiagramView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
    if (m_follow)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void SequenceDiagramView::mousePressEvent(QMouseEvent *event)
{
    const int header = m_geometry.headerHeight();
    const int y = int(event->position().y());
    if (event->button() != Qt::LeftButton || y < header)
        return QAbstractScrollArea::mousePressEvent(event);
    const qsizetype row = m_geometry.rowAt(y - header + verticalScrollBar()->value());
    if (row < 0)
        return;
    activateRow(row);
    const qsizetype arrow = currentArrow();
    if (arrow >= 0 && m_layout.arrows().at(arrow).isMultiLineReply())
        setExpanded(arrow, !isExpanded(arrow));
}

void SequenceDiagramView::keyPressEvent(QKeyEvent *event)
{
    const qsizetype rows = m_geometry.rowCount();
    qsizetype target = -1;
    switch (event->key()) {
    case Qt::Key_Up: target = nextArrowRow(m_currentRow < 0 ? rows : m_currentRow, -1); break;
    case Qt::Key_Down: target = nextArrowRow(m_currentRow, 1); break;
    case Qt::Key_Home: target = nextArrowRow(-1, 1); break;
    case Qt::Key_End: target = nextArrowRow(rows, -1); break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        const int page = viewport()->height() - m_geometry.headerHeight();
        const int from = m_currentRow >= 0 ? m_geometry.rowTop(m_currentRow) : verticalScrollBar()->value();
        const int y = qBound(0, from + (event->key() == Qt::Key_PageUp ? -page : page), m_geometry.contentHeight() - 1);
        const qsizetype near = m_geometry.rowAt(y);
        target = nextArrowRow(near - (event->key() == Qt::Key_PageUp ? -1 : 1), event->key() == Qt::Key_PageUp ? -1 : 1);
        break;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: {
        const qsizetype arrow = currentArrow();
        if (arrow >= 0 && m_layout.arrows().at(arrow).isMultiLineReply())
            setExpanded(arrow, !isExpanded(arrow));
        return;
    }
    default:
        return QAbstractScrollArea::keyPressEvent(event);
    }
    if (target >= 0)
        activateRow(target);
}

void SequenceDiagramView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void SequenceDiagramView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void SequenceDiagramView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        const bool times = m_geometry.showTimes();
        m_geometry.setFont(font());
        m_geometry.setShowTimes(times);
        relayout(0);
    } else if (event->type() == QEvent::PaletteChange) {
        viewport()->update();
    }
}

// Screen readers hear the current row as the focused item of the list the view is to them
// (SequenceDiagramAccessible), and as the view's description for those that read only that.
void SequenceDiagramView::updateAccessibleDescription()
{
    QString description;
    if (m_currentRow >= 0 && m_currentRow < m_layout.rows().size()) {
        const DiagramRow &row = m_layout.rows().at(m_currentRow);
        description = row.type == DiagramRow::Type::Arrow ? m_layout.arrows().at(row.index).accessibleName()
                                                          : tr("note: %1").arg(m_layout.notes().at(row.index).text);
        if (hasFocus()) {
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(int(m_currentRow));
            QAccessible::updateAccessibility(&focus);
        }
    }
    if (description == accessibleDescription())
        return;
    setAccessibleDescription(description);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

QImage SequenceDiagramView::renderImage(int width, int maxHeight) const
{
    const int w = width > 0 ? width : qMax(640, viewport()->width());
    const int header = m_geometry.headerHeight();
    const int full = header + m_geometry.contentHeight() + kBottomPadding;
    const bool cut = full > maxHeight;
    const int footer = cut ? m_geometry.lineSpacing() + 12 : 0;
    int contentBottom = m_geometry.contentHeight();
    qsizetype shownRows = m_geometry.rowCount();
    if (cut) {
        shownRows = qMax<qsizetype>(0, m_geometry.rowAt(maxHeight - header - footer - kBottomPadding));
        contentBottom = m_geometry.rowTop(shownRows);
    }
    QImage image(w, header + contentBottom + kBottomPadding + footer, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    DiagramPainter::State state{&m_layout, &m_geometry, palette(), w, -1, false};
    DiagramPainter diagram(painter, state);
    painter.save();
    painter.setClipRect(0, header, w, contentBottom);
    painter.translate(0, header);
    diagram.paintRows(0, contentBottom - 1);
    painter.restore();
    diagram.paintHeader();
    if (cut) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(0, header + contentBottom, w, footer + kBottomPadding), Qt::AlignCenter,
                         tr("... %n more rows: export as SVG or Mermaid for the whole session", nullptr,
                            int(m_geometry.rowCount() - shownRows)));
    }
    return image;
}

} // namespace SmtpTutor
