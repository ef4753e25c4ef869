// Helpers shared by the sequence diagram layout suites (tst_diagramlayout, tst_diagramtls,
// tst_diagramgrowth): counting arrows, feeding a layout the way the live views do, and the
// entry-to-row check.
#pragma once

#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "server/scenario.h"
#include "session/diagramlayout.h"

#include <QTest>

#include <algorithm>

namespace SmtpTutor::DiagramTesting {

using Kind = DiagramArrow::Kind;

inline int countKind(const DiagramLayout &layout, Kind kind)
{
    return int(std::count_if(layout.arrows().cbegin(), layout.arrows().cend(),
        [kind](const DiagramArrow &arrow) { return arrow.kind == kind; }));
}

inline QStringList labels(const DiagramLayout &layout, Kind kind)
{
    QStringList out;
    for (const DiagramArrow &arrow : layout.arrows())
        if (arrow.kind == kind)
            out.append(arrow.label);
    return out;
}

// A layout fed the way the live views feed it: one append() per entriesAppended signal.
struct LiveLayout
{
    DiagramLayout layout;
    QMetaObject::Connection appended, cleared;
    LiveLayout(Transcript *transcript)
    {
        appended = QObject::connect(transcript, &Transcript::entriesAppended, transcript,
            [this, transcript](qsizetype first, qsizetype last) { layout.append(*transcript, first, last); });
        cleared = QObject::connect(transcript, &Transcript::cleared, transcript,
            [this, transcript] { layout.rebuild(*transcript); });
    }
    ~LiveLayout()
    {
        QObject::disconnect(appended);
        QObject::disconnect(cleared);
    }
};

inline void runHandshakeLesson(SimulatorSession &session)
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    QVERIFY(lesson);
    LessonRunner runner(&session);
    QVERIFY(runner.start(*lesson));
    while (!runner.isFinished())
        runner.submit(runner.suggestedLine().toUtf8());
}

inline Scenario scenario(const QString &name)
{
    const std::optional<Scenario> loaded = Scenario::load(name);
    return loaded.value_or(Scenario {});
}

// Every transcript entry is shown by exactly the row rowForEntry() names.
inline void verifyRowForEveryEntry(const DiagramLayout &layout, const Transcript &transcript)
{
    for (qsizetype e = 0; e < transcript.size(); ++e) {
        const qsizetype row = layout.rowForEntry(e);
        QVERIFY2(row >= 0, qPrintable(QStringLiteral("entry %1 has no row").arg(e)));
        const DiagramRow &r = layout.rows().at(row);
        if (r.type == DiagramRow::Type::Note) {
            QCOMPARE(layout.notes().at(r.index).entry, e);
        } else {
            const DiagramArrow &arrow = layout.arrows().at(r.index);
            QVERIFY2(arrow.firstEntry <= e && e <= arrow.lastEntry,
                qPrintable(QStringLiteral("entry %1 is not in arrow %2 (%3..%4)")
                               .arg(e)
                               .arg(r.index)
                               .arg(arrow.firstEntry)
                               .arg(arrow.lastEntry)));
        }
    }
}

} // namespace SmtpTutor::DiagramTesting
