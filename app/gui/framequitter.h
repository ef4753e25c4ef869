// The start-up benchmark's hook, shared by smtp-tutor and the bare window it is compared with
// (bench/startup), so both are timed at exactly the same moment.
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <cstdio>

// Watches a window and, after its next frame, prints "frame-ns <CLOCK_MONOTONIC nanoseconds>"
// on stdout and quits. The window's own paint event comes first in a frame; the queued call runs
// once the whole frame, children included, has been drawn and flushed. The launcher reads the
// same clock before it starts the process, so launch -> frame is measured without the exit.
class FrameQuitter : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [] {
                const auto now = std::chrono::steady_clock::now().time_since_epoch();
                std::printf("frame-ns %lld\n", static_cast<long long>(std::chrono::nanoseconds(now).count()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};
