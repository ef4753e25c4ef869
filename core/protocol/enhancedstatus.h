#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace SmtpTutor {

// An enhanced mail system status code, class.subject.detail (RFC 3463 s.2, carried in
// replies as RFC 2034 describes). Only the syntax lives here; what each code means is
// reference data (resources/reference/enhanced-codes.json, read through core/reference).
class EnhancedStatus
{
public:
    EnhancedStatus() = default;
    EnhancedStatus(int statusClass, int subject, int detail);

    // "5.1.1" exactly (surrounding white space is not accepted).
    static std::optional<EnhancedStatus> parse(QStringView text);
    // A code at the start of reply text ("5.1.1 Recipient ..."), followed by a space or the end.
    // On success *consumed (if given) is the number of characters the code took.
    static std::optional<EnhancedStatus> parsePrefix(QStringView text, qsizetype *consumed = nullptr);

    bool isValid() const { return m_class != 0; }
    int statusClass() const { return m_class; } // 2 success, 4 persistent transient, 5 permanent
    int subject() const { return m_subject; }
    int detail() const { return m_detail; }
    QString toString() const; // "5.1.1"

    friend bool operator==(const EnhancedStatus &, const EnhancedStatus &) = default;

private:
    int m_class = 0;
    int m_subject = 0;
    int m_detail = 0;
};

} // namespace SmtpTutor
