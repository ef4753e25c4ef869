#pragma once

#include <QByteArrayView>
#include <QString>

namespace SmtpTutor {

// Server text is untrusted: shown as printable text with control bytes as \xNN
// (tab kept as \t) and invalid UTF-8 sequences as \xNN per byte. Valid UTF-8 is kept.
QString escapeForDisplay(QByteArrayView bytes);

} // namespace SmtpTutor
