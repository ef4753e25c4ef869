#include "exercisepanel.h"

#include "cardscrollarea.h"
#include "exercisechoiceview.h"
#include "exercisecommandview.h"
#include "exerciseorderview.h"
#include "exercisescorepage.h"
#include "lesson/exercisegenerator.h"
#include "reference/referencecatalog.h"
#include "uihelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {
// The panel's pages and answer views sit in a plain box and only the current one is shown: a
// QStackedWidget would be as tall as its tallest page (its height-for-width asks every page,
// shown or not), which stretched four one-line answers to fill an eight-line ordering's room.
QWidget *pageBox(QWidget *parent, const QString &objectName)
{
    auto *box = new QWidget(parent);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    return box;
}

void addPage(QWidget *box, QWidget *page)
{
    page->setParent(box);
    box->layout()->addWidget(page);
}

void showPage(QWidget *box, QWidget *page)
{
    QLayout *layout = box->layout();
    for (int i = 0; i < layout->count(); ++i) {
        if (QWidget *each = layout->itemAt(i)->widget())
            each->setVisible(each == page);
    }
}
} // namespace

ExercisePanel::ExercisePanel(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_progressLabel(new QLabel(this))
    , m_scoreLabel(new QLabel(this))
    , m_pages(pageBox(this, QStringLiteral("exercisePages")))
    , m_scorePage(new ExerciseScorePage(this))
{
    Ui::name(this, QStringLiteral("exercisePanel"), tr("Exercises"));
    Ui::name(m_kind, QStringLiteral("exerciseKindComboBox"), tr("Kind of question"));
    Ui::name(m_progressLabel, QStringLiteral("exerciseProgressLabel"), tr("Question number"));
    Ui::name(m_scoreLabel, QStringLiteral("exerciseScoreLabel"), tr("Score"));
    m_kind->addItem(tr("Mixed"), -1);
    for (ExerciseQuestion::Kind kind : ExerciseQuestion::allKinds())
        m_kind->addItem(ExerciseQuestion::kindTitle(kind), int(kind));
    m_kind->setStatusTip(tr("Choosing a kind starts a new round"));

    auto *intro = new QLabel(tr("Rounds of %1 questions drawn from the reference: reply codes, ports, "
                                "the order of a session, typing a command, and whether a failure is "
                                "worth retrying.").arg(ExerciseRound::DefaultLength), this);
    intro->setObjectName(QStringLiteral("exerciseIntro"));
    intro->setWordWrap(true);
    auto *kindLabel = new QLabel(tr("&Questions:"), this);
    kindLabel->setObjectName(QStringLiteral("exerciseKindLabel"));
    kindLabel->setBuddy(m_kind);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progressLabel);
    statusRow->addStretch(1);
    statusRow->addWidget(m_scoreLabel);

    m_questionPage = createQuestionPage();
    addPage(m_pages, m_questionPage);
    addPage(m_pages, m_scorePage);
    showPage(m_pages, m_questionPage);
    // The page scrolls rather than cuts when the dock is short (a long session to order).
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_pages);
    contentLayout->addStretch(1);
    auto *scroll = new CardScrollArea(this);
    scroll->setObjectName(QStringLiteral("exerciseScrollArea"));
    scroll->setCard(content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(kindRow);
    layout->addLayout(statusRow);
    layout->addWidget(scroll, 1);

    if (parent)
        parent->installEventFilter(this);
    connect(m_kind, &QComboBox::activated, this, &ExercisePanel::startRound);
    connect(m_scorePage, &ExerciseScorePage::retryRequested, this, &ExercisePanel::retryMissed);
    connect(m_scorePage, &ExerciseScorePage::newRoundRequested, this, &ExercisePanel::startRound);
    updateStatus();
}

ExercisePanel::~ExercisePanel() = default;

