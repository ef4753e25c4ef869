#pragma once

#include <QWidget>

#include <functional>

class QButtonGroup;
class QSplitter;
class QTextBrowser;
class QTableView;

namespace SmtpTutor {

class SequenceDiagramView;
class Transcript;
class TranscriptModel;

// The transcript table and the sequence diagram side by side (or either alone), and below them
// why the selected line came (code, enhanced code and its meaning, the rule and the RFC section
// the server followed). Both views read the same Transcript and are linked: picking an arrow
// selects its lines, selecting a line highlights its arrow. Which views show, and the splitter
// between them, are kept in QSettings under settingsKey() for the next start.
class TranscriptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptPanel(QWidget *parent = nullptr);

    void setTranscript(Transcript *transcript);
    TranscriptModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    SequenceDiagramView *diagram() const { return m_diagram; }

    enum class ViewMode { Both, TranscriptOnly, DiagramOnly };
    Q_ENUM(ViewMode)
    void setViewMode(ViewMode mode);
    ViewMode viewMode() const { return m_mode; }
    // Where the view mode and the splitter are saved ("transcriptPanel" unless set); setting it
    // restores what was saved there.
    void setSettingsKey(const QString &key);
    QString settingsKey() const { return m_settingsKey; }
    // The two lanes of the diagram: the client ("you") and the server (its host name).
    void setLanes(const QString &client, const QString &server);

    // Looks up what an enhanced code ("5.1.1") and a reply code mean (the reference catalog).
    using Lookup = std::function<QString(const QString &key)>;
    void setLookups(Lookup enhancedMeaning, Lookup replyMeaning);

    // The selected lines as text ("[+0.012s] <- 250 ..."), in order.
    QString selectedText() const;

public Q_SLOTS:
    void copySelection();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDetails();
    void scrollToEndIfFollowing();
    void setUpTable();
    void connectViews();
    QWidget *createModeBar();
    void selectEntries(qsizetype first, qsizetype last);
    void restoreLayout();
    void saveLayout() const;

    TranscriptModel *m_model;
    QTableView *m_view;
    QTextBrowser *m_detail;
    SequenceDiagramView *m_diagram;
    QSplitter *m_viewSplitter;
    QButtonGroup *m_modeButtons = nullptr;
    ViewMode m_mode = ViewMode::Both;
    QString m_settingsKey = QStringLiteral("transcriptPanel");
    Lookup m_enhancedMeaning;
    Lookup m_replyMeaning;
    bool m_follow = true; // keep the last line in view unless the learner scrolled up
};

} // namespace SmtpTutor
