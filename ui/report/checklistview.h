#pragma once

#include "checkitem.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace SmtpTutor {

// One row: [arrow] icon, status word in its colour, the title, and the detail under it. The
// arrow (or a click on the row, or Space/Enter on the focused arrow) opens the explanation in
// place: rule, source, why it matters, what to do.
class CheckRowWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CheckRowWidget(const CheckItem &item, QWidget *parent = nullptr);
    const CheckItem &item() const { return m_item; }
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QString statusText() const;      // the status word as shown
    QString explanationText() const; // the expanded part as plain text

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QString explanationHtml() const;

    CheckItem m_item;
    QToolButton *m_toggle = nullptr;
    QLabel *m_explanation = nullptr;
};

// A list of CheckRowWidgets, for the probe's verdicts and the audit's checks alike. It does not
// scroll by itself: the page that holds it does.
class CheckListView : public QWidget
{
    Q_OBJECT
public:
    explicit CheckListView(QWidget *parent = nullptr);
    void setItems(const QList<CheckItem> &items);
    void clear() { setItems({}); }
    QList<CheckRowWidget *> rows() const { return m_rows; }
    int count() const { return int(m_rows.size()); }
    QString toPlainText() const; // every row as "Status: title", one a line (tests, accessibility)

private:
    QVBoxLayout *m_layout = nullptr;
    QList<CheckRowWidget *> m_rows;
    QLabel *m_empty = nullptr;
};

} // namespace SmtpTutor
