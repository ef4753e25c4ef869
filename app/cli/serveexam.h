#pragma once

// The exam flags of `smtp-tutor-cli serve` (--exam, --greylist-delay, --exam-time, --json-log)
// and what they attach to a running practice server.

#include "exam/examproctor.h"
#include "practice/practicejsonlog.h"

#include <QCommandLineOption>
#include <QFile>
#include <QTextStream>

#include <memory>
#include <optional>
#include <variant>

class QCommandLineParser;

namespace SmtpTutor::Cli {

struct ExamFlags
{
    QCommandLineOption exam;
    QCommandLineOption greylistDelay;
    QCommandLineOption examTime;
    QCommandLineOption jsonLog;

    ExamFlags();
    void addTo(QCommandLineParser &parser) const;
    // The exam chosen (nullopt: none), or a usage error.
    std::variant<std::optional<ExamOptions>, QString> read(const QCommandLineParser &parser) const;
};

// What `serve` prints about the exam under its banner.
void printExamBanner(QTextStream &out, const ExamOptions &options);

// The exam's proctor and the JSON log, alive as long as the server runs.
class ServeObservers
{
public:
    // Opens the JSON log if asked for; on failure returns false and sets *error.
    bool open(const QString &jsonLogFile, QString *error);
    // Starts following `server`: the proctor (when `exam` is set) prints each verdict to `log`.
    void attach(PracticeServer &server, const std::optional<ExamOptions> &exam, QTextStream &log);
    // The server is stopping: pending exam attempts become INCOMPLETE. Returns the summary line.
    QString finish();

private:
    QFile m_jsonFile;
    std::unique_ptr<PracticeJsonLog> m_jsonLog;
    std::unique_ptr<ExamProctor> m_proctor;
};

} // namespace SmtpTutor::Cli
