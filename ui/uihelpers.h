#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QLineEdit;
class QWidget;

namespace SmtpTutor::Ui {

// True when the desktop names an icon theme of its own (not just the hicolor fallback).
bool hasDesktopIconTheme();

// A theme icon when the desktop has an icon theme (our SVG under ":/icons/<name>.svg" as the
// fallback), else our PNG rendering of the same drawing.
QIcon themeIcon(const QString &name);

// Without a desktop icon theme, limits icon theme lookups to our own resources. Qt's style still
// asks the theme for its standard icons (a table header's, a dock's buttons); the first such
// lookup parses hicolor's whole index (about 3,800 lines, some 5 ms at start-up) only to find
// none of them and fall back to the style's built-in pixmaps, which it now does at once.
void useBundledIconsWithoutDesktopTheme();

// True when the palette's window colour is dark (dark theme): reply colours get lighter tones.
bool isDarkPalette(const QPalette &palette);

// The colour of a reply code's class (2xx green, 3xx blue, 4xx amber, 5xx red), chosen to stay
// readable on the given palette's base colour. Invalid colour for 0.
QColor replyClassColor(int code, const QPalette &palette);

// "success", "intermediate", "temporary failure", "permanent failure".
QString replyClassName(int code);

// A button at the end of the line edit that empties it, shown while there is text. Our own
// rather than QLineEdit::setClearButtonEnabled: that one asks the style for a theme icon (see
// useBundledIconsWithoutDesktopTheme for what that costs where the lookup is not limited), and
// its action stays visible while only its button fades, so tests cannot see the state.
void addClearButton(QLineEdit *edit);

// objectName + accessible name in one call, so no control is ever left unnamed.
void name(QWidget *widget, const QString &objectName, const QString &accessibleName);

} // namespace SmtpTutor::Ui