QWidget *ExercisePanel::createQuestionPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("exerciseQuestionPage"));
    m_prompt = new QLabel(page);
    m_answerViews = pageBox(page, QStringLiteral("exerciseAnswerViews"));
    m_choices = new ExerciseChoiceView(m_answerViews);
    m_order = new ExerciseOrderView(m_answerViews);
    m_command = new ExerciseCommandView(m_answerViews);
    m_result = new QLabel(page);
    m_next = new QPushButton(Ui::themeIcon(QStringLiteral("media-skip-forward")), tr("&Next question"), page);
    Ui::name(m_prompt, QStringLiteral("exercisePrompt"), tr("Question"));
    Ui::name(m_result, QStringLiteral("exerciseResult"), tr("Answer"));
    Ui::name(m_next, QStringLiteral("nextQuestionButton"), tr("Next question"));
    for (QWidget *view : {static_cast<QWidget *>(m_choices), static_cast<QWidget *>(m_order), static_cast<QWidget *>(m_command)})
        addPage(m_answerViews, view);
    showPage(m_answerViews, m_choices); // empty until the first round: nothing shows
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.1);
    promptFont.setBold(true);
    m_prompt->setFont(promptFont);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_next->setAutoDefault(true); // Enter on it, as after every answer, goes on
    m_next->setToolTip(tr("Next question (Enter)"));
    m_next->setStatusTip(tr("Go on to the next question of the round"));

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prompt);
    layout->addWidget(m_answerViews);
    layout->addWidget(m_result);
    layout->addWidget(m_next, 0, Qt::AlignRight);

    connect(m_next, &QPushButton::clicked, this, &ExercisePanel::nextQuestion);
    connect(m_choices, &ExerciseChoiceView::chosen, this, &ExercisePanel::answer);
    connect(m_order, &ExerciseOrderView::orderSubmitted, this,
            [this](const QStringList &order) { submitAnswer(ExerciseAnswer::ordering(order)); });
    connect(m_command, &ExerciseCommandView::commandSubmitted, this,
            [this](const QString &line) { submitAnswer(ExerciseAnswer::typing(line)); });
    connect(m_command, &ExerciseCommandView::emptySubmitted, this,
            [this] { m_result->setText(tr("Type the command first, then press Enter.").toHtmlEscaped()); });
    return page;
}

void ExercisePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    startWhenOnScreen();
}

bool ExercisePanel::eventFilter(QObject *watched, QEvent *event)
{
    // A dock behind another dock's tab is not hidden: it is "visible" but moved off the window,
    // and clicking its tab only moves it back (no show event). So the dock's moves count too.
    if (watched == parentWidget() && (event->type() == QEvent::Move || event->type() == QEvent::Resize))
        startWhenOnScreen();
    return QWidget::eventFilter(watched, event);
}

bool ExercisePanel::event(QEvent *event)
{
    // The last resort: whatever made the panel appear, a paint means it is on screen.
    if (event->type() == QEvent::Paint && m_round.isEmpty())
        QMetaObject::invokeMethod(this, &ExercisePanel::startWhenOnScreen, Qt::QueuedConnection);
    return QWidget::event(event);
}

void ExercisePanel::startWhenOnScreen()
{
    // The first round starts when the panel is really on screen, so the exercise data and the
    // question's widgets cost nothing at start-up for someone who never opens the exercises,
    // and the panel never shows an empty page.
    if (m_round.isEmpty() && isVisible() && !visibleRegion().isEmpty())
        startRound();
}

void ExercisePanel::setSeed(quint32 seed)
{
    m_generator = std::make_unique<ExerciseGenerator>(ReferenceCatalog::instance(), seed);
    startRound();
}

void ExercisePanel::ensureGenerator()
{
    if (m_generator)
        return;
    // SMTP_TUTOR_EXERCISE_SEED makes the questions repeatable (screenshots, bug reports).
    bool seeded = false;
    const quint32 seed = qEnvironmentVariableIntValue("SMTP_TUTOR_EXERCISE_SEED", &seeded);
    m_generator = seeded ? std::make_unique<ExerciseGenerator>(ReferenceCatalog::instance(), seed)
                         : std::make_unique<ExerciseGenerator>(ReferenceCatalog::instance());
}

void ExercisePanel::startRound()
{
    ensureGenerator();
    const int kind = m_kind->currentData().toInt();
    const std::optional<ExerciseQuestion::Kind> chosen
        = kind < 0 ? std::nullopt : std::optional(ExerciseQuestion::Kind(kind));
    beginRound(ExerciseRound(m_generator->draw(chosen, ExerciseRound::DefaultLength)));
}

void ExercisePanel::retryMissed()
{
    if (!m_round.isFinished() || m_round.missed().isEmpty())
        return;
    beginRound(m_round.retryMissed());
}

void ExercisePanel::beginRound(ExerciseRound round)
{
    const bool takeFocus = hasFocusInside();
    m_round = std::move(round);
    if (m_round.isFinished()) // no data at all: say so rather than show nothing
        showScorePage(takeFocus);
    else
        showCurrent(takeFocus);
}

const ExerciseQuestion &ExercisePanel::question() const
{
    static const ExerciseQuestion none;
    const ExerciseQuestion *current = m_round.current();
    return current ? *current : none;
}

