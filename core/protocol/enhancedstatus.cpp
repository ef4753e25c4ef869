#include "enhancedstatus.h"

namespace SmtpTutor {

namespace {

// Reads 1 to maxDigits ASCII digits at text[pos]; returns the value or -1.
int readNumber(QStringView text, qsizetype &pos, int maxDigits)
{
    int value = 0;
    int digits = 0;
    while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
        if (++digits > maxDigits)
            return -1;
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
    }
    return digits == 0 ? -1 : value;
}

} // namespace

EnhancedStatus::EnhancedStatus(int statusClass, int subject, int detail)
    : m_class(statusClass), m_subject(subject), m_detail(detail)
{
}

std::optional<EnhancedStatus> EnhancedStatus::parsePrefix(QStringView text, qsizetype *consumed)
{
    // RFC 3463 s.2: status-code = class "." subject "." detail
    //   class = "2" / "4" / "5";  subject = 1*3digit;  detail = 1*3digit
    if (text.isEmpty())
        return std::nullopt;
    const QChar cls = text[0];
    if (cls != u'2' && cls != u'4' && cls != u'5')
        return std::nullopt;
    qsizetype pos = 1;
    if (pos >= text.size() || text[pos] != u'.')
        return std::nullopt;
    ++pos;
    const int subject = readNumber(text, pos, 3);
    if (subject < 0 || pos >= text.size() || text[pos] != u'.')
        return std::nullopt;
    ++pos;
    const int detail = readNumber(text, pos, 3);
    if (detail < 0)
        return std::nullopt;
    // RFC 2034 s.3: the code is followed by a space before the text (or ends the line).
    if (pos < text.size() && text[pos] != u' ')
        return std::nullopt;
    if (consumed)
        *consumed = pos;
    return EnhancedStatus(cls.unicode() - u'0', subject, detail);
}

std::optional<EnhancedStatus> EnhancedStatus::parse(QStringView text)
{
    qsizetype consumed = 0;
    auto status = parsePrefix(text, &consumed);
    if (!status || consumed != text.size())
        return std::nullopt;
    return status;
}

QString EnhancedStatus::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(m_class).arg(m_subject).arg(m_detail);
}

} // namespace SmtpTutor
