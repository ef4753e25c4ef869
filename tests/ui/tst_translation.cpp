// The German translation: the .ts file is complete, the language follows the settings key
// "ui/language" or the locale, and a real MainWindow built under the German translator shows no
// English text in its menus, toolbars, docks, tabs, buttons, labels, placeholders and headers.

#include "mainwindow.h"
#include "translation.h"
#include "translationcheck.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

namespace {

// Places are named by object name or position, never by text, so the same action has the same
// place in an English and a German window.
void addActions(QList<VisibleText> &out, const QString &where, const QList<QAction *> &actions)
{
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QAction *action = actions.at(i);
        if (action->isSeparator())
            continue;
        const QString place = where + QStringLiteral(" > ")
            + (action->objectName().isEmpty() ? QString::number(i) : action->objectName());
        out.append({ place + QStringLiteral(" text"), action->text() });
        out.append({ place + QStringLiteral(" tool tip"), action->toolTip() });
        out.append({ place + QStringLiteral(" status tip"), action->statusTip() });
        if (action->menu())
            addActions(out, place, action->menu()->actions());
    }
}

QString nameOf(const QObject *object)
{
    QStringList path;
    for (const QObject *o = object; o && !o->inherits("QMainWindow"); o = o->parent())
        path.prepend(
            o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(QLatin1Char('/'));
}

// Every piece of text a learner can read in the window's chrome, in a fixed order, so the same
// index in an English and a German window names the same thing.
QList<VisibleText> visibleTexts(QMainWindow *window)
{
    QList<VisibleText> out;
    out.append({ QStringLiteral("window title"), window->windowTitle() });
    addActions(out, QStringLiteral("menu bar"), window->menuBar()->actions());
    for (const QToolBar *bar : window->findChildren<QToolBar *>()) {
        out.append({ nameOf(bar) + QStringLiteral(" title"), bar->windowTitle() });
        addActions(out, nameOf(bar), bar->actions());
    }
    for (const QDockWidget *dock : window->findChildren<QDockWidget *>())
        out.append({ nameOf(dock) + QStringLiteral(" title"), dock->windowTitle() });
    for (const QTabBar *bar : window->findChildren<QTabBar *>()) {
        for (int i = 0; i < bar->count(); ++i) {
            out.append({ nameOf(bar) + QStringLiteral(" tab %1").arg(i), bar->tabText(i) });
            out.append({ nameOf(bar) + QStringLiteral(" tab %1 tool tip").arg(i), bar->tabToolTip(i) });
        }
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        out.append({ nameOf(button) + QStringLiteral(" text"), button->text() });
        out.append({ nameOf(button) + QStringLiteral(" tool tip"), button->toolTip() });
    }
    for (const QLabel *label : window->findChildren<QLabel *>())
        out.append({ nameOf(label) + QStringLiteral(" text"), label->text() });
    for (const QLineEdit *edit : window->findChildren<QLineEdit *>())
        out.append({ nameOf(edit) + QStringLiteral(" placeholder"), edit->placeholderText() });
    for (const QPlainTextEdit *edit : window->findChildren<QPlainTextEdit *>())
        out.append({ nameOf(edit) + QStringLiteral(" placeholder"), edit->placeholderText() });
    for (const QTextEdit *edit : window->findChildren<QTextEdit *>())
        out.append({ nameOf(edit) + QStringLiteral(" placeholder"), edit->placeholderText() });
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        out.append({ nameOf(box) + QStringLiteral(" title"), box->title() });
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model || qobject_cast<const QComboBox *>(view->parent()))
            continue;
        for (int column = 0; column < model->columnCount(); ++column)
            out.append({ nameOf(view) + QStringLiteral(" header %1").arg(column),
                model->headerData(column, Qt::Horizontal).toString() });
    }
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->accessibleName().isEmpty())
            out.append({ nameOf(widget) + QStringLiteral(" accessible name"), widget->accessibleName() });
    }
    // Qt's own widgets inside ours (dock float/close buttons, tab scroll arrows) speak Qt's
    // strings, which come from qtbase_de.qm (qt6-translations-l10n), not from this project.
    // The lesson texts themselves are data (resources/lessons/*.json, English only), as is the
    // command a step asks for; the words around them are checked.
    out.removeIf([](const VisibleText &item) {
        static const QStringList foreign
            = { QStringLiteral("/qt_dockwidget_"), QStringLiteral("/ScrollLeftButton"),
                  QStringLiteral("/ScrollRightButton"), QStringLiteral("/lessonSummary text"), QStringLiteral("/lessonTitle text"),
                  QStringLiteral("/lessonStepBody text"), QStringLiteral("/lessonCommand text") };
        return std::any_of(foreign.cbegin(), foreign.cend(),
            [&item](const QString &part) { return item.where.contains(part); });
    });
    // Unique places: a repeated path gets " #2", " #3", ...
    QHash<QString, int> seen;
    for (VisibleText &item : out) {
        const int count = ++seen[item.where];
        if (count > 1)
            item.where += QStringLiteral(" #%1").arg(count);
    }
    return out;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void tsFileIsComplete();
    void languageFromSettings_data();
    void languageFromSettings();
    void systemLocaleIsFollowed();
    void languageMenuStoresTheChoice();
    void germanMainWindowHasNoEnglish();
    void germanScreenshot();

