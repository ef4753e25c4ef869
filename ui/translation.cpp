#include "translation.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

namespace SmtpTutor::Translation {

namespace {

const QString OwnPrefix = QStringLiteral(":/i18n");
const QString OwnBaseName = QStringLiteral("smtp-tutor");
// Marks the translators this file installed, so a second install() can take them out again.
const QString TranslatorName = QStringLiteral("smtpTutorTranslator");

void removeInstalled(QCoreApplication *app)
{
    const QList<QTranslator *> installed
        = app->findChildren<QTranslator *>(TranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTranslator *newTranslator(QCoreApplication *app)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(TranslatorName);
    return translator;
}

} // namespace

QStringList availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString displayName(const QString &language)
{
    if (language == QLatin1String("system"))
        return QCoreApplication::translate("SmtpTutor::Translation", "System language");
    // Each language in its own name, so a learner can find theirs in a foreign interface.
    if (language == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return language;
}

QString install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return QStringLiteral("en");
    removeInstalled(app);

    // English is the source language: nothing to load.
    if (language == QLatin1String("en"))
        return QStringLiteral("en");

    const QLocale locale = availableLanguages().contains(language) ? QLocale(language) : QLocale();
    QTranslator *own = newTranslator(app);
    // QTranslator::load(QLocale, ...) walks locale.uiLanguages() (de-AT, de, ...) and takes the
    // first file that exists, so "de_AT.UTF-8" still finds smtp-tutor_de.qm.
    if (!own->load(locale, OwnBaseName, QStringLiteral("_"), OwnPrefix)) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);

    // Qt's own strings (standard buttons, the file dialog, "About Qt") come from qtbase_*.qm
    // when the system has them (Debian: qt6-translations-l10n). Optional: without it those few
    // strings stay English.
    QTranslator *qt = newTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    return own->language().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
}

QString installFromSettings()
{
    return install(QSettings().value(QLatin1String(SettingsKey), QStringLiteral("system")).toString());
}

QMenu *createLanguageMenu(QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("SmtpTutor::Translation", "&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QString current
        = QSettings().value(QLatin1String(SettingsKey), QStringLiteral("system")).toString();
    const QStringList choices = QStringList { QStringLiteral("system") } + availableLanguages();
    for (const QString &code : choices) {
        QAction *action = menu->addAction(displayName(code));
        action->setObjectName(QStringLiteral("language-") + code);
        action->setCheckable(true);
        action->setChecked(
            code == current || (code == QLatin1String("system") && !choices.contains(current)));
        action->setData(code);
        action->setStatusTip(QCoreApplication::translate(
            "SmtpTutor::Translation", "The language changes the next time SMTP Tutor starts"));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu,
            [code] { QSettings().setValue(QLatin1String(SettingsKey), code); });
    }
    return menu;
}

} // namespace SmtpTutor::Translation
