// Does the window stay responsive while a transcript grows? A 10 ms timer runs throughout; the
// longest gap between two of its ticks is the worst stall a learner would feel.
//   phase 1: 10,000 transcript lines (5,000 NOOP commands and their replies) typed into the console
//   phase 2: a 10 MB message (about 135,000 lines) pasted after DATA
// The transcript table and the sequence diagram are both on screen and follow the session live.
// Prints one line per phase: lines, wall time, longest gap, the diagram's rows. Exit code 1 if a
// gap exceeds 50 ms. With --transcript-only the diagram is hidden (to compare).
#include "consolewidget.h"
#include "diagram/sequencediagramview.h"
#include "lesson/simulatorsession.h"
#include "mainwindow.h"
#include "transcriptpanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace SmtpTutor;

struct GapMeter
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    qint64 worstAt = 0; // when the longest gap ended, ms into the phase
    void tick()
    {
        const qint64 now = clock.elapsed();
        if (now - last > worst) {
            worst = now - last;
            worstAt = now;
        }
        last = now;
    }
    void reset()
    {
        clock.restart();
        last = 0;
        worst = 0;
        worstAt = 0;
    }
};

static qint64 runPhase(MainWindow &window, const QStringList &lines, GapMeter &meter, qint64 *wall)
{
    QEventLoop loop;
    QObject::connect(window.console(), &ConsoleWidget::queueDrained, &loop, &QEventLoop::quit);
    meter.reset();
    QElapsedTimer timer;
    timer.start();
    window.console()->sendLines(lines);
    loop.exec();
    // Let the model flush and the view catch up before stopping the clock.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 200)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    *wall = timer.elapsed();
    return meter.worst;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SmtpTutorBench"));
    MainWindow window;
    window.show();
    window.selectScenario(QStringLiteral("relay"));
    TranscriptPanel *panel = window.console()->transcriptPanel();
    // "--transcript-only" hides the diagram: the same run without it, for comparison.
    const bool withDiagram = !QCoreApplication::arguments().contains(QStringLiteral("--transcript-only"));
    panel->setViewMode(withDiagram ? TranscriptPanel::ViewMode::Both : TranscriptPanel::ViewMode::TranscriptOnly);
    const SequenceDiagramView *diagram = panel->diagram();
    // Let start-up work (first paint, the reference tab built after it) finish: we measure appends.
    QElapsedTimer warmup;
    warmup.start();
    while (warmup.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);

    GapMeter meter;
    QTimer ticker;
    ticker.setInterval(10);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&meter] { meter.tick(); });
    ticker.start();

    QStringList commands;
    for (int i = 0; i < 5000; ++i)
        commands << QStringLiteral("NOOP");
    qint64 wall = 0;
    const qint64 gap1 = runPhase(window, commands, meter, &wall);
    std::printf("10000 transcript lines: %lld ms wall, longest event-loop gap %lld ms (at %lld ms); diagram %s, %lld rows\n",
                wall, gap1, meter.worstAt, diagram->isVisible() ? "visible" : "HIDDEN", qint64(diagram->layout().rows().size()));

    QStringList message = {QStringLiteral("EHLO bench.example"), QStringLiteral("MAIL FROM:<alice@example.com>"),
                           QStringLiteral("RCPT TO:<bob@example.com>"), QStringLiteral("DATA"),
                           QStringLiteral("Subject: ten megabytes")};
    const QString body = QStringLiteral("The quick brown fox jumps over the lazy dog while the server counts bytes.");
    qint64 bytes = 0;
    while (bytes < 10'000'000) { // 10 MB, under the scenario's 10 MiB SIZE limit
        message << body;
        bytes += body.size() + 2;
    }
    message << QStringLiteral(".");
    const qint64 gap2 = runPhase(window, message, meter, &wall);
    const QString last = window.session()->transcript()->entries().constLast().text;
    std::printf("10 MB message (%lld lines): %lld ms wall, longest event-loop gap %lld ms (at %lld ms), server said: %s; "
                "diagram %s, %lld rows\n",
                qint64(message.size()), wall, gap2, meter.worstAt, qPrintable(last.left(60)),
                diagram->isVisible() ? "visible" : "HIDDEN", qint64(diagram->layout().rows().size()));
    return (gap1 > 50 || gap2 > 50 || diagram->isVisible() != withDiagram) ? 1 : 0;
}
