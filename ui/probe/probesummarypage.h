#pragma once

#include "client/probereport.h"

#include <QWidget>

class QLabel;

namespace SmtpTutor {

class CheckListView;

// The probe's Summary tab: the result in one sentence, the login's result in plain words, the
// TLS that was used and the greeting, then what went wrong and what to change, then the
// verdicts as check rows that open their explanation.
class ProbeSummaryPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeSummaryPage(QWidget *parent = nullptr);

    // `userGiven`: a user name was typed, so the login was asked for; `remedies`: what to change,
    // already worded in the dialog's terms.
    void showReport(const ProbeReport &report, bool userGiven, const QStringList &remedies);
    // The certificate question is open: the report says it is waiting, not that it failed.
    void showWaitingForCertificateAnswer(const ProbeReport &report);
    void clear();

    QString headline() const;
    QString toPlainText() const; // everything shown, as text (tests, copy)
    CheckListView *checks() const { return m_checks; }

    static QString authSentence(const ProbeReport &report, bool userGiven);
    static QString tlsSentence(const ProbeReport &report);

private:
    void setFacts(const ProbeReport &report, bool userGiven);

    QLabel *m_headline = nullptr;
    QLabel *m_auth = nullptr;
    QLabel *m_tls = nullptr;
    QLabel *m_greeting = nullptr;
    QLabel *m_diagnosis = nullptr;
    QLabel *m_remedies = nullptr;
    CheckListView *m_checks = nullptr;
};

} // namespace SmtpTutor
