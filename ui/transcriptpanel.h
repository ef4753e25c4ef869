#pragma once

#include <QWidget>

#include <functional>

class QTextBrowser;
class QTableView;

namespace SmtpTutor {

class Transcript;
class TranscriptModel;

// The transcript table and, below it, why the selected line came (code, enhanced code and its
// meaning, the rule and the RFC section the server followed).
class TranscriptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptPanel(QWidget *parent = nullptr);

    void setTranscript(Transcript *transcript);
    TranscriptModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // Looks up what an enhanced code ("5.1.1") and a reply code mean (the reference catalog).
    using Lookup = std::function<QString(const QString &key)>;
    void setLookups(Lookup enhancedMeaning, Lookup replyMeaning);

    // The selected lines as text ("[+0.012s] <- 250 ..."), in order.
    QString selectedText() const;

public Q_SLOTS:
    void copySelection();

private:
    void showDetails();
    void scrollToEndIfFollowing();

    TranscriptModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_detail;
    Lookup m_enhancedMeaning;
    Lookup m_replyMeaning;
    bool m_follow = true; // keep the last line in view unless the learner scrolled up
};

} // namespace SmtpTutor
