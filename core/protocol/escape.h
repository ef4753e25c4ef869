#pragma once

#include <QByteArrayView>
#include <QString>

namespace SmtpTutor {

// Server text is untrusted: shown as printable text with control bytes as \xNN
// (tab kept as \t) and invalid UTF-8 sequences as \xNN per byte. Valid UTF-8 is kept.
// DEL (0x7F) and the C1 controls U+0080..U+009F (U+009B acts as CSI on some terminals) are
// escaped like the C0 ones, and a backslash is doubled so that a server cannot print a fake
// "\x1B" that reads like one of our escapes.
QString escapeForDisplay(QByteArrayView bytes);

} // namespace SmtpTutor
