#include "compiledindata.h"

#include <QDir>

namespace SmtpTutor {

QStringList compiledInJsonNames(const QString &directory)
{
    const QLatin1String suffix(".json");
    QStringList names;
    const QStringList files = QDir(directory).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file.endsWith(suffix) && file.size() > suffix.size())
            names.append(file.chopped(suffix.size()));
    }
    return names;
}

} // namespace SmtpTutor