private:
    QTemporaryDir m_settingsDir;
};

void TestTranslation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-translation-test"));
}

void TestTranslation::init()
{
    QSettings().clear();
}

void TestTranslation::cleanup()
{
    Translation::install(QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// No "unfinished" (or empty) translation, every plural form filled, and every %1 / %n of the
// English text kept, so .arg() fills the German text the same way.
void TestTranslation::tsFileIsComplete()
{
    QFile file(QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/translations/smtp-tutor_de.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString source;
    int messages = 0;
    QStringList problems;
    const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n|L\\d+)"));
    const auto placeholders = [&placeholder](const QString &text) {
        QStringList found;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext())
            found.append(it.next().captured(0));
        found.sort();
        found.removeDuplicates();
        return found;
    };
    const auto check = [&](const QString &translation) {
        if (translation.trimmed().isEmpty())
            problems.append(QStringLiteral("empty: ") + source);
        else if (placeholders(translation) != placeholders(source))
            problems.append(QStringLiteral("placeholders differ: \"%1\" -> \"%2\"").arg(source, translation));
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            QCOMPARE(
                xml.attributes().value(QLatin1String("language")).toString().left(2), QStringLiteral("de"));
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished"))
                problems.append(QStringLiteral("unfinished: ") + source);
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                problems.append(QStringLiteral("obsolete (run update_translations): ") + source);
            bool plural = false;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    plural = true;
                    check(xml.readElementText());
                } else if (xml.isCharacters() && !plural) {
                    text += xml.text();
                }
            }
            if (!plural)
                check(text);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, "the .ts file holds suspiciously few messages");
    for (const QString &line : std::as_const(problems))
        qWarning().noquote() << line;
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s) in the .ts file, listed above").arg(problems.size())));
}

void TestTranslation::languageFromSettings_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en");
    QTest::newRow("system (English locale)") << QStringLiteral("system") << QStringLiteral("en");
    QTest::newRow("unknown value counts as system") << QStringLiteral("klingon") << QStringLiteral("en");
}

