#pragma once

#include "exam/examverdict.h"

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace SmtpTutor {

class ExamReportCard;

// The verdicts of a running exam, live: a summary line (n PASS, n FAIL, n INCOMPLETE) over one
// report card per graded attempt, the newest on top. Tab reaches the cards, Up and Down move
// between them; the card with the focus names its session(s), so that the practice server
// panel can select the session and show its whole transcript.
class ExamReportCards : public QWidget
{
    Q_OBJECT
public:
    // Cards kept at most (the newest); the summary counts every verdict. A script hammering the
    // server must not leave the panel with thousands of widgets.
    static constexpr qsizetype MaxCards = 200;

    explicit ExamReportCards(QWidget *parent = nullptr);

    // A new run: no cards; `exam` (nullopt: no exam) says what the summary line waits for.
    void begin(const std::optional<ExamId> &exam);
    void addVerdict(const ExamVerdict &verdict);
    // Newest first, as shown.
    const QList<ExamReportCard *> &cards() const { return m_cards; }
    QString summaryText() const;
    // Tab reaches the cards right after `widget` (the sessions list they belong to).
    void placeInTabOrderAfter(QWidget *widget) { m_tabBefore = widget; }

Q_SIGNALS:
    // A card was chosen (focus, click): its first session.
    void sessionChosen(int session);

private:
    void step(ExamReportCard *from, int step);
    void updateSummary();

    QLabel *m_summary;
    QScrollArea *m_scroll;
    QWidget *m_list;
    QVBoxLayout *m_listLayout;
    QList<ExamReportCard *> m_cards;
    int m_counts[3] = { 0, 0, 0 }; // every verdict of this run, by ExamResult
    std::optional<ExamId> m_exam;
    QWidget *m_tabBefore = nullptr;
};

} // namespace SmtpTutor
