#include "timingwaterfall.h"

#include <QHash>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionFocusRect>

namespace SmtpTutor {

namespace {
constexpr int kMargin = 8;
} // namespace

TimingWaterfall::TimingWaterfall(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timingWaterfall"));
    setAccessibleName(tr("Timings"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QString TimingWaterfall::stepLabel(const QString &step)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("connect"), QT_TR_NOOP("Connect")},
        {QStringLiteral("greeting"), QT_TR_NOOP("Greeting")},
        {QStringLiteral("ehlo"), QT_TR_NOOP("EHLO")},
        {QStringLiteral("starttls"), QT_TR_NOOP("STARTTLS")},
        {QStringLiteral("tls"), QT_TR_NOOP("TLS handshake")},
        {QStringLiteral("ehlo_tls"), QT_TR_NOOP("EHLO after TLS")},
        {QStringLiteral("auth"), QT_TR_NOOP("AUTH")},
        {QStringLiteral("mail"), QT_TR_NOOP("MAIL FROM")},
        {QStringLiteral("rcpt"), QT_TR_NOOP("RCPT TO")},
        {QStringLiteral("data"), QT_TR_NOOP("DATA")},
        {QStringLiteral("rset"), QT_TR_NOOP("RSET")},
        {QStringLiteral("quit"), QT_TR_NOOP("QUIT")},
    };
    const auto found = labels.constFind(step);
    return found == labels.constEnd() ? step : tr(found.value());
}

void TimingWaterfall::setTimings(const QList<StepTiming> &timings, Layout layout)
{
    m_bars.clear();
    qint64 start = 0;
    for (const StepTiming &timing : timings) {
        m_bars.append({stepLabel(timing.step), layout == Layout::Sequential ? start : 0, qMax<qint64>(0, timing.ms)});
        start += qMax<qint64>(0, timing.ms);
    }
    barsChanged();
}

void TimingWaterfall::setTimings(const QList<AuditTiming> &timings)
{
    m_bars.clear();
    for (const AuditTiming &timing : timings)
        m_bars.append({stepLabel(timing.step), qMax<qint64>(0, timing.startMs), qMax<qint64>(0, timing.ms)});
    barsChanged();
}

void TimingWaterfall::barsChanged()
{
    QStringList all;
    for (int i = 0; i < barCount(); ++i)
        all.append(barText(i));
    setAccessibleDescription(all.isEmpty() ? tr("No timings yet.") : all.join(QStringLiteral("; ")));
    m_current = m_bars.isEmpty() ? -1 : 0;
    updateGeometry();
    update();
}

QString TimingWaterfall::barText(int index) const
{
    if (index < 0 || index >= barCount())
        return {};
    const Bar &bar = m_bars.at(index);
    return tr("%1: starts at %2 ms, takes %3 ms").arg(bar.label).arg(bar.start).arg(bar.ms);
}

int TimingWaterfall::rowHeight() const
{
    return fontMetrics().height() * 8 / 5;
}

int TimingWaterfall::labelWidth() const
{
    int widest = 0;
    for (const Bar &bar : m_bars)
        widest = qMax(widest, fontMetrics().horizontalAdvance(bar.label));
    // Never more than a third of the width: a long name is elided rather than squeezing the bars.
    return qMin(widest + kMargin, qMax(40, width() / 3));
}

int TimingWaterfall::valueWidth() const
{
    return fontMetrics().horizontalAdvance(tr("%1 ms").arg(span())) + kMargin;
}

qint64 TimingWaterfall::span() const
{
    qint64 end = 1;
    for (const Bar &bar : m_bars)
        end = qMax(end, bar.start + bar.ms);
    return end;
}

QRect TimingWaterfall::barRect(int index) const
{
    if (index < 0 || index >= barCount())
        return {};
    const Bar &bar = m_bars.at(index);
    const int left = kMargin + labelWidth();
    const int available = qMax(1, width() - left - valueWidth() - kMargin);
    const int x = left + int(double(bar.start) * available / double(span()));
    const int w = qMax(2, int(double(bar.ms) * available / double(span())));
    const int h = rowHeight();
    return QRect(x, kMargin + index * h + h / 5, qMin(w, left + available - x), h * 3 / 5);
}

QSize TimingWaterfall::sizeHint() const
{
    return QSize(480, 2 * kMargin + (qMax(1, barCount()) + 1) * rowHeight());
}

QSize TimingWaterfall::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

void TimingWaterfall::paintAxis(QPainter &painter) const
{
    const int left = kMargin + labelWidth();
    const int right = width() - valueWidth() - kMargin;
    const int y = kMargin + barCount() * rowHeight() + 2;
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(left, y, right, y);
    painter.setPen(palette().color(QPalette::Text));
    const QRect below(left, y + 2, right - left, rowHeight());
    painter.drawText(below, Qt::AlignLeft | Qt::AlignTop, tr("0 ms"));
    painter.drawText(below, Qt::AlignRight | Qt::AlignTop, tr("%1 ms").arg(span()));
}

void TimingWaterfall::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor barColour = palette().color(QPalette::Highlight);
    for (int i = 0; i < barCount(); ++i) {
        const QRect bar = barRect(i);
        const QRect row(0, kMargin + i * rowHeight(), width(), rowHeight());
        if (i == m_current && hasFocus())
            painter.fillRect(row, palette().color(QPalette::AlternateBase));
        painter.setPen(palette().color(QPalette::Text));
        const QString label = fontMetrics().elidedText(m_bars.at(i).label, Qt::ElideRight, labelWidth() - kMargin);
        painter.drawText(QRect(kMargin, row.top(), labelWidth() - kMargin, row.height()), Qt::AlignVCenter | Qt::AlignLeft, label);
        painter.fillRect(bar, barColour);
        painter.drawText(QRect(bar.right() + 4, row.top(), width() - bar.right() - 4, row.height()), Qt::AlignVCenter | Qt::AlignLeft,
                         tr("%1 ms").arg(m_bars.at(i).ms));
    }
    if (barCount() == 0)
        painter.drawText(rect(), Qt::AlignCenter, tr("No timings yet."));
    else
        paintAxis(painter);
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = m_current >= 0 ? QRect(0, kMargin + m_current * rowHeight(), width(), rowHeight()) : rect();
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void TimingWaterfall::setCurrentBar(int index)
{
    if (index < 0 || index >= barCount() || index == m_current)
        return;
    m_current = index;
    setToolTip(barText(index));
    update();
}

void TimingWaterfall::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down)
        setCurrentBar(m_current + 1);
    else if (event->key() == Qt::Key_Up)
        setCurrentBar(m_current - 1);
    else
        QWidget::keyPressEvent(event);
}

void TimingWaterfall::mousePressEvent(QMouseEvent *event)
{
    setCurrentBar((event->position().toPoint().y() - kMargin) / qMax(1, rowHeight()));
    QWidget::mousePressEvent(event);
}

} // namespace SmtpTutor
