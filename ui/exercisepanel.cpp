#include "exercisepanel.h"

#include "reference/referencecatalog.h"
#include "uihelpers.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SmtpTutor {

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

    auto *layout = new QVBoxLayout(this);
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

void ExercisePanel::setSeed(quint32 seed)
{
    m_generator = std::make_unique<ExerciseGenerator>(ReferenceCatalog::instance(), seed);
    m_score = {};
    nextQuestion();
}

void ExercisePanel::ensureGenerator()
{
    if (!m_generator)
        m_generator = std::make_unique<ExerciseGenerator>(ReferenceCatalog::instance());
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
        auto *button = new QPushButton(m_question.choices.at(i), this);
        Ui::name(button, QStringLiteral("choiceButton%1").arg(i), tr("Answer %1").arg(i + 1));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px;"));
        button->setToolTip(m_question.choices.at(i));
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
        m_choiceButtons.at(i)->setEnabled(false);
        if (i == m_question.answer)
            m_choiceButtons.at(i)->setText(QStringLiteral("✓ ") + m_question.choices.at(i));
        else if (i == choice)
            m_choiceButtons.at(i)->setText(QStringLiteral("✗ ") + m_question.choices.at(i));
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
