#pragma once

#include "practice/practiceserver.h"
#include "practice/practiceserversetup.h"
#include "server/replayscenario.h"
#include "server/scenario.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace SmtpTutor {

class ExamPicker;
class ExamProctor;
class ExamReportCards;
class PracticeCertificate;
class TranscriptPanel;

// The practice server from the GUI: start and stop it on 127.0.0.1, pick the scenario (or a
// recorded session to replay, or an exam that grades the client on report cards), see the sessions live with their transcripts, look at the
// messages it received, and copy the settings a mail client needs. Never blocks: the
// certificate is made by openssl in the background and all I/O runs on the event loop.
class PracticeServerWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PracticeServerWidget(QWidget *parent = nullptr);
    ~PracticeServerWidget() override;

    // Where the self-signed certificate is kept (default: PracticeCertificate::defaultDirectory()).
    void setCertificateDirectory(const QString &directory);
    // Port 0 picks a free port (tests).
    void setPorts(quint16 port, quint16 implicitTlsPort);
    // Opens a recorded session (probe JSON or exported transcript) as the scenario to play.
    bool setRecording(const QString &file, QString *error = nullptr);

    bool isRunning() const;
    PracticeServer *server() const { return m_server; }
    // The running (or last) exam's proctor; null without an exam.
    ExamProctor *proctor() const { return m_proctor; }
    QString clientSettingsText() const;

public Q_SLOTS:
    void start();
    void stop();

Q_SIGNALS:
    void runningChanged(bool running);
    void startFailed(const QString &error);

private:
    // The constructor's parts: names and settings of the child widgets, the layout, the signals.
    void setUpWidgets();
    void setUpTrees();
    void buildLayout();
    void connectSignals();
    PracticeServerOptions options() const;
    QString describe(const PracticeSetupError &error) const;
    void clearLastRun();
    void followServer();
    void chooseRecording();
    void onCertificateReady(const QString &certificate, const QString &key);
    void fail(const QString &error);
    void updateControls();
    void updateClientSettings();
    void updatePortNote();
    void addConnection(int id);
    void updateConnection(int id);
    void removeConnection(int id);
    void addMessage(int index);
    void dropMessages(int count);
    void showSelectedConnection();
    void showSelectedMessage();
    void showSession(int id);
    void startExam(const std::optional<ExamOptions> &exam);
    QTreeWidgetItem *connectionItem(int id) const;
    std::optional<Scenario> currentScenario(QString *error) const;

    QComboBox *m_scenarioBox;
    ExamPicker *m_examPicker;
    QPushButton *m_replayButton;
    QSpinBox *m_portBox;
    QCheckBox *m_implicitBox;
    QSpinBox *m_implicitPortBox;
    QPushButton *m_startStopButton;
    QLabel *m_statusLabel;
    QPlainTextEdit *m_settingsEdit;
    QPushButton *m_copySettingsButton;
    QTreeWidget *m_connectionsTree;
    ExamReportCards *m_reportCards;
    QSplitter *m_splitter = nullptr; // sessions | report cards | transcript and messages
    QTabWidget *m_detailTabs;
    TranscriptPanel *m_transcriptPanel;
    QTreeWidget *m_messagesTree;
    QTabWidget *m_messageTabs;
    QPlainTextEdit *m_headersEdit;
    QPlainTextEdit *m_bodyEdit;
    QPlainTextEdit *m_rawEdit;
    QLabel *m_portNote;

    PracticeCertificate *m_certificateMaker;
    QString m_certificateDirectory;
    QString m_certificateFile;
    QPointer<PracticeServer> m_server;
    // Deleted before the server it follows (clearLastRun, the destructor).
    ExamProctor *m_proctor = nullptr;
    std::optional<ReplayScenario> m_replay;
    // Set between start() and the server listening (the certificate is made meanwhile).
    std::optional<PracticeServerSetup> m_setup;
    Scenario m_runningScenario;
    bool m_starting = false;
};

} // namespace SmtpTutor
