#include "escape.h"

namespace SmtpTutor {

namespace {

void appendHex(QString &out, unsigned char byte)
{
    static const char digits[] = "0123456789ABCDEF";
    out += u'\\';
    out += u'x';
    out += QChar::fromLatin1(digits[byte >> 4]);
    out += QChar::fromLatin1(digits[byte & 0x0f]);
}

// Length of the well-formed UTF-8 sequence starting at bytes[i] (Unicode 15, table 3-7:
// no overlong forms, no surrogates, nothing above U+10FFFF), or 0 if it is not one.
qsizetype validSequenceLength(QByteArrayView bytes, qsizetype i)
{
    const auto at = [&](qsizetype k) { return static_cast<unsigned char>(bytes[k]); };
    const unsigned char b0 = at(i);
    const qsizetype left = bytes.size() - i;
    const auto cont = [&](qsizetype k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
        return k < left && at(i + k) >= lo && at(i + k) <= hi;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b0 == 0xE0)
        return cont(1, 0xA0) && cont(2) ? 3 : 0;
    if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
        return cont(1) && cont(2) ? 3 : 0;
    if (b0 == 0xED)
        return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
    if (b0 == 0xF0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b0 >= 0xF1 && b0 <= 0xF3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b0 == 0xF4)
        return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}

} // namespace

QString escapeForDisplay(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const unsigned char b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            if (b == '\t')
                out += QLatin1String("\\t");
            else if (b == '\\')
                out += QLatin1String("\\\\"); // so "\x1B" typed by a server cannot pass for an escape
            else if (b < 0x20 || b == 0x7F)
                appendHex(out, b); // control bytes (ESC, CR, NUL, DEL...) never reach a terminal
            else
                out += QChar::fromLatin1(char(b));
            ++i;
            continue;
        }
        const qsizetype length = validSequenceLength(bytes, i);
        if (length == 0) {
            appendHex(out, b); // one byte at a time: the next byte may start a good sequence
            ++i;
            continue;
        }
        // U+0080..U+009F are C1 control characters (U+009B is a CSI for some terminals):
        // shown as their bytes like the C0 ones.
        if (length == 2 && b == 0xC2 && static_cast<unsigned char>(bytes[i + 1]) < 0xA0) {
            appendHex(out, b);
            appendHex(out, static_cast<unsigned char>(bytes[i + 1]));
        } else {
            out += QString::fromUtf8(bytes.sliced(i, length));
        }
        i += length;
    }
    return out;
}

} // namespace SmtpTutor
