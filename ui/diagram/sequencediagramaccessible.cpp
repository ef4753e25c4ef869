#include "sequencediagramaccessible.h"

#include "sequencediagramview.h"

namespace SmtpTutor {

namespace {

// One row of the diagram, as a list item.
class DiagramRowAccessible : public QAccessibleInterface
{
public:
    DiagramRowAccessible(const SequenceDiagramAccessible *list, int row)
        : m_list(list)
        , m_row(row)
    {
    }

    bool isValid() const override { return m_list->view() && m_row < m_list->childCount(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_list->window(); }
    QList<std::pair<QAccessibleInterface *, QAccessible::Relation>> relations(QAccessible::Relation) const override
    {
        return {};
    }
    QAccessibleInterface *focusChild() const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override { return const_cast<SequenceDiagramAccessible *>(m_list); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QString text(QAccessible::Text t) const override
    {
        return t == QAccessible::Name && isValid() ? m_list->rowName(m_row) : QString();
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override { return isValid() ? m_list->rowScreenRect(m_row) : QRect(); }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.selectable = true;
        s.focusable = true;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        const bool current = m_list->isCurrentRow(m_row);
        s.selected = current;
        s.focused = current && m_list->view()->hasFocus();
        s.invisible = !rect().intersects(m_list->rect());
        s.offscreen = s.invisible;
        return s;
    }

private:
    const SequenceDiagramAccessible *m_list;
    int m_row;
};

} // namespace

SequenceDiagramAccessible::SequenceDiagramAccessible(SequenceDiagramView *view)
    : QAccessibleWidget(view, QAccessible::List)
{
}

SequenceDiagramAccessible::~SequenceDiagramAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface *SequenceDiagramAccessible::create(const QString &className, QObject *object)
{
    if (className == QLatin1String("SmtpTutor::SequenceDiagramView"))
        if (auto *view = qobject_cast<SequenceDiagramView *>(object))
            return new SequenceDiagramAccessible(view);
    return nullptr;
}

SequenceDiagramView *SequenceDiagramAccessible::view() const
{
    return static_cast<SequenceDiagramView *>(widget());
}

int SequenceDiagramAccessible::childCount() const
{
    return view() ? int(view()->layout().rows().size()) : 0;
}

QAccessibleInterface *SequenceDiagramAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    auto it = m_items.constFind(index);
    if (it == m_items.cend()) // registered, so Qt can hand out its id to the platform bridge
        it = m_items.insert(index, QAccessible::registerAccessibleInterface(new DiagramRowAccessible(this, index)));
    return QAccessible::accessibleInterface(*it);
}

int SequenceDiagramAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    const QAccessible::Id id = QAccessible::uniqueId(const_cast<QAccessibleInterface *>(child));
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (it.value() == id)
            return it.key() < childCount() ? it.key() : -1;
    return -1;
}

QAccessibleInterface *SequenceDiagramAccessible::childAt(int x, int y) const
{
    for (int row = 0; row < childCount(); ++row)
        if (rowScreenRect(row).contains(x, y))
            return child(row);
    return nullptr;
}

QAccessibleInterface *SequenceDiagramAccessible::focusChild() const
{
    const qsizetype row = view() ? view()->currentRow() : -1;
    return row >= 0 && view()->hasFocus() ? child(int(row)) : nullptr;
}

QString SequenceDiagramAccessible::rowName(int row) const
{
    const DiagramLayout &layout = view()->layout();
    const DiagramRow &r = layout.rows().at(row);
    if (r.type == DiagramRow::Type::Arrow)
        return layout.arrows().at(r.index).accessibleName();
    return SequenceDiagramView::tr("note: %1").arg(layout.notes().at(r.index).text);
}

QRect SequenceDiagramAccessible::rowScreenRect(int row) const
{
    const QRect inViewport = view()->rowRect(row);
    return QRect(view()->viewport()->mapToGlobal(inViewport.topLeft()), inViewport.size());
}

bool SequenceDiagramAccessible::isCurrentRow(int row) const
{
    return view()->currentRow() == row;
}

} // namespace SmtpTutor
