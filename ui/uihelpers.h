#pragma once

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QString>

class QWidget;

namespace SmtpTutor::Ui {

// A theme icon when the desktop has one, else our SVG under ":/icons/<name>.svg".
QIcon themeIcon(const QString &name);

// True when the palette's window colour is dark (dark theme): reply colours get lighter tones.
bool isDarkPalette(const QPalette &palette);

// The colour of a reply code's class (2xx green, 3xx blue, 4xx amber, 5xx red), chosen to stay
// readable on the given palette's base colour. Invalid colour for 0.
QColor replyClassColor(int code, const QPalette &palette);

// "success", "intermediate", "temporary failure", "permanent failure".
QString replyClassName(int code);

// objectName + accessible name in one call, so no control is ever left unnamed.
void name(QWidget *widget, const QString &objectName, const QString &accessibleName);

} // namespace SmtpTutor::Ui
