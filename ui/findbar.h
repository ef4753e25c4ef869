#pragma once

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QToolButton;

namespace SmtpTutor {

// "Find in transcript": a bar under the transcript that searches one column of a view for the
// typed text (any case), selects the matching row and scrolls to it, and says how many rows match.
// Enter and F3 go to the next match, Shift+Enter and Shift+F3 to the previous one (wrapping at
// the ends); Esc closes the bar. termChanged lets the view mark every match.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    FindBar(QAbstractItemView *view, int column, QWidget *parent = nullptr);

    QString term() const;
    QLineEdit *lineEdit() const { return m_edit; }
    // The row of the current match, -1 when none.
    int currentMatch() const { return m_current; }
    int matchCount() const;

public Q_SLOTS:
    // Shows the bar with the focus in its field (the previous term selected, for typing over).
    void open();
    void close();
    void findNext();
    void findPrevious();

Q_SIGNALS:
    void termChanged(const QString &term); // "" when the bar closes
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(int from, int direction);
    bool matches(int row) const;
    void updateCount();

    QAbstractItemView *m_view;
    int m_column;
    QLineEdit *m_edit;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    int m_current = -1;
};

} // namespace SmtpTutor
