#include "referencedock.h"

#include "diagram/mailflowmap.h"
#include "lesson/simulatorsession.h"
#include "reference/commandlinerecipe.h"
#include "reference/referencehtml.h"
#include "reference/commandtextview.h"
#include "reference/explainview.h"
#include "reference/referencecatalog.h"
#include "reference/replycodemodel.h"
#include "reference/wrappingtreedelegate.h"
#include "uihelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>
#include <utility>

namespace SmtpTutor {

namespace {
// Shows some columns of a table only when it is wide enough to read them beside the others; in
// a narrow dock the detail pane below the table has their text for the selected row.
class WideColumns : public QObject
{
public:
    static constexpr int MinimumWidth = 640;

    WideColumns(QTableView *table, QList<int> columns)
        : QObject(table)
        , m_table(table)
        , m_columns(std::move(columns))
    {
        table->installEventFilter(this);
        update();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_table && event->type() == QEvent::Resize)
            update();
        return QObject::eventFilter(watched, event);
    }

private:
    void update()
    {
        const bool wide = m_table->width() >= MinimumWidth;
        for (int column : std::as_const(m_columns))
            m_table->setColumnHidden(column, !wide);
    }

    QTableView *m_table;
    QList<int> m_columns;
};

// Stands in for a tab until it is first painted; then asks for the real page, after that frame.
class LazyPage : public QWidget
{
public:
    LazyPage(std::function<void()> build, QWidget *parent)
        : QWidget(parent)
        , m_build(std::move(build))
    {
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        // Queued, so the frame that shows the placeholder is finished first and never waits
        // for the catalog.
        if (m_build)
            QTimer::singleShot(0, this, std::exchange(m_build, {}));
    }

private:
    std::function<void()> m_build;
};
} // namespace

