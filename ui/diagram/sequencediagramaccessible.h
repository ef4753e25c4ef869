#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace SmtpTutor {

class SequenceDiagramView;

// What a screen reader sees of the sequence diagram: a list whose items are the diagram's rows,
// each named after the arrow or note it shows ("server reply 250 2.1.5 Ok", "note: TLS
// started"), with its place on screen and whether it is the current row. Moving between arrows
// with the keyboard sends a focus event for the new item, as a list view does.
//
// The items are small objects that hold only their row number and ask the view for the rest,
// so a diagram that grows needs no bookkeeping; an item whose row is gone is no longer valid.
class SequenceDiagramAccessible : public QAccessibleWidget
{
public:
    explicit SequenceDiagramAccessible(SequenceDiagramView *view);
    ~SequenceDiagramAccessible() override;

    // For QAccessible::installFactory(): the interface of a SequenceDiagramView.
    static QAccessibleInterface *create(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    // What the items ask for.
    SequenceDiagramView *view() const;
    QString rowName(int row) const;
    QRect rowScreenRect(int row) const;
    bool isCurrentRow(int row) const;

private:
    mutable QHash<int, QAccessible::Id> m_items; // made when first asked for, kept until the view goes
};

} // namespace SmtpTutor
