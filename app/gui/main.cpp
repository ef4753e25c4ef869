// smtp-tutor: the desktop app. Everything but start-up lives in the ui library.
#include "framequitter.h"
#include "lessonpanel.h"
#include "mainwindow.h"
#include "translation.h"
#include "uihelpers.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SmtpTutor"));
    QApplication::setApplicationName(QStringLiteral("smtp-tutor"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMTP Tutor"));
    QApplication::setApplicationVersion(QStringLiteral(SMTP_TUTOR_VERSION));
    // The desktop entry's id, so Wayland matches the window to the menu entry and its icon.
    QApplication::setDesktopFileName(QStringLiteral("io.github.smtptutor.SmtpTutor"));

    // Before any window exists: every tr() string is looked up in the chosen language.
    SmtpTutor::Translation::installFromSettings();
    SmtpTutor::Ui::useBundledIconsWithoutDesktopTheme();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Learn SMTP by talking to a simulated mail server."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption quitAfterPaint(QStringLiteral("quit-after-first-paint"),
                                      QApplication::translate("main", "Exit as soon as the window has been shown (start-up benchmark)."));
    QCommandLineOption quitWhenComplete(QStringLiteral("quit-when-complete"),
                                        QApplication::translate("main", "Exit as soon as the window has been shown with all its panels filled in (start-up benchmark)."));
    // For bench/startup/measure.py only: not something a user should meet in --help.
    quitAfterPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    quitWhenComplete.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitAfterPaint);
    parser.addOption(quitWhenComplete);
    QCommandLineOption lessonOption(QStringLiteral("lesson"), QApplication::translate("main", "Start the lesson or drill with this id (e.g. drill-greylist)."),
                                    QStringLiteral("id"));
    QCommandLineOption scenarioOption(QStringLiteral("scenario"), QApplication::translate("main", "Play this scenario (a built-in name or a JSON file) in free mode."),
                                      QStringLiteral("name"));
    QCommandLineOption practiceOption(QStringLiteral("practice-server"),
                                      QApplication::translate("main", "Open the practice server panel and start the server on 127.0.0.1."));
    parser.addOption(practiceOption);
    parser.addOption(lessonOption);
    parser.addOption(scenarioOption);
    parser.process(app);

    SmtpTutor::MainWindow window(nullptr, SmtpTutor::MainWindow::Start::FirstFrameFirst);
    // What the command line asks for needs the whole window: it runs when the window is complete.
    QObject::connect(&window, &SmtpTutor::MainWindow::startupCompleted, &window, [&] {
        if (parser.isSet(scenarioOption))
            window.selectScenario(parser.value(scenarioOption));
        if (parser.isSet(lessonOption))
            window.lessonPanel()->startLesson(parser.value(lessonOption));
        if (parser.isSet(practiceOption))
            window.startPracticeServer();
    });
    FrameQuitter quitter;
    if (parser.isSet(quitAfterPaint))
        window.installEventFilter(&quitter);
    else if (parser.isSet(quitWhenComplete))
        QObject::connect(&window, &SmtpTutor::MainWindow::startupCompleted, &window, [&] { window.installEventFilter(&quitter); });
    window.show();
    return app.exec();
}
