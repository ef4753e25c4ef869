#pragma once

#include <QDialog>

class QTreeWidget;

namespace SmtpTutor {

// Every lesson and drill in one list: its title, what it is about in one line, and how far the
// learner got (done, or the step reached). Enter or a double click opens the selected one.
class LessonBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit LessonBrowser(const QString &currentId, QWidget *parent = nullptr);

    QString selectedId() const;
    QTreeWidget *list() const { return m_list; }

    enum Column { TitleColumn, AboutColumn, ProgressColumn };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int DoneRole = Qt::UserRole + 1;

Q_SIGNALS:
    void lessonChosen(const QString &id);

private:
    void fill(const QString &currentId);

    QTreeWidget *m_list;
};

} // namespace SmtpTutor
