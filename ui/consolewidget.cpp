#include "consolewidget.h"

#include "commandlineedit.h"
#include "findbar.h"
#include "lesson/simulatorsession.h"
#include "transcriptitemdelegate.h"
#include "transcriptmodel.h"
#include "transcriptpanel.h"
#include "transcriptrowheights.h"
#include "uihelpers.h"

#include <QElapsedTimer>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace SmtpTutor {

ConsoleWidget::ConsoleWidget(SimulatorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_transcript(new TranscriptPanel(this))
    , m_edit(new CommandLineEdit(this))
    , m_modeLabel(new QLabel(this))
    , m_sendButton(new QPushButton(tr("Send"), this))
{
    Ui::name(this, QStringLiteral("console"), tr("Simulator console"));
    Ui::name(m_edit, QStringLiteral("commandLineEdit"), tr("Command line"));
    Ui::name(m_modeLabel, QStringLiteral("modeLabel"), tr("Input mode"));
    Ui::name(m_sendButton, QStringLiteral("sendButton"), tr("Send the line"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setStatusTip(tr("Enter sends; Up and Down recall earlier lines; Tab or typing completes commands"));
    m_modeLabel->setTextFormat(Qt::RichText);
    // As wide as the widest of its three texts (those of updateMode), so the command line keeps
    // the rest of the row.
    int modeWidth = 0;
    for (const QString &mode : {tr("<b style=\"color:%1\">Message</b>"), tr("<b style=\"color:%1\">Login</b>"),
                                tr("<b>Command</b>")}) {
        m_modeLabel->setText(mode);
        modeWidth = qMax(modeWidth, m_modeLabel->sizeHint().width());
    }
    m_modeLabel->setMinimumWidth(modeWidth + 4);

    m_transcript->setTranscript(session->transcript());
    QTableView *view = m_transcript->view();
    view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move within it
    m_delegate = new TranscriptItemDelegate(TranscriptModel::TextColumn, view);
    view->setItemDelegate(m_delegate);
    m_rowHeights = new TranscriptRowHeights(view, TranscriptModel::TextColumn, view);
    m_findBar = new FindBar(view, TranscriptModel::TextColumn, this);
    connect(m_findBar, &FindBar::termChanged, view, [this, view](const QString &term) {
        m_delegate->setHighlight(term);
        view->viewport()->update();
    });

    auto *line = new QHBoxLayout;
    line->addWidget(m_modeLabel);
    line->addWidget(m_edit, 1);
    line->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_findBar);
    layout->addLayout(line);

    connect(m_edit, &CommandLineEdit::lineSubmitted, this, &ConsoleWidget::submitLine);
    connect(m_edit, &CommandLineEdit::linesSubmitted, this, &ConsoleWidget::sendLines);
    connect(m_sendButton, &QPushButton::clicked, m_edit, [this] { Q_EMIT m_edit->returnPressed(); });
    connect(session, &SimulatorSession::stateChanged, this, &ConsoleWidget::updateMode);
    m_submit = [session](const QByteArray &bytes) { session->sendLine(bytes); };
    updateMode();
}

void ConsoleWidget::setCommandText(const QString &text)
{
    m_edit->setText(text);
    m_edit->setFocus();
}

void ConsoleWidget::setLineWrapping(bool on)
{
    m_rowHeights->setWrapping(on);
}

bool ConsoleWidget::lineWrapping() const
{
    return m_rowHeights->isWrapping();
}

void ConsoleWidget::submitLine(const QString &line)
{
    m_submit(line.toUtf8());
}

void ConsoleWidget::updateMode()
{
    const bool message = m_session->engine() && m_session->engine()->isInData();
    const bool auth = m_session->engine() && m_session->engine()->isAwaitingAuthResponse();
    if (message != m_edit->isMessageMode())
        m_edit->setMessageMode(message);
    // The mode is shown in words and in the reply colours (blue: the server waits for more).
    const QColor waiting = Ui::replyClassColor(300, palette());
    if (message)
        m_modeLabel->setText(tr("<b style=\"color:%1\">Message</b>").arg(waiting.name()));
    else if (auth)
        m_modeLabel->setText(tr("<b style=\"color:%1\">Login</b>").arg(waiting.name()));
    else
        m_modeLabel->setText(tr("<b>Command</b>"));
    m_modeLabel->setToolTip(message ? tr("Every line is part of the message until a line with only \".\"")
                            : auth  ? tr("The server waits for a base64 answer to its 334 question")
                                    : tr("Each line is one SMTP command"));
    if (auth)
        m_edit->setPlaceholderText(tr("Base64 answer to the server's question (hidden in the transcript)"));
    else if (!message)
        m_edit->setMessageMode(false);
}

void ConsoleWidget::sendLines(const QStringList &lines)
{
    const bool idle = m_queue.isEmpty();
    m_queue += lines;
    if (idle) {
        m_queuePos = 0;
        QTimer::singleShot(0, this, &ConsoleWidget::drainSome);
    }
}

void ConsoleWidget::drainSome()
{
    // Work in ~5 ms slices: the event loop (painting, input, timers) gets its turn in between.
    QElapsedTimer slice;
    slice.start();
    while (m_queuePos < m_queue.size() && slice.elapsed() < 5) {
        const QString &line = m_queue.at(m_queuePos++);
        // A blank line separates headers from body inside a message; between commands it is
        // what an empty Enter is in the command line: nothing to send.
        if (line.isEmpty() && !m_edit->isMessageMode())
            continue;
        m_submit(line.toUtf8());
    }
    if (m_queuePos < m_queue.size()) {
        QTimer::singleShot(0, this, &ConsoleWidget::drainSome);
        return;
    }
    m_queue.clear();
    m_queuePos = 0;
    Q_EMIT queueDrained();
}

} // namespace SmtpTutor
