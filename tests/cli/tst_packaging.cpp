// The program as a distribution sees it: the desktop entry and AppStream file validate, the
// versions agree, the install layout is complete, and the .deb builds with computed
// dependencies and its programs run from an unpacked root. The man pages: tst_manpages; the
// bash completion: tst_bashcompletion.
//
// Needs: desktop-file-validate (desktop-file-utils), appstreamcli (appstream), cpack +
// dpkg-shlibdeps (cmake, dpkg-dev). tools/test installs them; when one is missing the test fails
// under CI=true and is skipped otherwise.

#include "packagingchecks.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace SmtpTutor::PackagingChecks;

namespace {

const QString BinaryDir = QStringLiteral(SMTP_TUTOR_BINARY_DIR);
const QString AppId = QStringLiteral("io.github.smtptutor.SmtpTutor");
const QList<int> IconSizes = { 16, 22, 24, 32, 48, 64, 128, 256 };

#ifdef SMTP_TUTOR_GUI
constexpr bool HasGui = true;
#else
constexpr bool HasGui = false;
#endif

// Width and height from a PNG's IHDR chunk (bytes 16..23, big-endian).
QSize pngSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(24);
    if (head.size() < 24 || !head.startsWith("\x89PNG\r\n\x1a\n") || head.mid(12, 4) != "IHDR")
        return {};
    const auto be32 = [&head](int at) {
        return (uint(uchar(head[at])) << 24) | (uint(uchar(head[at + 1])) << 16)
            | (uint(uchar(head[at + 2])) << 8) | uint(uchar(head[at + 3]));
    };
    return QSize(int(be32(16)), int(be32(20)));
}

} // namespace

class TestPackaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void desktopEntryValidates();
    void metainfoValidates();
    void versionsAgree();
    void installLayout();
    void debianPackage();
};

void TestPackaging::desktopEntryValidates()
{
    REQUIRE_TOOL(validator, "desktop-file-validate", "desktop-file-utils");
    const QString file = SourceDir + QStringLiteral("/resources/desktop/%1.desktop").arg(AppId);
    const Run result = run(validator, { file });
    qInfo().noquote() << "desktop-file-validate:" << (result.out + result.err).trimmed();
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    // Hints (for example two main categories) are advice; errors and warnings are not.
    const QString output = result.out + result.err;
    QVERIFY2(!output.contains(QLatin1String("error:")) && !output.contains(QLatin1String("warning:")),
        qPrintable(output));
    const QString entry = readText(file);
    QVERIFY(entry.contains(QStringLiteral("\nIcon=%1\n").arg(AppId)));
    QVERIFY(entry.contains(QLatin1String("\nExec=smtp-tutor\n")));
}

void TestPackaging::metainfoValidates()
{
    REQUIRE_TOOL(appstreamcli, "appstreamcli", "appstream");
    const QString file = SourceDir + QStringLiteral("/resources/desktop/%1.metainfo.xml").arg(AppId);
    const Run result = run(appstreamcli, { QStringLiteral("validate"), QStringLiteral("--no-net"), file });
    qInfo().noquote() << "appstreamcli validate --no-net:" << (result.out + result.err).trimmed();
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 0);
    const QRegularExpression problem(QStringLiteral("^[EW]: "), QRegularExpression::MultilineOption);
    QVERIFY2(!problem.match(result.out + result.err).hasMatch(), qPrintable(result.out + result.err));
    const QString metainfo = readText(file);
    QVERIFY(metainfo.contains(QStringLiteral("<id>%1</id>").arg(AppId)));
    QVERIFY(metainfo.contains(
        QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(AppId)));
}

// The program, the man pages and the AppStream release name the same version.
void TestPackaging::versionsAgree()
{
    const Run result = run(Cli, { QStringLiteral("--version") });
    QCOMPARE(result.exitCode, 0);
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^smtp-tutor-cli (\\S+)\\n$")).match(result.out);
    QVERIFY2(match.hasMatch(), qPrintable(result.out));
    const QString version = match.captured(1);
    for (const QString &page : { QStringLiteral("smtp-tutor-cli.1"), QStringLiteral("smtp-tutor.1") })
        QVERIFY2(
            manSource(page).contains(QStringLiteral("\"SMTP Tutor %1\"").arg(version)), qPrintable(page));
    QVERIFY(readText(SourceDir + QStringLiteral("/resources/desktop/%1.metainfo.xml").arg(AppId))
                .contains(QStringLiteral("<release version=\"%1\"").arg(version)));
}

