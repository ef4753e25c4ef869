#include "checkitem.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace SmtpTutor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SmtpTutor::CheckStatusStyle", text);
}

CheckStatus statusOf(Verdict::Level level)
{
    switch (level) {
    case Verdict::Level::Ok: return CheckStatus::Pass;
    case Verdict::Level::Info: return CheckStatus::Info;
    case Verdict::Level::Warning: return CheckStatus::Warn;
    case Verdict::Level::Error: return CheckStatus::Fail;
    }
    return CheckStatus::Info;
}

QString glyph(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("\u2713"); // check mark
    case CheckStatus::Warn: return QStringLiteral("!");
    case CheckStatus::Fail: return QStringLiteral("\u2715"); // multiplication x
    case CheckStatus::Info: return QStringLiteral("i");
    case CheckStatus::Error: return QStringLiteral("?");
    }
    return {};
}

QPixmap paintIcon(CheckStatus status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(CheckStatusStyle::colour(status));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, size * 2 / 3));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph(status));
    return pixmap;
}
} // namespace

CheckItem CheckItem::fromVerdict(const Verdict &verdict)
{
    CheckItem item;
    item.status = statusOf(verdict.level);
    // A verdict is one sentence, "what: why". The part before the first colon is the title;
    // the rest, when there is one, is its explanation.
    const qsizetype colon = verdict.text.indexOf(QLatin1String(": "));
    if (colon > 0 && colon < 80) {
        item.title = verdict.text.left(colon);
        item.explanation = verdict.text.mid(colon + 2);
    } else {
        item.title = verdict.text;
    }
    return item;
}

CheckItem CheckItem::fromAuditCheck(const AuditCheck &check)
{
    CheckItem item;
    item.status = check.status;
    item.title = check.title;
    item.detail = check.detail;
    item.rule = check.rule;
    item.source = check.source;
    item.explanation = check.explanation;
    item.todo = check.todo;
    item.id = check.id;
    return item;
}

QList<CheckItem> CheckItem::fromVerdicts(const QList<Verdict> &verdicts)
{
    QList<CheckItem> items;
    for (const Verdict &verdict : verdicts)
        items.append(fromVerdict(verdict));
    return items;
}

QList<CheckItem> CheckItem::fromAuditChecks(const QList<AuditCheck> &checks)
{
    QList<CheckItem> items;
    for (const AuditCheck &check : checks)
        items.append(fromAuditCheck(check));
    return items;
}

QString CheckStatusStyle::word(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return tr("Pass");
    case CheckStatus::Warn: return tr("Warning");
    case CheckStatus::Fail: return tr("Fail");
    case CheckStatus::Info: return tr("Info");
    case CheckStatus::Error: return tr("Not checked");
    }
    return {};
}

QString CheckStatusStyle::meaning(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return tr("Pass: the server does what the standards ask here.");
    case CheckStatus::Warn: return tr("Warning: it works, but it is weaker than it should be; worth fixing.");
    case CheckStatus::Fail: return tr("Fail: this breaks a rule that matters for security or delivery; fix it.");
    case CheckStatus::Info: return tr("Information: worth knowing, nothing to fix.");
    case CheckStatus::Error: return tr("Not checked: the check could not run, so it says nothing either way.");
    }
    return {};
}

QColor CheckStatusStyle::colour(CheckStatus status)
{
    // Dark enough for white glyphs and for text on a light background (contrast >= 4.5:1).
    switch (status) {
    case CheckStatus::Pass: return QColor(0x1b, 0x6e, 0x20);
    case CheckStatus::Warn: return QColor(0x9a, 0x5b, 0x00);
    case CheckStatus::Fail: return QColor(0xb0, 0x1c, 0x1c);
    case CheckStatus::Info: return QColor(0x1f, 0x4e, 0x8c);
    case CheckStatus::Error: return QColor(0x55, 0x55, 0x55);
    }
    return Qt::black;
}

QIcon CheckStatusStyle::icon(CheckStatus status)
{
    // Several sizes, so a high-DPI screen picks a sharp one instead of scaling up a small one.
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addPixmap(paintIcon(status, size));
    return icon;
}

} // namespace SmtpTutor
