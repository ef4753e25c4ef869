#include "transcriptpanel.h"

#include "diagram/sequencediagramview.h"
#include "session/transcript.h"
#include "transcriptdetail.h"
#include "transcriptmodel.h"
#include "uihelpers.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace SmtpTutor {

TranscriptPanel::TranscriptPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TranscriptModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_diagram(new SequenceDiagramView(this))
    , m_viewSplitter(new QSplitter(Qt::Horizontal, this))
{
    Ui::name(this, QStringLiteral("transcriptPanel"), tr("Transcript"));
    Ui::name(m_view, QStringLiteral("transcriptView"), tr("Transcript of the session"));
    Ui::name(m_detail, QStringLiteral("transcriptDetail"), tr("Why this line came"));

    setUpTable();
    m_detail->setOpenExternalLinks(false);
    m_detail->setPlaceholderText(tr("Select a line to see why it came."));

    // The table and the diagram side by side; the learner may keep only one of them.
    m_viewSplitter->setObjectName(QStringLiteral("transcriptDiagramSplitter"));
    m_viewSplitter->addWidget(m_view);
    m_viewSplitter->addWidget(m_diagram);
    m_viewSplitter->setChildrenCollapsible(false);
    m_viewSplitter->setStretchFactor(0, 1);
    m_viewSplitter->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("transcriptSplitter"));
    splitter->addWidget(m_viewSplitter);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 130});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createModeBar());
    layout->addWidget(splitter, 1);

    connectViews();
    connect(m_viewSplitter, &QSplitter::splitterMoved, this, &TranscriptPanel::saveLayout);
    restoreLayout();
}

// The table of wire lines: fixed-height rows, a copy action, columns sized for the time and mark.
void TranscriptPanel::setUpTable()
{
    m_view->setModel(m_model);
    // A flat table with fixed-height rows: the view never measures rows one by one, and an
    // append only grows the vertical header (a QTreeView would re-layout every row on each insert).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->verticalHeader()->setDefaultSectionSize(fm.height() + 4);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move within it
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(TranscriptModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("+0000.000s")) + 16);
    m_view->setColumnWidth(TranscriptModel::MarkColumn, fm.horizontalAdvance(QStringLiteral("====")) + 16);

    auto *copy = new QAction(Ui::themeIcon(QStringLiteral("edit-copy")), tr("Copy selected lines"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TranscriptPanel::copySelection);
    m_view->addAction(copy);

}

void TranscriptPanel::connectViews()
{
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TranscriptPanel::showDetails);
    connect(m_model, &TranscriptModel::rowsFlushed, this, &TranscriptPanel::scrollToEndIfFollowing);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &QTextBrowser::clear);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_follow = value >= m_view->verticalScrollBar()->maximum();
    });
    // Linked: an arrow picked in the diagram selects its lines; a line selected in the table
    // highlights its arrow (showEntry emits nothing back, so the two never loop).
    connect(m_diagram, &SequenceDiagramView::entriesActivated, this, &TranscriptPanel::selectEntries);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_diagram,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_diagram->showEntry(current.row());
            });
}

QWidget *TranscriptPanel::createModeBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("transcriptModeBar"));
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Show:"), bar);
    row->addWidget(label);
    m_modeButtons = new QButtonGroup(this);
    m_modeButtons->setExclusive(true);
    const struct
    {
        ViewMode mode;
        QString name;
        QString text;
        QString tip;
    } modes[] = {
        {ViewMode::Both, QStringLiteral("showBothButton"), tr("Both"), tr("The transcript and the diagram side by side")},
        {ViewMode::TranscriptOnly, QStringLiteral("showTranscriptButton"), tr("Transcript"), tr("Only the transcript lines")},
        {ViewMode::DiagramOnly, QStringLiteral("showDiagramButton"), tr("Diagram"), tr("Only the sequence diagram")},
    };
    for (const auto &mode : modes) {
        auto *button = new QToolButton(bar);
        Ui::name(button, mode.name, mode.tip);
        button->setText(mode.text);
        button->setToolTip(mode.tip);
        button->setCheckable(true);
        button->setAutoRaise(true);
        m_modeButtons->addButton(button, int(mode.mode));
        row->addWidget(button);
    }
    label->setBuddy(m_modeButtons->button(int(ViewMode::Both)));
    row->addStretch(1);
    m_modeButtons->button(int(m_mode))->setChecked(true);
    connect(m_modeButtons, &QButtonGroup::idClicked, this, [this](int id) {
        setViewMode(ViewMode(id));
        saveLayout();
    });
    return bar;
}

