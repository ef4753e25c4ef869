#include "auditreport.h"

namespace SmtpTutor {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QStringLiteral("pass");
    case CheckStatus::Warn: return QStringLiteral("warn");
    case CheckStatus::Fail: return QStringLiteral("fail");
    case CheckStatus::Info: return QStringLiteral("info");
    case CheckStatus::Error: return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

QString gradeName(Grade grade)
{
    static const char letters[] = "ABCDEF";
    return QString(QLatin1Char(letters[static_cast<int>(grade)]));
}

QString injectionResultName(InjectionResult result)
{
    switch (result) {
    case InjectionResult::NotTested: return QStringLiteral("not-tested");
    case InjectionResult::Vulnerable: return QStringLiteral("vulnerable");
    case InjectionResult::NotVulnerable: return QStringLiteral("not-vulnerable");
    }
    return QStringLiteral("not-tested");
}

} // namespace SmtpTutor
