#include "serveexam.h"

#include <QCommandLineParser>

#include <cmath>

namespace SmtpTutor::Cli {

namespace {

// Whole seconds from 1 to a day, or nullopt.
std::optional<int> readSeconds(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 1 || value > 86400 || value != std::floor(value))
        return std::nullopt;
    return int(value);
}

} // namespace

ExamFlags::ExamFlags()
    : exam(QStringLiteral("exam"),
          QStringLiteral("Misbehave on purpose and grade the client that connects: %1.")
              .arg(ExamCatalog::names().join(QStringLiteral(", "))),
          QStringLiteral("NAME"))
    , greylistDelay(QStringLiteral("greylist-delay"),
          QStringLiteral("greylist exam: seconds the client must wait before its retry is accepted (default 60)."),
          QStringLiteral("SECONDS"), QStringLiteral("60"))
    , examTime(QStringLiteral("exam-time"),
          QStringLiteral("greylist and disconnect-421 exams: seconds to wait for the client to come back "
                         "before the verdict is INCOMPLETE (default 600)."),
          QStringLiteral("SECONDS"), QStringLiteral("600"))
    , jsonLog(QStringLiteral("json-log"),
          QStringLiteral("Also write session events and exam verdicts to FILE as JSON lines."),
          QStringLiteral("FILE"))
{
}

void ExamFlags::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ exam, greylistDelay, examTime, jsonLog });
}

std::variant<std::optional<ExamOptions>, QString> ExamFlags::read(const QCommandLineParser &parser) const
{
    const std::optional<int> delay = readSeconds(parser.value(greylistDelay));
    const std::optional<int> time = readSeconds(parser.value(examTime));
    if (!delay)
        return QStringLiteral("--greylist-delay must be a whole number of seconds from 1 to 86400");
    if (!time)
        return QStringLiteral("--exam-time must be a whole number of seconds from 1 to 86400");
    if (!parser.isSet(exam)) {
        if (parser.isSet(greylistDelay) || parser.isSet(examTime))
            return QStringLiteral("--greylist-delay and --exam-time need --exam");
        return std::optional<ExamOptions>();
    }
    const std::optional<ExamId> id = ExamCatalog::fromName(parser.value(exam));
    if (!id)
        return QStringLiteral("--exam takes %1, not '%2'")
            .arg(ExamCatalog::names().join(QStringLiteral(", ")), parser.value(exam));
    ExamOptions options;
    options.exam = *id;
    options.greylistDelaySeconds = *delay;
    options.examTimeSeconds = *time;
    return std::optional<ExamOptions>(options);
}

void printExamBanner(QTextStream &out, const ExamOptions &options)
{
    const ExamInfo info = ExamCatalog::info(options.exam);
    out << "Exam " << info.name << " (" << info.title << "): " << info.serverDoes << '\n'
        << "  What a correct client does: " << info.correctClient << " (" << info.rfc << ")\n";
    if (options.exam == ExamId::Greylist)
        out << "  Retries are accepted after " << options.greylistDelaySeconds << " s.\n";
    if (options.exam == ExamId::Greylist || options.exam == ExamId::Disconnect421)
        out << "  The exam waits " << options.examTimeSeconds << " s for the client to come back.\n";
    out << "  Verdicts are printed as they are reached: exam NAME: PASS|FAIL|INCOMPLETE: reason\n";
}

bool ServeObservers::open(const QString &jsonLogFile, QString *error)
{
    if (jsonLogFile.isEmpty())
        return true;
    m_jsonFile.setFileName(jsonLogFile);
    if (!m_jsonFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write the JSON log %1: %2").arg(jsonLogFile, m_jsonFile.errorString());
        return false;
    }
    return true;
}

void ServeObservers::attach(PracticeServer &server, const std::optional<ExamOptions> &exam, QTextStream &log)
{
    if (m_jsonFile.isOpen())
        m_jsonLog = std::make_unique<PracticeJsonLog>(&server, &m_jsonFile);
    if (!exam)
        return;
    m_proctor = std::make_unique<ExamProctor>(*exam, &server);
    QObject::connect(m_proctor.get(), &ExamProctor::verdictReached, m_proctor.get(),
        [&log](const ExamVerdict &verdict) {
            log << verdict.logLine() << '\n';
            log.flush();
        });
    if (m_jsonLog)
        m_jsonLog->follow(m_proctor.get());
}

QString ServeObservers::finish()
{
    if (!m_proctor)
        return {};
    m_proctor->finish();
    int counts[3] = { 0, 0, 0 };
    for (const ExamVerdict &verdict : m_proctor->verdicts())
        ++counts[int(verdict.result)];
    return QStringLiteral("Exam %1: %2 PASS, %3 FAIL, %4 INCOMPLETE.")
        .arg(ExamCatalog::name(m_proctor->options().exam))
        .arg(counts[int(ExamResult::Pass)])
        .arg(counts[int(ExamResult::Fail)])
        .arg(counts[int(ExamResult::Incomplete)]);
}

} // namespace SmtpTutor::Cli
