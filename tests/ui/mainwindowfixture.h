// The fixture the MainWindow suites share (tst_mainwindow, tst_mainwindow_console,
// tst_mainwindow_lesson, tst_mainwindow_reference): settings in a scratch folder, a fresh
// MainWindow shown offscreen for every test, and the learner's way of typing a line.
// Each suite forwards its initTestCase(), init() and cleanup() slots here.
#pragma once

#include "commandlineedit.h"
#include "lesson/simulatorsession.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace SmtpTutor {

class MainWindowFixture
{
protected:
    void initTestCase();
    void init();
    void cleanup();

    template<typename T> T *child(const char *name)
    {
        T *w = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    void type(const QString &line);
    QString lastTranscriptText() const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
};

inline void MainWindowFixture::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("SmtpTutorTest"));
    QCoreApplication::setApplicationName(QStringLiteral("smtp-tutor-test"));
}

inline void MainWindowFixture::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

inline void MainWindowFixture::cleanup()
{
    m_window.reset();
}

inline void MainWindowFixture::type(const QString &line)
{
    auto *edit = child<CommandLineEdit>("commandLineEdit");
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, line);
    // Inline completion may have selected a suggested tail; the learner's text is what counts.
    QCOMPARE(edit->text().left(line.size()), line);
    edit->setText(line);
    QTest::keyClick(edit, Qt::Key_Return);
}

inline QString MainWindowFixture::lastTranscriptText() const
{
    const auto &entries = m_window->session()->transcript()->entries();
    return entries.isEmpty() ? QString() : entries.constLast().text;
}

} // namespace SmtpTutor
