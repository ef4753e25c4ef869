// The German translation reaches the windows that are built only on first use, which the main
// window test never sees: the probe dialog (with its port presets), the help dialog, the lesson
// browser, the practice server panel, the exercise panel, the explain view and the find bar.
// Each is built once under English and once under German; no visible text may stay English.

#include "exercisepanel.h"
#include "findbar.h"
#include "helpdialog.h"
#include "lessonbrowser.h"
#include "practice/practiceserverdock.h"
#include "probe/probedialog.h"
#include "reference/explainview.h"
#include "translation.h"
#include "translationcheck.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

using Factory = std::function<std::unique_ptr<QWidget>()>;
Q_DECLARE_METATYPE(Factory)

namespace {

QString nameOf(const QObject *object, const QObject *root)
{
    QStringList path;
    for (const QObject *o = object; o && o != root; o = o->parent())
        path.prepend(
            o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return path.join(QLatin1Char('/'));
}

// OK, Cancel, Close ... of a QDialogButtonBox are Qt's words; they come from qtbase_de.qm when the
// system has it (qt6-translations-l10n), which this project does not ship.
bool isStandardButton(const QAbstractButton *button)
{
    const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
    return box && box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton;
}

// Every piece of text a learner can read in `root`: window and dock titles, labels, buttons,
// group titles, combo items, tabs, placeholders and tool tips, each at a place that does not
// depend on the language.
QList<VisibleText> visibleTexts(QWidget *root)
{
    QList<VisibleText> out;
    out.append({ QStringLiteral("window title"), root->windowTitle() });
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (const QWidget *w : std::as_const(widgets)) {
        const QString place = nameOf(w, root);
        out.append({ place + QStringLiteral(" tool tip"), w->toolTip() });
        if (const auto *label = qobject_cast<const QLabel *>(w))
            out.append({ place + QStringLiteral(" text"), label->text() });
        if (const auto *button = qobject_cast<const QAbstractButton *>(w);
            button && !isStandardButton(button))
            out.append({ place + QStringLiteral(" text"), button->text() });
        if (const auto *box = qobject_cast<const QGroupBox *>(w))
            out.append({ place + QStringLiteral(" title"), box->title() });
        if (const auto *dock = qobject_cast<const QDockWidget *>(w))
            out.append({ place + QStringLiteral(" title"), dock->windowTitle() });
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            out.append({ place + QStringLiteral(" placeholder"), edit->placeholderText() });
        if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
            out.append({ place + QStringLiteral(" placeholder"), edit->placeholderText() });
        if (const auto *edit = qobject_cast<const QTextEdit *>(w))
            out.append({ place + QStringLiteral(" placeholder"), edit->placeholderText() });
        if (const auto *browser = qobject_cast<const QTextBrowser *>(w))
            out.append({ place + QStringLiteral(" document"), browser->toPlainText() });
        // The scenario picker lists the scenarios' own titles: data from resources/scenarios
        // (English only, like the lesson texts), not words of the program.
        const bool data = w->objectName() == QLatin1String("practiceScenarioComboBox");
        if (const auto *combo = qobject_cast<const QComboBox *>(w); combo && !data) {
            for (int i = 0; i < combo->count(); ++i)
                out.append({ place + QStringLiteral(" item %1").arg(i), combo->itemText(i) });
        }
        if (const auto *bar = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                out.append({ place + QStringLiteral(" tab %1").arg(i), bar->tabText(i) });
        }
    }
    // Qt's own parts (dock buttons, tab scroll arrows) speak qtbase_de.qm's strings, not ours.
    out.removeIf([](const VisibleText &item) {
        return item.where.contains(QStringLiteral("qt_dockwidget_"))
            || item.where.contains(QStringLiteral("ScrollLeftButton"))
            || item.where.contains(QStringLiteral("ScrollRightButton"));
    });
    QHash<QString, int> seen;
    for (VisibleText &item : out) {
        const int count = ++seen[item.where];
        if (count > 1)
            item.where += QStringLiteral(" #%1").arg(count);
    }
    return out;
}

QList<VisibleText> textsIn(const QString &language, const Factory &make)
{
    Translation::install(language);
    std::unique_ptr<QWidget> widget = make();
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget.get()))
        qWarning("the window was not exposed");
    return visibleTexts(widget.get());
}

} // namespace

class TestTranslationDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup() { Translation::install(QStringLiteral("en")); }

    void builtOnFirstUseHasNoEnglish_data();
    void builtOnFirstUseHasNoEnglish();
    void probePortPresetsAreGerman();

private:
    QTemporaryDir m_settingsDir;
};

void TestTranslationDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-translation-dialogs-test"));
}

void TestTranslationDialogs::builtOnFirstUseHasNoEnglish_data()
{
    QTest::addColumn<Factory>("make");
    QTest::addColumn<int>("atLeast"); // so that a window that shows nothing cannot pass
    QTest::newRow("probe dialog") << Factory([] { return std::make_unique<ProbeDialog>(); }) << 30;
    QTest::newRow("help dialog") << Factory([] { return std::make_unique<HelpDialog>(); }) << 2;
    QTest::newRow("lesson browser") << Factory([] { return std::make_unique<LessonBrowser>(QString()); })
                                    << 2;
    QTest::newRow("practice server panel")
        << Factory([] { return std::make_unique<PracticeServerDock>(); }) << 10;
    QTest::newRow("exercise panel") << Factory([] { return std::make_unique<ExercisePanel>(); }) << 5;
    QTest::newRow("explain view") << Factory([] { return std::make_unique<ExplainView>(); }) << 2;
    QTest::newRow("find bar") << Factory([] {
        auto holder = std::make_unique<QWidget>();
        auto *view = new QTreeView(holder.get());
        new FindBar(view, 0, holder.get());
        return holder;
    }) << 3;
}

void TestTranslationDialogs::builtOnFirstUseHasNoEnglish()
{
    QFETCH(Factory, make);
    QFETCH(int, atLeast);
    const QList<VisibleText> english = textsIn(QStringLiteral("en"), make);
    const QList<VisibleText> german = textsIn(QStringLiteral("de"), make);
    int checked = 0;
    QStringList untranslated = untranslatedTexts(english, german, &checked);
    // The exercise panel's answer choices are reference data (reply-code meanings from
    // resources/reference/), which has no German edition yet; each build draws its question at
    // random, so the same English meaning on the same button in both builds made this test fail
    // by chance (one run in many). The panel's own texts are still compared.
    untranslated.removeIf([](const QString &line) { return line.contains(QLatin1String("/exerciseAnswerViews/")); });
    qInfo("%d visible strings compared", checked);
    QVERIFY2(checked >= atLeast, qPrintable(QStringLiteral("only %1 strings found").arg(checked)));
    for (const QString &line : std::as_const(untranslated))
        qWarning().noquote() << "still English:" << line;
    QVERIFY2(untranslated.isEmpty(),
        qPrintable(QStringLiteral("%1 string(s) still English, listed above").arg(untranslated.size())));
}

// The four presets of the port box are data translated through QT_TRANSLATE_NOOP; their
// context must be the dialog's own, or they stay English.
void TestTranslationDialogs::probePortPresetsAreGerman()
{
    QCOMPARE(Translation::install(QStringLiteral("de")), QStringLiteral("de"));
    ProbeDialog dialog;
    QComboBox *port = nullptr;
    for (QComboBox *combo : dialog.findChildren<QComboBox *>()) {
        if (combo->findData(465) >= 0)
            port = combo;
    }
    QVERIFY(port);
    QStringList items;
    for (int i = 0; i < port->count(); ++i)
        items << port->itemText(i);
    QCOMPARE(items,
        (QStringList { QStringLiteral("587 Einlieferung (STARTTLS)"),
            QStringLiteral("465 Einlieferung (implizites TLS)"), QStringLiteral("25 von Server zu Server"),
            QStringLiteral("2525 Ausweichport") }));
}

QTEST_MAIN(TestTranslationDialogs)
#include "tst_translationdialogs.moc"
