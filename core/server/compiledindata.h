#pragma once

#include <QString>
#include <QStringList>

namespace SmtpTutor {

// The base names of the ".json" files in a directory of compiled-in data (":/scenarios/",
// ":/lessons/"), in name order. The suffix is checked here rather than with a QDir name filter:
// a name filter compiles a wildcard into a regular expression, and at start-up that alone pulls
// PCRE2 and its JIT into memory.
QStringList compiledInJsonNames(const QString &directory);

} // namespace SmtpTutor
