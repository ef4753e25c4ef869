#pragma once

#include <QString>
#include <QStringList>

class QMenu;
class QWidget;

namespace SmtpTutor {

// The language of the desktop program. The .qm files are compiled into the ui library under
// ":/i18n" (see cmake/Translations.cmake); the CLI does not translate.
namespace Translation {

// QSettings key holding "system" (follow the desktop session), "en" or "de".
inline constexpr char SettingsKey[] = "ui/language";

// The languages the settings may name, besides "system": {"en", "de"}.
QStringList availableLanguages();

// The native name of a language code for a menu ("English", "Deutsch").
QString displayName(const QString &language);

// Installs the translators for `language` ("system", "en", "de"; anything else counts as
// "system") on the running application, replacing the ones installed before. Strings created
// afterwards are translated; existing widgets keep their text until they are rebuilt.
// Returns the language now in effect ("en" when no translation matched).
QString install(const QString &language);

// install() with the language stored under SettingsKey (default "system"). Call it in main()
// after QApplication and its organisation/application names exist, before any window is built.
QString installFromSettings();

// A "Language" menu: System language, English, Deutsch as exclusive checkable actions; choosing
// one stores it under SettingsKey. Widgets that exist keep their text, so the choice takes effect
// at the next start (the status tips say so). objectName "languageMenu"; actions "language-<code>".
QMenu *createLanguageMenu(QWidget *parent);

} // namespace Translation
} // namespace SmtpTutor
