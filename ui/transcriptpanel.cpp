#include "transcriptpanel.h"

#include "session/transcript.h"
#include "transcriptdetail.h"
#include "transcriptmodel.h"
#include "uihelpers.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTableView>
#include <QVBoxLayout>

namespace SmtpTutor {

TranscriptPanel::TranscriptPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new TranscriptModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QTextBrowser(this))
{
    Ui::name(this, QStringLiteral("transcriptPanel"), tr("Transcript"));
    Ui::name(m_view, QStringLiteral("transcriptView"), tr("Transcript of the session"));
    Ui::name(m_detail, QStringLiteral("transcriptDetail"), tr("Why this line came"));

    m_view->setModel(m_model);
    // A flat table with fixed-height rows: the view never measures rows one by one, and an
    // append only grows the vertical header (a QTreeView would re-layout every row on each insert).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).height() + 4);
    m_view->verticalHeader()->hide();
    m_view->setShowGrid(false);
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
    const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setColumnWidth(TranscriptModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("+0000.000s")) + 16);
    m_view->setColumnWidth(TranscriptModel::MarkColumn, fm.horizontalAdvance(QStringLiteral("====")) + 16);

    auto *copy = new QAction(Ui::themeIcon(QStringLiteral("edit-copy")), tr("Copy selected lines"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TranscriptPanel::copySelection);
    m_view->addAction(copy);

    m_detail->setOpenExternalLinks(false);
    m_detail->setPlaceholderText(tr("Select a line to see why it came."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("transcriptSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({560, 130});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TranscriptPanel::showDetails);
    connect(m_model, &TranscriptModel::rowsFlushed, this, &TranscriptPanel::scrollToEndIfFollowing);
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &QTextBrowser::clear);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_follow = value >= m_view->verticalScrollBar()->maximum();
    });
}

void TranscriptPanel::setTranscript(Transcript *transcript)
{
    m_model->setTranscript(transcript);
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