// Side by side needs room for a whole reply line (a 450 greylisting text runs to about 450 px)
// and two lanes. Below that (a laptop window, the practice server's session view) the table
// keeps the full width and the diagram goes below it, so a reply is never cut to a few words.
void TranscriptPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const Qt::Orientation wanted = width() >= 900 ? Qt::Horizontal : Qt::Vertical;
    if (m_viewSplitter->orientation() != wanted)
        m_viewSplitter->setOrientation(wanted);
}

void TranscriptPanel::setViewMode(ViewMode mode)
{
    m_mode = mode;
    m_view->setVisible(mode != ViewMode::DiagramOnly);
    m_diagram->setVisible(mode != ViewMode::TranscriptOnly);
    if (QAbstractButton *button = m_modeButtons->button(int(mode)))
        button->setChecked(true);
}

void TranscriptPanel::setSettingsKey(const QString &key)
{
    m_settingsKey = key;
    restoreLayout();
}

void TranscriptPanel::restoreLayout()
{
    const QSettings settings;
    const int mode = settings.value(m_settingsKey + QStringLiteral("/viewMode"), int(ViewMode::Both)).toInt();
    setViewMode(mode >= 0 && mode <= int(ViewMode::DiagramOnly) ? ViewMode(mode) : ViewMode::Both);
    if (!m_viewSplitter->restoreState(settings.value(m_settingsKey + QStringLiteral("/viewSplitter")).toByteArray()))
        m_viewSplitter->setSizes({1, 1});
}

void TranscriptPanel::saveLayout() const
{
    QSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/viewMode"), int(m_mode));
    settings.setValue(m_settingsKey + QStringLiteral("/viewSplitter"), m_viewSplitter->saveState());
}

void TranscriptPanel::setTranscript(Transcript *transcript)
{
    m_model->setTranscript(transcript);
    m_diagram->setTranscript(transcript);
}

void TranscriptPanel::setLanes(const QString &client, const QString &server)
{
    m_diagram->setLanes(client, server);
}

// The lines of the arrow picked in the diagram. The current line is the one that explains it:
// a reply's last line (where the transcript keeps why it came), else the first.
void TranscriptPanel::selectEntries(qsizetype first, qsizetype last)
{
    m_model->flushPending();
    const int rows = m_model->rowCount();
    if (first < 0 || first >= rows)
        return;
    last = qBound(first, last, qsizetype(rows - 1));
    const TranscriptEntry *e = m_model->entry(int(first));
    const qsizetype current = e && e->direction == Direction::Server ? last : first;
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex currentIndex = m_model->index(int(current), 0);
    selection->setCurrentIndex(currentIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(QItemSelection(m_model->index(int(first), 0), m_model->index(int(last), TranscriptModel::ColumnCount - 1)),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(int(first), 0));
}

void TranscriptPanel::setLookups(Lookup enhancedMeaning, Lookup replyMeaning)
{
    m_enhancedMeaning = std::move(enhancedMeaning);
    m_replyMeaning = std::move(replyMeaning);
}

void TranscriptPanel::scrollToEndIfFollowing()
{
    if (m_follow)
        m_view->scrollToBottom();
}

QString TranscriptPanel::selectedText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex &index : rows) {
        const TranscriptEntry *e = m_model->entry(index.row());
        if (!e)
            continue;
        lines << QStringLiteral("[+%1s] %2 %3")
                     .arg(double(e->elapsedMs) / 1000.0, 0, 'f', 3)
                     .arg(Transcript::mark(e->direction, e->tls), e->text);
    }
    return lines.join(QLatin1Char('\n'));
}

void TranscriptPanel::copySelection()
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void TranscriptPanel::showDetails()
{
    const int row = m_view->currentIndex().row();
    if (!m_model->entry(row) || !m_model->transcript()) {
        m_detail->clear();
        return;
    }
    m_detail->setHtml(TranscriptDetail(m_enhancedMeaning, m_replyMeaning).html(m_model->transcript()->entries(), row, palette()));
}

} // namespace SmtpTutor
