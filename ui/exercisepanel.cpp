#include "exercisepanel.h"

#include "reference/referencecatalog.h"
#include "uihelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {
// A push button whose text wraps: port uses and command orders are sentences, not words.
class ChoiceButton : public QPushButton
{
public:
    ChoiceButton(const QString &text, QWidget *parent)
        : QPushButton(parent)
        , m_label(new QLabel(text, this))
    {
        m_label->setWordWrap(true);
        m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->addWidget(m_label);
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
        setToolTip(text);
    }
    // Right or wrong is shown in the reply colours (green, red) on the label's text only.
    void mark(const QString &text, const QColor &color)
    {
        m_label->setTextFormat(Qt::RichText);
        m_label->setText(QStringLiteral("<b style=\"color:%1\">%2</b>").arg(color.name(), text.toHtmlEscaped()));
    }
    QString choiceText() const { return m_label->text(); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return m_label->heightForWidth(width - 20) + 12; }
    QSize sizeHint() const override
    {
        const QSize label = m_label->sizeHint();
        return {std::min(label.width() + 20, 320), heightForWidth(std::min(label.width() + 20, 320))};
    }
    QSize minimumSizeHint() const override { return {80, m_label->fontMetrics().height() + 12}; }

private:
    QLabel *m_label;
};
} // namespace

ExercisePanel::ExercisePanel(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_scoreLabel(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_choicesLayout(new QVBoxLayout)
    , m_result(new QLabel(this))
    , m_next(new QPushButton(Ui::themeIcon(QStringLiteral("media-skip-forward")), tr("Next question"), this))
{
    Ui::name(this, QStringLiteral("exercisePanel"), tr("Exercises"));
    Ui::name(m_kind, QStringLiteral("exerciseKindComboBox"), tr("Kind of question"));
    Ui::name(m_scoreLabel, QStringLiteral("exerciseScoreLabel"), tr("Score"));
    Ui::name(m_prompt, QStringLiteral("exercisePrompt"), tr("Question"));
    Ui::name(m_result, QStringLiteral("exerciseResult"), tr("Answer"));
    Ui::name(m_next, QStringLiteral("nextQuestionButton"), tr("Next question"));
    m_kind->addItem(tr("Mixed"), -1);
    for (auto kind : {ExerciseQuestion::Kind::ReplyCodeMeaning, ExerciseQuestion::Kind::PortUse,
                      ExerciseQuestion::Kind::CommandOrder, ExerciseQuestion::Kind::TemporaryOrPermanent})
        m_kind->addItem(ExerciseQuestion::kindTitle(kind), int(kind));
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.1);
    promptFont.setBold(true);
    m_prompt->setFont(promptFont);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_next->setStatusTip(tr("Draw another question"));

    auto *intro = new QLabel(tr("Quick questions drawn from the reference: reply codes, ports, the order of "
                                "commands, and whether a failure is worth retrying."), this);
    intro->setObjectName(QStringLiteral("exerciseIntro"));
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_kind);
    layout->addWidget(m_scoreLabel);
    layout->addSpacing(6);
    layout->addWidget(m_prompt);
    layout->addLayout(m_choicesLayout);
    layout->addWidget(m_result);
    layout->addWidget(m_next, 0, Qt::AlignRight);
    layout->addStretch(1);

    connect(m_next, &QPushButton::clicked, this, &ExercisePanel::nextQuestion);
    connect(m_kind, &QComboBox::activated, this, &ExercisePanel::nextQuestion);
    updateScore();
}

void ExercisePanel::showEvent(QShowEvent *event)
{
    // The first question is drawn when the panel is really looked at (a tabbed dock is shown for
    // a moment at start-up even when another tab is on top): the catalog loads lazily.
    if (m_question.prompt.isEmpty())
        QTimer::singleShot(30, this, [this] {
            if (isVisible() && !visibleRegion().isEmpty() && m_question.prompt.isEmpty())
                nextQuestion();
        });
    QWidget::showEvent(event);
}

void ExercisePanel::setSeed(quint32 seed)
{
    m_generator = std::make_unique<ExerciseGenerator>(ReferenceCatalog::instance(), seed);
    m_score = {};
    nextQuestion();
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

void ExercisePanel::nextQuestion()
{
    ensureGenerator();
    const int kind = m_kind->currentData().toInt();
    m_question = kind < 0 ? m_generator->next() : m_generator->next(ExerciseQuestion::Kind(kind));
    m_answered = false;
    showQuestion();
}

void ExercisePanel::showQuestion()
{
    qDeleteAll(m_choiceButtons);
    m_choiceButtons.clear();
    m_prompt->setText(m_question.prompt);
    for (int i = 0; i < m_question.choices.size(); ++i) {
        auto *button = new ChoiceButton(m_question.choices.at(i), this);
        Ui::name(button, QStringLiteral("choiceButton%1").arg(i), tr("Answer %1: %2").arg(i + 1).arg(m_question.choices.at(i)));
        connect(button, &QPushButton::clicked, this, [this, i] { answer(i); });
        m_choicesLayout->addWidget(button);
        m_choiceButtons << button;
    }
    m_result->clear();
}

void ExercisePanel::answer(int choice)
{
    if (m_answered || choice < 0 || choice >= m_question.choices.size())
        return;
    m_answered = true;
    const bool right = m_question.isCorrect(choice);
    m_score.record(right);
    for (int i = 0; i < m_choiceButtons.size(); ++i) {
        auto *button = static_cast<ChoiceButton *>(m_choiceButtons.at(i));
        if (i == m_question.answer) {
            button->mark(QStringLiteral("✓ ") + m_question.choices.at(i), Ui::replyClassColor(200, palette()));
        } else if (i == choice) {
            button->mark(QStringLiteral("✗ ") + m_question.choices.at(i), Ui::replyClassColor(500, palette()));
        } else {
            button->setEnabled(false); // the answer stays readable; the others step back
        }
    }
    const QColor color = Ui::replyClassColor(right ? 200 : 500, palette());
    m_result->setText(QStringLiteral("<b style=\"color:%1\">%2</b> %3")
                          .arg(color.name(), right ? tr("Right!") : tr("Not quite."), m_question.explanation.toHtmlEscaped()));
    updateScore();
}

void ExercisePanel::updateScore()
{
    m_scoreLabel->setText(tr("Score: %1 of %2").arg(m_score.correct).arg(m_score.answered));
}

} // namespace SmtpTutor
