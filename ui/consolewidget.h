#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace SmtpTutor {

class CommandLineEdit;
class FindBar;
class SimulatorSession;
class TranscriptItemDelegate;
class TranscriptPanel;
class TranscriptRowHeights;

// The simulator console: the transcript above, the command line below. Lines go to a submit
// function (the lesson runner while a lesson runs, else the session itself).
class ConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleWidget(SimulatorSession *session, QWidget *parent = nullptr);

    using Submitter = std::function<void(const QByteArray &line)>;
    void setSubmitter(Submitter submitter) { m_submit = std::move(submitter); }

    TranscriptPanel *transcriptPanel() const { return m_transcript; }
    CommandLineEdit *commandLine() const { return m_edit; }
    // Find in transcript: the bar between the transcript and the command line (hidden until used).
    FindBar *findBar() const { return m_findBar; }
    // Long transcript lines on several rows (on) or cut off at the edge (off).
    void setLineWrapping(bool on);
    bool lineWrapping() const;

    // Sends many lines (a pasted message) in slices, so the window stays responsive.
    void sendLines(const QStringList &lines);
    bool isSending() const { return !m_queue.isEmpty(); }

    void setCommandText(const QString &text); // "Fill it in for me"

Q_SIGNALS:
    void queueDrained();

private:
    void submitLine(const QString &line);
    void updateMode();
    void drainSome();

    SimulatorSession *m_session;
    TranscriptPanel *m_transcript;
    CommandLineEdit *m_edit;
    QLabel *m_modeLabel;
    QPushButton *m_sendButton;
    FindBar *m_findBar;
    TranscriptItemDelegate *m_delegate;
    TranscriptRowHeights *m_rowHeights;
    Submitter m_submit;
    QStringList m_queue;
    qsizetype m_queuePos = 0;
};

} // namespace SmtpTutor