void ExercisePanel::showCurrent(bool takeFocus)
{
    const ExerciseQuestion &q = question();
    showPage(m_pages, m_questionPage);
    m_prompt->setText(q.prompt);
    m_result->clear();
    m_next->setEnabled(false);
    switch (q.kind) {
    case ExerciseQuestion::Kind::CommandOrder:
        m_order->setQuestion(q);
        showPage(m_answerViews, m_order);
        if (takeFocus)
            m_order->focusList();
        break;
    case ExerciseQuestion::Kind::TypeCommand:
        m_command->setQuestion(q);
        showPage(m_answerViews, m_command);
        if (takeFocus)
            m_command->focusLine();
        break;
    default:
        m_choices->setQuestion(q);
        showPage(m_answerViews, m_choices);
        if (takeFocus)
            m_choices->focusFirstChoice();
        break;
    }
    updateStatus();
    settleLayout();
}

void ExercisePanel::settleLayout()
{
    // The new question's controls get their size now, not on the next turn of the event loop:
    // a click or a key that comes before it (a test, a fast learner) finds them where they show.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void ExercisePanel::answer(int choice)
{
    if (choice < 0 || choice >= question().choices.size())
        return;
    submitAnswer(ExerciseAnswer::choosing(choice));
}

void ExercisePanel::submitAnswer(const ExerciseAnswer &given)
{
    if (m_round.isFinished() || m_round.isCurrentAnswered())
        return;
    const std::optional<ExerciseVerdict> verdict = m_round.submit(given);
    if (verdict)
        showVerdict(*verdict, given);
}

void ExercisePanel::showVerdict(const ExerciseVerdict &verdict, const ExerciseAnswer &given)
{
    const ExerciseQuestion &q = question();
    switch (q.kind) {
    case ExerciseQuestion::Kind::CommandOrder: m_order->showVerdict(q); break;
    case ExerciseQuestion::Kind::TypeCommand: m_command->showVerdict(verdict.correct); break;
    default: m_choices->showVerdict(q, given.choice); break;
    }
    m_result->setText(verdictHtml(verdict));
    m_next->setText(m_round.position() + 1 < m_round.size() ? tr("&Next question") : tr("&See the score"));
    m_next->setEnabled(true);
    m_next->setFocus(Qt::OtherFocusReason); // Enter goes on
    updateStatus();
}

QString ExercisePanel::verdictHtml(const ExerciseVerdict &verdict) const
{
    const ExerciseQuestion &q = question();
    const auto paragraph = [](const QString &text) {
        return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    };
    const QColor color = Ui::replyClassColor(verdict.correct ? 200 : 500, palette());
    QString html = QStringLiteral("<p><b style=\"color:%1\">%2</b></p>")
                       .arg(color.name(), verdict.correct ? tr("Right!") : tr("Not quite."));
    if (!verdict.feedback.isEmpty())
        html += paragraph(verdict.feedback);
    if (q.kind == ExerciseQuestion::Kind::CommandOrder && !verdict.correct) {
        html += QStringLiteral("<p>%1</p><ol>").arg(tr("The right order:").toHtmlEscaped());
        for (const QString &command : q.correctOrder)
            html += QStringLiteral("<li><code>%1</code></li>").arg(command.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    return html + paragraph(q.explanation);
}

void ExercisePanel::nextQuestion()
{
    if (!m_round.advance())
        return;
    const bool takeFocus = hasFocusInside();
    if (m_round.isFinished())
        showScorePage(takeFocus);
    else
        showCurrent(takeFocus);
}

void ExercisePanel::showScorePage(bool takeFocus)
{
    m_scorePage->showRound(m_round);
    showPage(m_pages, m_scorePage);
    if (takeFocus)
        m_scorePage->focusDefaultButton();
    updateStatus();
    settleLayout();
}

void ExercisePanel::keyPressEvent(QKeyEvent *event)
{
    // Keys that reach the panel were not used by the focused control (a line edit keeps digits,
    // a list its arrows). 1-9 answer a multiple-choice question; after an answer Enter goes on.
    const ExerciseQuestion &q = question();
    const int key = event->key();
    if (!m_round.isFinished() && !m_round.isCurrentAnswered() && q.isMultipleChoice() && key >= Qt::Key_1
        && key <= Qt::Key_9 && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        answer(key - Qt::Key_1);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_round.isCurrentAnswered()) {
        nextQuestion();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ExercisePanel::updateStatus()
{
    if (m_round.isEmpty())
        m_progressLabel->clear();
    else if (m_round.isFinished())
        m_progressLabel->setText(tr("Round complete"));
    else
        m_progressLabel->setText(tr("Question %1 of %2").arg(m_round.position() + 1).arg(m_round.size()));
    m_scoreLabel->setText(tr("Score: %1 of %2").arg(score().correct).arg(score().answered));
}

bool ExercisePanel::hasFocusInside() const
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == this || isAncestorOf(focus));
}

} // namespace SmtpTutor
