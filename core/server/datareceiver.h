#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace SmtpTutor {

// Collects the message lines after a 354 until the lone "." (RFC 5321 s.4.1.1.4), undoing
// dot-stuffing (s.4.5.2) and counting the size. Past the size limit it keeps counting but stops
// storing, so a huge message cannot exhaust memory; the verdict comes only after the dot, as a
// real server can only answer then.
class DataReceiver
{
public:
    explicit DataReceiver(qint64 maxSize = 0); // 0: no limit

    // Returns true when the line was the terminating "." (the message is complete).
    bool addLine(QByteArrayView line);

    qint64 size() const { return m_size; } // bytes after unstuffing, CRLF counted
    bool isTooBig() const { return m_maxSize > 0 && m_size > m_maxSize; }
    bool isComplete() const { return m_complete; }
    const QByteArray &content() const { return m_content; } // empty when too big
    QByteArray takeContent();

private:
    qint64 m_maxSize = 0;
    qint64 m_size = 0;
    bool m_complete = false;
    QByteArray m_content;
};

} // namespace SmtpTutor