void TestTranslation::languageFromSettings()
{
    QFETCH(QString, setting);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().setValue(QLatin1String(Translation::SettingsKey), setting);
    QCOMPARE(Translation::installFromSettings(), expected);
    const QString file = QCoreApplication::translate("SmtpTutor::MainWindow", "&File");
    QCOMPARE(file == QLatin1String("&File"), expected == QLatin1String("en"));
    // Installing again replaces the translators instead of stacking them.
    QCOMPARE(Translation::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("SmtpTutor::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslation::systemLocaleIsFollowed()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Austria));
    QCOMPARE(Translation::installFromSettings(), QStringLiteral("de"));
    QVERIFY(QCoreApplication::translate("SmtpTutor::MainWindow", "&File") != QLatin1String("&File"));
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(Translation::install(QStringLiteral("system")), QStringLiteral("en"));
    QCOMPARE(Translation::displayName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(Translation::displayName(QStringLiteral("en")), QStringLiteral("English"));
}

void TestTranslation::languageMenuStoresTheChoice()
{
    QSettings().setValue(QLatin1String(Translation::SettingsKey), QStringLiteral("de"));
    QWidget parent;
    std::unique_ptr<QMenu> menu(Translation::createLanguageMenu(&parent));
    QCOMPARE(menu->objectName(), QStringLiteral("languageMenu"));
    QStringList codes;
    for (QAction *action : menu->actions())
        codes << action->data().toString();
    QCOMPARE(codes, (QStringList { QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de") }));
    auto *german = menu->findChild<QAction *>(QStringLiteral("language-de"));
    auto *english = menu->findChild<QAction *>(QStringLiteral("language-en"));
    QVERIFY(german && english);
    QVERIFY(german->isChecked());
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    english->trigger();
    QVERIFY(english->isChecked() && !german->isChecked());
    QCOMPARE(QSettings().value(QLatin1String(Translation::SettingsKey)).toString(), QStringLiteral("en"));
    QCOMPARE(Translation::installFromSettings(), QStringLiteral("en"));
}

void TestTranslation::germanMainWindowHasNoEnglish()
{
    QList<VisibleText> english;
    {
        Translation::install(QStringLiteral("en"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        english = visibleTexts(&window);
    }
    QSettings().clear();
    QCOMPARE(Translation::install(QStringLiteral("de")), QStringLiteral("de"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<VisibleText> german = visibleTexts(&window);

    int checked = 0;
    const QStringList untranslated = untranslatedTexts(english, german, &checked);
    qInfo("%d visible strings compared", checked);
    QVERIFY2(checked > 50, "too few strings found in the window");
    // One line each (QTest shortens long failure messages).
    for (const QString &line : std::as_const(untranslated))
        qWarning().noquote() << "still English:" << line;
    QVERIFY2(untranslated.isEmpty(),
        qPrintable(QStringLiteral(
            "%1 string(s) still English, listed above. New strings: run cmake --build <build dir> --target "
            "update_translations, then translate them in translations/smtp-tutor_de.ts")
                       .arg(untranslated.size())));
}

// Only when SMTP_TUTOR_SCREENSHOT names a PNG file: the German window four steps into the
// lesson, captured from the X server with ImageMagick's import (under xvfb-run), or grabbed from
// the widget when there is no X display. Used for docs/main-window-de.png.
void TestTranslation::germanScreenshot()
{
    const QString target = qEnvironmentVariable("SMTP_TUTOR_SCREENSHOT");
    if (target.isEmpty())
        QSKIP("set SMTP_TUTOR_SCREENSHOT=file.png to take the screenshot");
    QCOMPARE(Translation::install(QStringLiteral("de")), QStringLiteral("de"));
    MainWindow window;
    window.resize(1400, 900);
    window.move(0, 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *fill = window.findChild<QPushButton *>(QStringLiteral("fillButton"));
    auto *edit = window.findChild<QWidget *>(QStringLiteral("commandLineEdit"));
    QVERIFY(fill && edit);
    for (int step = 0; step < 4; ++step) {
        QTest::mouseClick(fill, Qt::LeftButton);
        QTest::keyClick(edit, Qt::Key_Return);
        QTest::qWait(150);
    }
    QTest::qWait(500);
    if (QGuiApplication::platformName() == QLatin1String("xcb")) {
        QProcess import;
        import.start(QStringLiteral("import"), { QStringLiteral("-window"), QStringLiteral("root"), target });
        QVERIFY(import.waitForFinished(30000));
        QCOMPARE(import.exitCode(), 0);
    } else {
        QVERIFY(window.grab().save(target));
    }
    qInfo().noquote() << "screenshot:" << target;
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
