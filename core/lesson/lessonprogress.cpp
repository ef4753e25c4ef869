#include "lessonprogress.h"

#include <QSettings>

namespace SmtpTutor {

namespace {
const QString CurrentKey = QStringLiteral("lesson/id");
// Before progress was kept per lesson, one step was saved for the current lesson only.
const QString OldStepKey = QStringLiteral("lesson/step");
} // namespace

QString LessonProgress::key(const QString &id, const char *field)
{
    // A lesson id is a file name; '/' would nest groups, so it is kept out of the key.
    QString safe = id;
    safe.replace(u'/', u'_');
    return QStringLiteral("lessons/%1/%2").arg(safe, QLatin1String(field));
}

int LessonProgress::step(const QString &id)
{
    const QSettings settings;
    const QVariant value = settings.value(key(id, "step"));
    if (value.isValid())
        return qMax(0, value.toInt());
    if (id == settings.value(CurrentKey).toString())
        return qMax(0, settings.value(OldStepKey, 0).toInt());
    return 0;
}

bool LessonProgress::isDone(const QString &id)
{
    return QSettings().value(key(id, "done"), false).toBool();
}

void LessonProgress::record(const QString &id, int step, int stepCount)
{
    if (id.isEmpty())
        return;
    QSettings settings;
    // Only what changed is written: a resume at start-up replays every step.
    if (step > LessonProgress::step(id) || !settings.contains(key(id, "step")))
        settings.setValue(key(id, "step"), qMax(step, LessonProgress::step(id)));
    if (stepCount > 0 && step >= stepCount && !isDone(id))
        settings.setValue(key(id, "done"), true);
}

void LessonProgress::forgetStep(const QString &id)
{
    QSettings().setValue(key(id, "step"), 0);
}

QString LessonProgress::currentId()
{
    return QSettings().value(CurrentKey).toString();
}

void LessonProgress::setCurrentId(const QString &id)
{
    QSettings settings;
    if (settings.value(CurrentKey).toString() != id)
        settings.setValue(CurrentKey, id);
}

} // namespace SmtpTutor
