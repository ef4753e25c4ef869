#include "examreportcard.h"

#include "uihelpers.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {

// A round badge in the verdict's colour with a tick, a cross or an exclamation mark drawn in
// the base colour (light on dark badges in a light theme, dark on light ones in a dark theme).
QPixmap badge(ExamResult result, const QPalette &palette, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ExamReportCard::resultColor(result, palette));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    QPen pen(palette.color(QPalette::Base), size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (result) {
    case ExamResult::Pass: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.73, s * 0.34);
        painter.drawPath(tick);
        break;
    }
    case ExamResult::Fail:
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case ExamResult::Incomplete:
        painter.drawLine(QPointF(s * 0.5, s * 0.25), QPointF(s * 0.5, s * 0.56));
        painter.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    }
    return pixmap;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent, Qt::TextFormat format = Qt::PlainText)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(format);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ExamReportCard::ExamReportCard(const ExamVerdict &verdict, QWidget *parent)
    : QFrame(parent)
    , m_verdict(verdict)
    , m_icon(new QLabel(this))
    , m_word(new QLabel(resultWord(verdict.result), this))
{
    const ExamInfo info = ExamCatalog::info(verdict.exam);
    setObjectName(QStringLiteral("examReportCard"));
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("%1: %2, %3").arg(resultWord(verdict.result), info.title, sessionText()));
    setAccessibleDescription(verdict.reason);

    m_word->setObjectName(QStringLiteral("examVerdictWord"));
    QFont bold = font();
    bold.setBold(true);
    m_word->setFont(bold);
    auto *title = new QLabel(info.title, this);
    title->setObjectName(QStringLiteral("examCardTitle"));
    auto *session = new QLabel(sessionText(), this);
    session->setForegroundRole(QPalette::PlaceholderText);
    auto *reason = wrappedLabel(verdict.reason, this);
    reason->setObjectName(QStringLiteral("examCardReason"));

    // The transcript lines, as the transcript shows them: monospace, never interpreted as markup.
    auto *evidence = wrappedLabel(verdict.evidence.join(QLatin1Char('\n')), this);
    evidence->setObjectName(QStringLiteral("examCardEvidence"));
    evidence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    evidence->setBackgroundRole(QPalette::AlternateBase);
    evidence->setAutoFillBackground(true);
    evidence->setMargin(4);
    evidence->setVisible(!verdict.evidence.isEmpty());

    auto *correct = wrappedLabel(QStringLiteral("<b>%1</b> %2")
                                     .arg(tr("What a correct client does:").toHtmlEscaped(),
                                         info.correctClient.toHtmlEscaped()),
        this, Qt::RichText);
    correct->setObjectName(QStringLiteral("examCardCorrectClient"));
    auto *rfc = wrappedLabel(tr("Where the rule is written: %1").arg(info.rfc), this);
    rfc->setObjectName(QStringLiteral("examCardRfc"));
    rfc->setForegroundRole(QPalette::PlaceholderText);

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon);
    head->addWidget(m_word);
    head->addSpacing(4);
    head->addWidget(title, 1);
    head->addWidget(session);
    auto *layout = new QVBoxLayout(this);
    // Room on the left for the coloured bar paintEvent draws.
    layout->setContentsMargins(14, 8, 10, 8);
    layout->setSpacing(6);
    layout->addLayout(head);
    layout->addWidget(reason);
    layout->addWidget(evidence);
    layout->addWidget(correct);
    layout->addWidget(rfc);
    // Selectable labels take the focus of a click for themselves; the card is what is chosen.
    for (QLabel *label : findChildren<QLabel *>())
        label->setFocusProxy(this);
    updateIcon();
}

QString ExamReportCard::resultWord(ExamResult result)
{
    switch (result) {
    case ExamResult::Pass:
        return tr("PASS");
    case ExamResult::Fail:
        return tr("FAIL");
    case ExamResult::Incomplete:
        break;
    }
    return tr("INCOMPLETE");
}

QColor ExamReportCard::resultColor(ExamResult result, const QPalette &palette)
{
    switch (result) {
    case ExamResult::Pass:
        return Ui::replyClassColor(250, palette);
    case ExamResult::Fail:
        return Ui::replyClassColor(550, palette);
    case ExamResult::Incomplete:
        break;
    }
    return Ui::replyClassColor(450, palette);
}

QString ExamReportCard::sessionText() const
{
    QStringList ids;
    for (int id : m_verdict.sessions)
        ids << QStringLiteral("#%1").arg(id);
    return ids.size() == 1 ? tr("session %1").arg(ids.first())
                           : tr("sessions %1").arg(ids.join(QStringLiteral(", ")));
}

void ExamReportCard::updateIcon()
{
    const int size = fontMetrics().height();
    m_icon->setPixmap(badge(m_verdict.result, palette(), size, devicePixelRatioF()));
    // The labels inherit the card's Base background, so they draw in Text, not WindowText.
    QPalette wordPalette = m_word->palette();
    const QColor color = resultColor(m_verdict.result, palette());
    wordPalette.setColor(QPalette::WindowText, color);
    wordPalette.setColor(QPalette::Text, color);
    m_word->setPalette(wordPalette);
}

void ExamReportCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

void ExamReportCard::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter painter(this);
    const QRect area = rect();
    // The frame: the highlight colour, thicker, when the card is the chosen one.
    const bool current = hasFocus();
    painter.setPen(QPen(current ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
        current ? 2 : 1));
    painter.drawRect(area.adjusted(current ? 1 : 0, current ? 1 : 0, -1, -1));
    painter.fillRect(QRect(area.left() + 1, area.top() + 1, 5, area.height() - 2),
        resultColor(m_verdict.result, palette()));
}

void ExamReportCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
    Q_EMIT chosen();
}

void ExamReportCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void ExamReportCard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        Q_EMIT stepRequested(event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace SmtpTutor
