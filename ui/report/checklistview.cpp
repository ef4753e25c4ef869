#include "checklistview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {
QString paragraph(const QString &label, const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:3px\"><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), text.toHtmlEscaped());
}
} // namespace

CheckRowWidget::CheckRowWidget(const CheckItem &item, QWidget *parent) : QWidget(parent), m_item(item)
{
    const QColor colour = CheckStatusStyle::colour(item.status);
    m_toggle = new QToolButton;
    m_toggle->setObjectName(QStringLiteral("checkRowToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAccessibleName(tr("%1: %2").arg(statusText(), item.title));
    m_toggle->setAccessibleDescription(item.detail.isEmpty() ? CheckStatusStyle::meaning(item.status) : item.detail);
    m_toggle->setToolTip(tr("Show or hide the explanation"));
    auto *icon = new QLabel;
    const int side = fontMetrics().height();
    icon->setPixmap(CheckStatusStyle::icon(item.status).pixmap(QSize(side, side), devicePixelRatioF()));
    auto *status = new QLabel(statusText());
    status->setObjectName(QStringLiteral("checkRowStatus"));
    status->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(colour.name()));
    int widest = 0; // every row's status column as wide as the widest word, so titles line up
    for (CheckStatus each : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Info, CheckStatus::Error})
        widest = qMax(widest, status->fontMetrics().horizontalAdvance(CheckStatusStyle::word(each)));
    status->setMinimumWidth(widest + side / 2);
    auto *title = new QLabel(item.title);
    title->setObjectName(QStringLiteral("checkRowTitle"));
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with the status word, however tall
    title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred); // wraps (QLabel word wrap) instead of widening the page
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_toggle, 0, Qt::AlignTop);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addWidget(status, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(2);
    layout->addLayout(header);
    const int indent = m_toggle->sizeHint().width() + side + status->minimumWidth() + 2 * layout->spacing();
    if (!item.detail.isEmpty()) {
        auto *detail = new QLabel(item.detail);
        detail->setObjectName(QStringLiteral("checkRowDetail"));
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        detail->setContentsMargins(indent, 0, 0, 0);
        layout->addWidget(detail);
    }
    m_explanation = new QLabel(explanationHtml());
    m_explanation->setObjectName(QStringLiteral("checkRowExplanation"));
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_explanation->setContentsMargins(indent, 0, 0, 0);
    m_explanation->setVisible(false);
    layout->addWidget(m_explanation);
    connect(m_toggle, &QToolButton::toggled, this, &CheckRowWidget::setExpanded);
}

QString CheckRowWidget::statusText() const
{
    return CheckStatusStyle::word(m_item.status);
}

QString CheckRowWidget::explanationHtml() const
{
    QString html = paragraph(tr("Why it matters:"), m_item.explanation);
    html += paragraph(tr("What to do:"), m_item.todo);
    if (!m_item.rule.isEmpty())
        html += paragraph(tr("Rule:"), m_item.source.isEmpty() ? m_item.rule : tr("%1 (%2)").arg(m_item.rule, m_item.source));
    html += paragraph(tr("Status:"), CheckStatusStyle::meaning(m_item.status));
    if (!m_item.id.isEmpty())
        html += paragraph(tr("Check:"), m_item.id);
    return html;
}

QString CheckRowWidget::explanationText() const
{
    return QTextDocumentFragment::fromHtml(m_explanation->text()).toPlainText();
}

bool CheckRowWidget::isExpanded() const
{
    return m_toggle->isChecked();
}

void CheckRowWidget::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded)
        m_toggle->setChecked(expanded); // comes back here through toggled()
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_explanation->setVisible(expanded);
}

void CheckRowWidget::mouseReleaseEvent(QMouseEvent *event)
{
    // A click anywhere on the row opens it, not only on the small arrow.
    if (event->button() == Qt::LeftButton)
        setExpanded(!isExpanded());
    QWidget::mouseReleaseEvent(event);
}

CheckListView::CheckListView(QWidget *parent) : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_empty = new QLabel(tr("Nothing to show yet."));
    m_layout->addWidget(m_empty);
}

void CheckListView::setItems(const QList<CheckItem> &items)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    for (const CheckItem &item : items) {
        auto *row = new CheckRowWidget(item, this);
        m_layout->addWidget(row);
        m_rows.append(row);
    }
    m_empty->setVisible(items.isEmpty());
}

QString CheckListView::toPlainText() const
{
    QStringList lines;
    for (const CheckRowWidget *row : m_rows)
        lines.append(row->statusText() + QStringLiteral(": ") + row->item().title);
    return lines.join(QLatin1Char('\n'));
}

} // namespace SmtpTutor
