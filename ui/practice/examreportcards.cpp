#include "examreportcards.h"

#include "examreportcard.h"
#include "uihelpers.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace SmtpTutor {

ExamReportCards::ExamReportCards(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_list(new QWidget(m_scroll))
    , m_listLayout(new QVBoxLayout(m_list))
{
    Ui::name(m_summary, QStringLiteral("practiceExamSummaryLabel"), tr("Exam verdicts so far"));
    Ui::name(m_scroll, QStringLiteral("practiceExamCardsArea"), tr("Exam report cards, newest first"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_listLayout->setContentsMargins(0, 0, 0, 0);
    m_listLayout->setSpacing(8);
    m_listLayout->addStretch(1);
    m_scroll->setWidget(m_list);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The cards take the focus themselves; the area in between would only be an extra Tab stop.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);
    updateSummary();
}

void ExamReportCards::begin(const std::optional<ExamId> &exam)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_exam = exam;
    updateSummary();
}

void ExamReportCards::addVerdict(const ExamVerdict &verdict)
{
    ++m_counts[int(verdict.result)];
    auto *card = new ExamReportCard(verdict, m_list);
    m_listLayout->insertWidget(0, card);
    m_cards.prepend(card);
    if (m_cards.size() > MaxCards)
        delete m_cards.takeLast(); // the oldest
    // Tab goes through the cards in the order they are shown, newest first, right after the
    // sessions.
    if (m_tabBefore)
        QWidget::setTabOrder(m_tabBefore, m_cards.first());
    for (qsizetype i = 1; i < m_cards.size(); ++i)
        QWidget::setTabOrder(m_cards.at(i - 1), m_cards.at(i));
    connect(card, &ExamReportCard::chosen, this, [this, card] {
        // A card taller than the area shows from its top (its verdict and reason), not its end.
        if (card->height() > m_scroll->viewport()->height())
            m_scroll->verticalScrollBar()->setValue(card->y());
        else
            m_scroll->ensureWidgetVisible(card, 0, 0);
        if (!card->verdict().sessions.isEmpty())
            Q_EMIT sessionChosen(card->verdict().sessions.first());
    });
    connect(card, &ExamReportCard::stepRequested, this, [this, card](int by) { step(card, by); });
    // The newest card is on top: show it, unless the learner is reading an older one.
    if (!m_list->focusWidget() || !m_list->focusWidget()->hasFocus())
        QTimer::singleShot(0, m_scroll, [scroll = m_scroll] { scroll->verticalScrollBar()->setValue(0); });
    updateSummary();
}

void ExamReportCards::step(ExamReportCard *from, int by)
{
    const qsizetype next = m_cards.indexOf(from) + by;
    if (next >= 0 && next < m_cards.size())
        m_cards.at(next)->setFocus(by < 0 ? Qt::BacktabFocusReason : Qt::TabFocusReason);
}

QString ExamReportCards::summaryText() const
{
    return m_summary->text();
}

void ExamReportCards::updateSummary()
{
    if (!m_exam && m_cards.isEmpty()) {
        m_summary->setText(tr("Each client session gets a report card here while the exam runs."));
        return;
    }
    if (m_cards.isEmpty()) {
        m_summary->setText(tr("No verdict yet. Point a mail client at the server: each attempt gets "
                              "a report card here as soon as it is graded."));
        return;
    }
    QString summary = tr("%1 %2, %3 %4, %5 %6")
                          .arg(m_counts[int(ExamResult::Pass)])
                          .arg(ExamReportCard::resultWord(ExamResult::Pass))
                          .arg(m_counts[int(ExamResult::Fail)])
                          .arg(ExamReportCard::resultWord(ExamResult::Fail))
                          .arg(m_counts[int(ExamResult::Incomplete)])
                          .arg(ExamReportCard::resultWord(ExamResult::Incomplete));
    if (m_counts[0] + m_counts[1] + m_counts[2] > m_cards.size())
        summary += u' ' + tr("(the newest %1 cards are shown)").arg(m_cards.size());
    m_summary->setText(summary);
}

} // namespace SmtpTutor