void TestPackaging::installLayout()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const Run install = run(QStringLiteral(SMTP_TUTOR_CMAKE),
        { QStringLiteral("--install"), BinaryDir, QStringLiteral("--prefix"), prefix.path() }, {}, 120000);
    QVERIFY2(install.finished && install.exitCode == 0, qPrintable(install.out + install.err));

    QStringList expected
        = { QStringLiteral("bin/smtp-tutor-cli"), QStringLiteral("share/man/man1/smtp-tutor-cli.1"),
              QStringLiteral("share/bash-completion/completions/smtp-tutor-cli") };
    if (HasGui) {
        expected << QStringLiteral("bin/smtp-tutor") << QStringLiteral("share/man/man1/smtp-tutor.1")
                 << QStringLiteral("share/applications/%1.desktop").arg(AppId)
                 << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId)
                 << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(AppId);
        for (int size : IconSizes)
            expected << QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId);
    }
    for (const QString &path : expected)
        QVERIFY2(QFileInfo::exists(prefix.filePath(path)), qPrintable(path));
    for (const QString &program :
        { QStringLiteral("bin/smtp-tutor-cli"), QStringLiteral("bin/smtp-tutor") }) {
        if (program.endsWith(QLatin1String("tutor")) && !HasGui)
            continue;
        QVERIFY2(QFileInfo(prefix.filePath(program)).isExecutable(), qPrintable(program));
    }
    if (HasGui) {
        for (int size : IconSizes)
            QCOMPARE(pngSize(prefix.filePath(
                         QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId))),
                QSize(size, size));
    }
    // Nothing else sneaks in (test programs, headers, static libraries).
    QStringList unexpected;
    QDirIterator it(prefix.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(prefix.path()).relativeFilePath(it.next());
        if (!expected.contains(relative))
            unexpected << relative;
    }
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char(' '))));

    if (HasGui) {
        // What the desktop entry launches and what AppStream says the package provides is there.
        const QString entry
            = readText(prefix.filePath(QStringLiteral("share/applications/%1.desktop").arg(AppId)));
        const QString exec = QRegularExpression(QStringLiteral("\\nExec=(\\S+)")).match(entry).captured(1);
        QVERIFY2(QFileInfo(prefix.filePath(QStringLiteral("bin/") + exec)).isExecutable(), qPrintable(exec));
        const QString metainfo
            = readText(prefix.filePath(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId)));
        auto binaries = QRegularExpression(QStringLiteral("<binary>([^<]+)</binary>")).globalMatch(metainfo);
        int provided = 0;
        while (binaries.hasNext()) {
            const QString binary = binaries.next().captured(1);
            ++provided;
            QVERIFY2(QFileInfo(prefix.filePath(QStringLiteral("bin/") + binary)).isExecutable(),
                qPrintable(binary));
        }
        QCOMPARE(provided, 2);
    }

    const Run version
        = run(prefix.filePath(QStringLiteral("bin/smtp-tutor-cli")), { QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QLatin1String("smtp-tutor-cli ")));
}

void TestPackaging::debianPackage()
{
    REQUIRE_TOOL(shlibdeps, "dpkg-shlibdeps", "dpkg-dev");
    REQUIRE_TOOL(dpkgDeb, "dpkg-deb", "dpkg");
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const Run cpack = run(QStringLiteral(SMTP_TUTOR_CPACK),
        { QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
            BinaryDir + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), work.path() },
        {}, 240000, BinaryDir);
    QVERIFY2(cpack.finished, "cpack did not finish within 4 minutes");
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(work.path()).entryList({ QStringLiteral("smtp-tutor_*.deb") }, QDir::Files);
    QCOMPARE(debs.size(), 1);
    const QString deb = work.filePath(debs.first());

    const Run depends = run(
        dpkgDeb, { QStringLiteral("--field"), deb, QStringLiteral("Package"), QStringLiteral("Depends") });
    QCOMPARE(depends.exitCode, 0);
    qInfo().noquote() << depends.out.trimmed();
    QVERIFY(depends.out.contains(QLatin1String("Package: smtp-tutor\n")));
    const QString dependsLine = depends.out.section(QLatin1String("Depends: "), 1);
    // openssl is named by hand; the Qt and C++ libraries come from dpkg-shlibdeps.
    QVERIFY2(QRegularExpression(QStringLiteral("(^|, )openssl(,|$)")).match(dependsLine.trimmed()).hasMatch(),
        qPrintable(dependsLine));
    for (const char *library : { "libqt6core6", "libqt6network6", "libc6", "libstdc++6" })
        QVERIFY2(dependsLine.contains(QLatin1String(library)), library);
    if (HasGui)
        QVERIFY2(dependsLine.contains(QLatin1String("libqt6widgets6")), qPrintable(dependsLine));

    const QString root = work.filePath(QStringLiteral("root"));
    const Run extract = run(dpkgDeb, { QStringLiteral("-x"), deb, root });
    QVERIFY2(extract.exitCode == 0, qPrintable(extract.err));
    QVERIFY(QFileInfo::exists(root + QStringLiteral("/usr/share/man/man1/smtp-tutor-cli.1")));
    if (HasGui) {
        QVERIFY(QFileInfo(root + QStringLiteral("/usr/bin/smtp-tutor")).isExecutable());
        QVERIFY(QFileInfo::exists(root + QStringLiteral("/usr/share/applications/%1.desktop").arg(AppId)));
    }

    const QString cli = root + QStringLiteral("/usr/bin/smtp-tutor-cli");
    const Run version = run(cli, { QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, run(Cli, { QStringLiteral("--version") }).out);

    const Run simulate = run(cli, { QStringLiteral("simulate") }, "EHLO me\r\nQUIT\r\n");
    QVERIFY2(simulate.finished && simulate.exitCode == 0, qPrintable(simulate.err));
    QVERIFY2(simulate.out.startsWith(QLatin1String("220 ")), qPrintable(simulate.out));
    QVERIFY2(
        simulate.out.contains(QLatin1String("\r\n250 ")) || simulate.out.contains(QLatin1String("\r\n250-")),
        qPrintable(simulate.out));
    QVERIFY2(simulate.out.endsWith(QLatin1String("\r\n")) && simulate.out.contains(QLatin1String("\r\n221 ")),
        qPrintable(simulate.out));
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
