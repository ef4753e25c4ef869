#include "lessonbrowser.h"

#include "lesson/lesson.h"
#include "lesson/lessonprogress.h"
#include "uihelpers.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {

// The first sentence of a summary: one line in the list, the whole text in the tooltip.
QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1String(". "));
    return end < 0 ? text : text.left(end + 1);
}

} // namespace

LessonBrowser::LessonBrowser(const QString &currentId, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("lessonBrowser"));
    setWindowTitle(tr("Lessons and Drills"));
    Ui::name(m_list, QStringLiteral("lessonBrowserList"), tr("Lessons and drills"));
    auto *intro = new QLabel(tr("The lesson walks through a whole delivery; each drill runs into one server error "
                                "on purpose. Choose one and press Enter."), this);
    intro->setWordWrap(true);
    m_list->setHeaderLabels({tr("Lesson"), tr("What it teaches"), tr("Progress")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(AboutColumn, QHeaderView::Stretch);
    fill(currentId);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("lessonBrowserButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemActivated, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, [this] {
        if (!selectedId().isEmpty())
            Q_EMIT lessonChosen(selectedId());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 380);
    m_list->setFocus();
}

void LessonBrowser::fill(const QString &currentId)
{
    for (const Lesson::Summary &lesson : Lesson::builtInSummaries()) {
        const bool drill = lesson.kind == QLatin1String("drill");
        const bool done = LessonProgress::isDone(lesson.id);
        const int step = qMin(LessonProgress::step(lesson.id), lesson.stepCount);
        QString progress;
        if (done)
            progress = tr("✓ done");
        else if (step > 0)
            progress = tr("%1 of %2 steps").arg(step).arg(lesson.stepCount);
        auto *item = new QTreeWidgetItem(m_list, {drill ? tr("Drill: %1").arg(lesson.title) : lesson.title,
                                                  firstSentence(lesson.summary), progress});
        item->setData(TitleColumn, IdRole, lesson.id);
        item->setData(TitleColumn, DoneRole, done);
        item->setToolTip(AboutColumn, lesson.summary);
        if (done)
            item->setForeground(ProgressColumn, Ui::replyClassColor(200, palette()));
        if (lesson.id == currentId || (currentId.isEmpty() && !m_list->currentItem()))
            m_list->setCurrentItem(item);
    }
    for (int column : {TitleColumn, ProgressColumn})
        m_list->resizeColumnToContents(column);
}

QString LessonBrowser::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(TitleColumn, IdRole).toString() : QString();
}

} // namespace SmtpTutor
