// The core library is Qt Core + Qt Network only (DESIGN.md, "The house"): it must build and run
// with no widget or GUI module, so the CLI, the practice server and the tests never need one.
// This test walks every file under core/ and fails on an #include of a Qt Widgets or Qt GUI
// header, and checks that nothing links or compiles core against those modules.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

const QString kSourceDir = QStringLiteral(SMTP_TUTOR_SOURCE_DIR);
const QString kBinaryDir = QStringLiteral(SMTP_TUTOR_BINARY_DIR);

// Header names the GUI-side modules install (QWidget, qwidget.h, QMainWindow ...), read from the
// Qt installation itself so a new class cannot slip through; a fixed list backs it up.
QSet<QString> forbiddenHeaderNames()
{
    QSet<QString> names { QStringLiteral("QtWidgets"), QStringLiteral("QtGui"), QStringLiteral("QWidget"),
        QStringLiteral("QApplication"), QStringLiteral("QMainWindow"), QStringLiteral("QDialog"),
        QStringLiteral("QMessageBox"), QStringLiteral("QLabel"), QStringLiteral("QPushButton"),
        QStringLiteral("QLineEdit"), QStringLiteral("QPlainTextEdit"), QStringLiteral("QDockWidget"),
        QStringLiteral("QGuiApplication"), QStringLiteral("QAction"), QStringLiteral("QIcon"),
        QStringLiteral("qwidget.h"), QStringLiteral("qapplication.h") };
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    QSet<QString> allowed; // a name that Core or Network also installs is not a GUI header
    for (const QString &module : { QStringLiteral("QtCore"), QStringLiteral("QtNetwork") }) {
        const QStringList files = QDir(headers + u'/' + module).entryList(QDir::Files);
        allowed.unite(QSet<QString>(files.cbegin(), files.cend()));
    }
    for (const QString &module : { QStringLiteral("QtWidgets"), QStringLiteral("QtGui") }) {
        for (const QString &file : QDir(headers + u'/' + module).entryList(QDir::Files)) {
            if (!allowed.contains(file))
                names.insert(file);
        }
    }
    return names;
}

// The forbidden includes found in one file's text, as "line N: #include <...>".
QStringList forbiddenIncludes(const QString &text, const QSet<QString> &forbidden)
{
    // (A plain literal, not a raw string: moc 6.4 misreads this raw string and skips the file.)
    static const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"), QRegularExpression::MultilineOption);
    QStringList found;
    auto it = include.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString path = m.captured(1);
        const QString name = path.section(u'/', -1);
        const bool gui = forbidden.contains(name) || path.startsWith(QLatin1String("QtWidgets/"))
            || path.startsWith(QLatin1String("QtGui/"));
        if (gui) {
            const int line = int(text.left(m.capturedStart()).count(u'\n')) + 1;
            found << QStringLiteral("line %1: %2").arg(line).arg(m.captured(0).trimmed());
        }
    }
    return found;
}

} // namespace

class TestCoreLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The scanner itself: it must catch every way of spelling a widget include, and only those.
    void scanner_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hits");
        QTest::newRow("QWidget") << QStringLiteral("#include <QWidget>\n") << 1;
        QTest::newRow("module path") << QStringLiteral("#include <QtWidgets/QLabel>\n") << 1;
        QTest::newRow("module") << QStringLiteral("#  include <QtWidgets>\n") << 1;
        QTest::newRow("lower-case header") << QStringLiteral("#include <qmainwindow.h>\n") << 1;
        QTest::newRow("quoted") << QStringLiteral("#include \"QMessageBox\"\n") << 1;
        QTest::newRow("gui") << QStringLiteral("#include <QGuiApplication>\n") << 1;
        QTest::newRow("core and network")
            << QStringLiteral("#include <QObject>\n#include <QSslSocket>\n"
                              "#include <QtCore/QString>\n#include \"reply.h\"\n")
            << 0;
        QTest::newRow("several") << QStringLiteral(
            "#include <QDialog>\n#include <QString>\n#include <QApplication>\n")
                                 << 2;
    }
    void scanner()
    {
        QFETCH(QString, text);
        QFETCH(int, hits);
        QCOMPARE(forbiddenIncludes(text, forbiddenHeaderNames()).size(), hits);
    }

    void coreIncludesNoWidgetHeader()
    {
        const QString core = kSourceDir + QStringLiteral("/core");
        QVERIFY2(QFileInfo(core).isDir(), qPrintable(core));
        const QSet<QString> forbidden = forbiddenHeaderNames();
        QVERIFY(forbidden.contains(QStringLiteral("QWidget")));

        QStringList problems;
        int scanned = 0;
        QDirIterator it(core,
            { QStringLiteral("*.h"), QStringLiteral("*.hpp"), QStringLiteral("*.cpp"), QStringLiteral("*.cc"),
                QStringLiteral("*.cxx"), QStringLiteral("*.ipp") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++scanned;
            for (const QString &hit : forbiddenIncludes(QString::fromUtf8(file.readAll()), forbidden))
                problems << QDir(kSourceDir).relativeFilePath(path) + QStringLiteral(", ") + hit;
        }
        qInfo("scanned %d files under core/", scanned);
        QVERIFY(scanned > 0);
        QVERIFY2(problems.isEmpty(),
            qPrintable(
                QStringLiteral("widget headers in core/:\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    void coreLinksNoWidgetModule()
    {
        // Every CMakeLists.txt that shapes the core target: no GUI module may appear in it.
        static const QRegularExpression guiModule(
            QStringLiteral(R"(Qt[0-9]?::(Widgets|Gui|OpenGL\w*|Quick\w*))"));
        QStringList problems;
        QDirIterator it(kSourceDir + QStringLiteral("/core"), { QStringLiteral("CMakeLists.txt") },
            QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
            ++scanned;
            int lineNumber = 0;
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine());
                ++lineNumber;
                const QString code = line.section(u'#', 0, 0); // comments may name the rule
                if (guiModule.match(code).hasMatch() || code.contains(QLatin1String("Widgets")))
                    problems << QStringLiteral("%1:%2: %3")
                                    .arg(QDir(kSourceDir).relativeFilePath(path))
                                    .arg(lineNumber)
                                    .arg(line.trimmed());
            }
        }
        QVERIFY(scanned > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void coreCompilesWithoutWidgetIncludePaths()
    {
        // What the build really did: no core source was compiled with a QtWidgets/QtGui include
        // directory, which is what linking Qt6::Widgets (even transitively) would add.
        QFile file(kBinaryDir + QStringLiteral("/compile_commands.json"));
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("no compile_commands.json in the build folder (the include and CMake checks still ran)");
        const QJsonArray commands = QJsonDocument::fromJson(file.readAll()).array();
        QVERIFY(!commands.isEmpty());
        const QString coreDir = QDir(kSourceDir + QStringLiteral("/core")).canonicalPath() + u'/';
        static const QRegularExpression guiInclude(QStringLiteral(R"(/Qt(Widgets|Gui)(\s|/|$))"));
        int coreFiles = 0;
        QStringList problems;
        for (const QJsonValue &value : commands) {
            const QJsonObject entry = value.toObject();
            const QString source
                = QFileInfo(entry.value(QLatin1String("file")).toString()).canonicalFilePath();
            if (!source.startsWith(coreDir))
                continue;
            ++coreFiles;
            const QString command = entry.value(QLatin1String("command")).toString();
            if (guiInclude.match(command).hasMatch())
                problems << QDir(kSourceDir).relativeFilePath(source);
        }
        QVERIFY2(coreFiles > 0, "compile_commands.json lists no file under core/");
        QVERIFY2(problems.isEmpty(),
            qPrintable(
                QStringLiteral("compiled with a GUI include path: ") + problems.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestCoreLayering)
#include "tst_corelayering.moc"
