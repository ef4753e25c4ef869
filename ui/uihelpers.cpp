#include "uihelpers.h"

#include <QCoreApplication>
#include <QWidget>

namespace SmtpTutor::Ui {

QIcon themeIcon(const QString &name)
{
    // With a real desktop icon theme, its icon wins and our SVG is the fallback. Without one
    // (hicolor only, as on a bare X server or a CI machine), asking the theme only costs start-up
    // time (a directory scan per name) and the SVG would pull in the svg plugin, so the PNG
    // rendering of the same drawing is used directly.
    static const bool desktopTheme = [] {
        const QString theme = QIcon::themeName();
        return !theme.isEmpty() && theme != QLatin1String("hicolor");
    }();
    if (desktopTheme)
        return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return QIcon(QStringLiteral(":/icons/png/%1.png").arg(name));
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor replyClassColor(int code, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (code / 100) {
    case 2: return dark ? QColor(0x6f, 0xd4, 0x7f) : QColor(0x1a, 0x7f, 0x37);
    case 3: return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x0b, 0x5c, 0xc2);
    case 4: return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x95, 0x5f, 0x00);
    case 5: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc4, 0x1e, 0x2a);
    }
    return {};
}

QString replyClassName(int code)
{
    switch (code / 100) {
    case 2: return QCoreApplication::translate("SmtpTutor::Ui", "success");
    case 3: return QCoreApplication::translate("SmtpTutor::Ui", "intermediate: the server waits for more");
    case 4: return QCoreApplication::translate("SmtpTutor::Ui", "temporary failure: try again later");
    case 5: return QCoreApplication::translate("SmtpTutor::Ui", "permanent failure: fix something before trying again");
    }
    return {};
}

void name(QWidget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}

} // namespace SmtpTutor::Ui
