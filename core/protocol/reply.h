#pragma once

#include "enhancedstatus.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// One SMTP reply: a three-digit code and one or more text lines (RFC 5321 s.4.2).
// The lines are the text after "NNN " / "NNN-", including any enhanced status code, exactly
// as on the wire (decoded as UTF-8 with invalid bytes replaced; see escapeForDisplay()).
class Reply
{
public:
    Reply() = default;
    Reply(int code, QStringList lines);
    // A one-line reply whose text starts with the enhanced code: Reply(250, {2,1,0}, "Ok").
    Reply(int code, EnhancedStatus status, const QString &text);

    bool isValid() const { return m_code >= 200 && m_code <= 599; }
    int code() const { return m_code; }
    const QStringList &lines() const { return m_lines; }
    bool isMultiline() const { return m_lines.size() > 1; }

    // The enhanced status code at the start of the first line, if any (RFC 2034 s.3).
    std::optional<EnhancedStatus> enhancedStatus() const;
    // The first line's text without the enhanced code.
    QString firstLineText() const;
    // All lines joined with '\n'.
    QString text() const;

    // RFC 5321 s.4.2.1: the first digit says how the command went.
    bool isPositiveCompletion() const { return m_code / 100 == 2; }
    bool isPositiveIntermediate() const { return m_code / 100 == 3; }
    bool isTransientNegative() const { return m_code / 100 == 4; }
    bool isPermanentNegative() const { return m_code / 100 == 5; }

    // "250-first\r\n250 last\r\n": the form RFC 5321 s.4.2.1 prescribes. The last line always
    // has its SP, even without text ("334 \r\n", RFC 4954 s.4).
    QByteArray toWire() const;
    // The same lines with "\n" ends, for display.
    QStringList wireLines() const;

    // For a reply read by ReplyParser: each line's text exactly as received (after "NNN-" or
    // "NNN ", without the line end), so escapeForDisplay() can show invalid UTF-8 as \xNN where
    // lines() has U+FFFD. Empty for a reply built in code. Not part of equality.
    const QList<QByteArray> &rawLines() const { return m_rawLines; }
    void setRawLines(QList<QByteArray> rawLines) { m_rawLines = std::move(rawLines); }
    // rawLines() if present, else lines() as UTF-8: what to hand to escapeForDisplay().
    QByteArray rawLine(qsizetype index) const;

    friend bool operator==(const Reply &a, const Reply &b)
    {
        return a.m_code == b.m_code && a.m_lines == b.m_lines;
    }

private:
    int m_code = 0;
    QStringList m_lines;
    QList<QByteArray> m_rawLines;
};

} // namespace SmtpTutor

Q_DECLARE_METATYPE(SmtpTutor::Reply)
