// The JSON file names of the reference catalog, shared by ReferenceCatalog::fileNames()
// and loadFromDirectory() (referencecatalog.cpp) and the loaders that name them in their
// errors (catalogloading.cpp). Private to core/reference.
#pragma once

#include <QString>

namespace SmtpTutor::CatalogFiles {

inline const QString ReplyCodesFile = QStringLiteral("reply-codes.json");
inline const QString EnhancedCodesFile = QStringLiteral("enhanced-codes.json");
inline const QString PortsFile = QStringLiteral("ports.json");
inline const QString CommandsFile = QStringLiteral("commands.json");
inline const QString GuideFile = QStringLiteral("guide.json");
inline const QString ExtensionsFile = QStringLiteral("extensions.json");

} // namespace SmtpTutor::CatalogFiles