ReferenceDock::ReferenceDock(SimulatorSession *session, QWidget *parent)
    : QDockWidget(tr("Reference"), parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    Ui::name(this, QStringLiteral("referenceDock"), tr("Reference"));
    Ui::name(m_tabs, QStringLiteral("referenceTabs"), tr("Reference topics"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    const QStringList titles = {tr("Codes"), tr("Ports"), tr("Commands"), tr("Terminal"), tr("Explain")};
    for (int i = 0; i < titles.size(); ++i) {
        // A placeholder until the tab is first painted: the window shows up without waiting
        // for the catalog, and tabs nobody opens are never built.
        m_tabs->addTab(new LazyPage([this, i] { ensureBuilt(i); }, m_tabs), titles.at(i));
        m_built << false;
    }
    setWidget(m_tabs);
}

void ReferenceDock::showTab(Tab tab)
{
    show();
    raise();
    ensureBuilt(tab);
    m_tabs->setCurrentIndex(tab);
}

void ReferenceDock::ensureBuilt(int index)
{
    if (index < 0 || index >= m_built.size() || m_built.at(index))
        return;
    m_built[index] = true;
    QWidget *page = nullptr;
    switch (Tab(index)) {
    case ReplyCodesTab: page = buildReplyCodes(); break;
    case PortsTab: page = buildPorts(); break;
    case CommandsTab: page = buildCommands(); break;
    case CommandLineTab: page = buildCommandLine(); break;
    case ExplainTab: page = buildExplain(); break;
    }
    const QString title = m_tabs->tabText(index);
    const bool current = m_tabs->currentIndex() == index;
    QSignalBlocker blocker(m_tabs);
    QWidget *old = m_tabs->widget(index);
    m_tabs->removeTab(index);
    old->deleteLater();
    m_tabs->insertTab(index, page, title);
    if (current)
        m_tabs->setCurrentIndex(index);
}

QString ReferenceDock::enhancedMeaning(const QString &code)
{
    const auto status = EnhancedStatus::parse(code);
    if (!status)
        return {};
    const EnhancedCodeDescription d = ReferenceCatalog::instance().enhancedCode(*status);
    QString text = d.title;
    if (!d.description.isEmpty())
        text += QStringLiteral(": ") + d.description;
    if (!d.classNote.isEmpty())
        text += QLatin1Char(' ') + d.classNote;
    return text;
}

QString ReferenceDock::replyMeaning(const QString &code)
{
    const ReplyCodeInfo *info = ReferenceCatalog::instance().replyCode(code.toInt());
    if (!info)
        return {};
    return info->action.isEmpty() ? info->meaning : tr("%1. What to do: %2").arg(info->meaning, info->action);
}

QWidget *ReferenceDock::buildReplyCodes()
{
    auto *page = new QWidget;
    auto *filter = new QLineEdit(page);
    Ui::name(filter, QStringLiteral("replyCodeFilter"), tr("Search reply codes"));
    filter->setPlaceholderText(tr("Search: a code (550), an enhanced code (5.1.1) or a word (greylist)"));
    Ui::addClearButton(filter);
    auto *model = new ReplyCodeModel(page);
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setObjectName(QStringLiteral("replyCodeProxy"));
    proxy->setSourceModel(model);
    proxy->setFilterKeyColumn(-1); // every column: codes, words, enhanced codes
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *table = new QTableView(page);
    Ui::name(table, QStringLiteral("replyCodeTable"), tr("Reply codes"));
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(ReplyCodeModel::CodeColumn, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move within it
    // Meanings wrap, and each row is as tall as its text. The codes stay on one line.
    table->setWordWrap(true);
    table->setTextElideMode(Qt::ElideNone);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Stretch);
    columns->setSectionResizeMode(ReplyCodeModel::CodeColumn, QHeaderView::ResizeToContents);
    // Room for two enhanced codes a line; a longer list wraps after its commas.
    columns->setSectionResizeMode(ReplyCodeModel::EnhancedColumn, QHeaderView::Interactive);
    table->setColumnWidth(ReplyCodeModel::EnhancedColumn,
                          table->fontMetrics().horizontalAdvance(QStringLiteral("0.0.0, 0.0.0")) + 16);
    new WideColumns(table, {ReplyCodeModel::CausesColumn, ReplyCodeModel::ActionColumn});
    auto *detail = new QTextBrowser(page);
    Ui::name(detail, QStringLiteral("replyCodeDetail"), tr("About the selected reply code"));
    detail->setPlaceholderText(tr("Select a code to read about it."));
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, detail, [detail](const QModelIndex &index) {
        const ReferenceCatalog &catalog = ReferenceCatalog::instance();
        const ReplyCodeInfo *info = catalog.replyCode(index.data(ReplyCodeModel::CodeRole).toInt());
        if (!info)
            return detail->clear();
        QString html = ReferenceHtml::replyCode(*info, detail->palette());
        for (const QString &code : info->enhancedCodes)
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(code, enhancedMeaning(code).toHtmlEscaped());
        if (!info->example.isEmpty())
            html += tr("<p><b>Example:</b> <code>%1</code></p>").arg(info->example.toHtmlEscaped());
        html += QStringLiteral("<p><i>%1</i></p>").arg(info->reference().toHtmlEscaped());
        detail->setHtml(html);
    });
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(filter);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget *ReferenceDock::buildPorts()
{
    auto *tree = new QTreeWidget;
    Ui::name(tree, QStringLiteral("portTable"), tr("Mail ports"));
    tree->setHeaderLabels({tr("Port"), tr("Name"), tr("Encryption")});
    tree->setRootIsDecorated(true);
    tree->setTabKeyNavigation(false);
    WrappingTreeDelegate::install(tree);
    tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    // What a port is for and what to watch out for are sentences: each reads across the whole
    // row under its port, wrapped. (As a fourth column they sat off to the right of a narrow
    // dock, and the expanded rows looked empty.)
    for (const PortInfo &port : ReferenceCatalog::instance().allPorts()) {
        auto *item = new QTreeWidgetItem(tree, {QString::number(port.port), port.name, port.encryption});
        QStringList lines{tr("Use: %1").arg(port.use)};
        for (const QString &warning : port.watchOut)
            lines << tr("Watch out: %1").arg(warning);
        for (const QString &line : std::as_const(lines)) {
            auto *child = new QTreeWidgetItem(item, {line});
            child->setFirstColumnSpanned(true);
        }
    }
    tree->expandAll();
    for (int c = 0; c < 3; ++c)
        tree->resizeColumnToContents(c);
    // Which port for what, as a picture: the map above the table, with this session's hop lit.
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("portsPage"));
    auto *map = new MailFlowMap(page);
    const auto follow = [this, map] {
        const MailFlowMap::Hop hop = MailFlowMap::hopForPort(m_session->scenario().port);
        if (hop != map->sessionHop()) // keeps the hop the learner picked while the session runs
            map->setSessionHop(hop);
    };
    follow();
    connect(m_session, &SimulatorSession::stateChanged, map, follow);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(map);
    layout->addWidget(tree, 1);
    return page;
}

QWidget *ReferenceDock::buildCommands()
{
    auto *page = new QSplitter(Qt::Vertical);
    auto *tree = new QTreeWidget(page);
    Ui::name(tree, QStringLiteral("commandTable"), tr("SMTP commands"));
    tree->setTabKeyNavigation(false);
    WrappingTreeDelegate::install(tree);
    tree->setHeaderLabels({tr("Command"), tr("Syntax")});
    tree->setRootIsDecorated(false);
    auto *detail = new QTextBrowser(page);
    Ui::name(detail, QStringLiteral("commandDetail"), tr("About the selected command"));
    for (const CommandInfo &info : ReferenceCatalog::instance().allCommands())
        new QTreeWidgetItem(tree, {info.name, info.syntax});
    tree->resizeColumnToContents(0);
    connect(tree, &QTreeWidget::currentItemChanged, detail, [detail](QTreeWidgetItem *item) {
        const CommandInfo *info = item ? ReferenceCatalog::instance().command(item->text(0)) : nullptr;
        if (!info)
            return detail->clear();
        const QString html = ReferenceHtml::command(*info, detail->palette());
        detail->setHtml(html);
    });
    return page;
}

QWidget *ReferenceDock::buildCommandLine()
{
    auto *page = new QWidget;
    auto *text = new CommandTextView(page);
    Ui::name(text, QStringLiteral("commandLineRecipes"), tr("Commands that replay this session"));
    auto *copy = new QPushButton(Ui::themeIcon(QStringLiteral("edit-copy")), tr("Copy"), page);
    Ui::name(copy, QStringLiteral("copyRecipesButton"), tr("Copy the commands"));
    auto refresh = [this, text] { text->setCommands(CommandLineRecipe::forSession(*m_session).toText()); };
    connect(m_session, &SimulatorSession::stateChanged, text, refresh);
    connect(copy, &QPushButton::clicked, text, [text] { QApplication::clipboard()->setText(text->commands()); });
    refresh();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(text, 1);
    layout->addWidget(copy, 0, Qt::AlignRight);
    return page;
}

QWidget *ReferenceDock::buildExplain()
{
    return new ExplainView;
}

} // namespace SmtpTutor
