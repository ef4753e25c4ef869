#include "datareceiver.h"

namespace SmtpTutor {

DataReceiver::DataReceiver(qint64 maxSize)
    : m_maxSize(maxSize)
{
}

bool DataReceiver::addLine(QByteArrayView line)
{
    if (m_complete)
        return true;
    // RFC 5321 s.4.1.1.4: the mail data ends with a line holding only ".".
    if (line == QByteArrayView(".")) {
        m_complete = true;
        return true;
    }
    // s.4.5.2: a line that starts with "." had one more "." added by the client; remove it.
    if (line.startsWith('.'))
        line = line.sliced(1);
    m_size += line.size() + 2;
    if (isTooBig()) {
        m_content.clear();
        m_content.squeeze();
        return false;
    }
    m_content.append(line.data(), line.size());
    m_content.append("\r\n", 2);
    return false;
}

QByteArray DataReceiver::takeContent()
{
    return std::exchange(m_content, QByteArray());
}

} // namespace SmtpTutor
