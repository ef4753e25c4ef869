#include "exercisescorepage.h"

#include "uihelpers.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace SmtpTutor {

ExerciseScorePage::ExerciseScorePage(QWidget *parent)
    : QWidget(parent)
    , m_score(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_missed(new QLabel(this))
    , m_retry(new QPushButton(Ui::themeIcon(QStringLiteral("view-refresh")), tr("&Retry the missed questions"), this))
    , m_newRound(new QPushButton(Ui::themeIcon(QStringLiteral("media-skip-forward")), tr("&New round"), this))
{
    Ui::name(this, QStringLiteral("exerciseScorePage"), tr("Round score"));
    Ui::name(m_score, QStringLiteral("exerciseFinalScoreLabel"), tr("Score of the round"));
    Ui::name(m_verdict, QStringLiteral("exerciseVerdictLabel"), tr("How the round went"));
    Ui::name(m_missed, QStringLiteral("exerciseMissedLabel"), tr("Questions missed"));
    Ui::name(m_retry, QStringLiteral("retryMissedButton"), tr("Retry the missed questions"));
    Ui::name(m_newRound, QStringLiteral("newRoundButton"), tr("New round"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_score->setFont(big);
    m_verdict->setWordWrap(true);
    m_missed->setWordWrap(true);
    m_missed->setTextFormat(Qt::RichText);
    m_missed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setAutoDefault(true);
    m_newRound->setAutoDefault(true);
    m_retry->setStatusTip(tr("Ask again exactly the questions answered wrongly"));
    m_newRound->setStatusTip(tr("Draw a new round of questions"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_newRound);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_score);
    layout->addWidget(m_verdict);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_missed);
    layout->addStretch(1);

    connect(m_retry, &QPushButton::clicked, this, &ExerciseScorePage::retryRequested);
    connect(m_newRound, &QPushButton::clicked, this, &ExerciseScorePage::newRoundRequested);
}

void ExerciseScorePage::showRound(const ExerciseRound &round)
{
    const ExerciseScore &score = round.score();
    m_score->setText(tr("%1 of %2 right").arg(score.correct).arg(round.size()));
    const QList<ExerciseQuestion> missed = round.missed();
    m_retry->setVisible(!missed.isEmpty());
    m_retry->setText(tr("&Retry the %n missed", nullptr, int(missed.size())));
    if (missed.isEmpty()) {
        m_verdict->setText(tr("Every answer right. A new round draws other questions."));
        m_missed->clear();
        m_missed->hide();
        return;
    }
    m_verdict->setText(tr("Retry the ones you missed until they stick, or start a new round."));
    QString html = QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Missed:").toHtmlEscaped());
    for (const ExerciseQuestion &question : missed) {
        // Commands are protocol text and look it; meanings and uses are plain words.
        const QString answer = question.rightAnswerText().toHtmlEscaped();
        html += QStringLiteral("<li><p>%1<br><i>%2</i> %3</p></li>")
                    .arg(question.prompt.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                         tr("Right answer:").toHtmlEscaped(),
                         question.isMultipleChoice() ? answer : QStringLiteral("<code>%1</code>").arg(answer));
    }
    m_missed->setText(html + QStringLiteral("</ol>"));
    m_missed->show();
}

void ExerciseScorePage::focusDefaultButton()
{
    (m_retry->isHidden() ? m_newRound : m_retry)->setFocus(Qt::OtherFocusReason);
}

} // namespace SmtpTutor
