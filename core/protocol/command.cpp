#include "command.h"

namespace SmtpTutor {

QString verbName(Verb verb)
{
    switch (verb) {
    case Verb::Helo: return QStringLiteral("HELO");
    case Verb::Ehlo: return QStringLiteral("EHLO");
    case Verb::Mail: return QStringLiteral("MAIL");
    case Verb::Rcpt: return QStringLiteral("RCPT");
    case Verb::Data: return QStringLiteral("DATA");
    case Verb::Rset: return QStringLiteral("RSET");
    case Verb::Noop: return QStringLiteral("NOOP");
    case Verb::Quit: return QStringLiteral("QUIT");
    case Verb::Vrfy: return QStringLiteral("VRFY");
    case Verb::Expn: return QStringLiteral("EXPN");
    case Verb::Help: return QStringLiteral("HELP");
    case Verb::StartTls: return QStringLiteral("STARTTLS");
    case Verb::Auth: return QStringLiteral("AUTH");
    case Verb::Unknown: break;
    }
    return QString();
}

QString MailPath::address() const
{
    if (isNull)
        return QString();
    if (domain.isEmpty())
        return localPart; // "<postmaster>" (RFC 5321 s.4.1.1.3) or an unqualified name
    return localPart + u'@' + domain;
}

QString MailPath::toString() const
{
    return u'<' + address() + u'>';
}

std::optional<EsmtpParameter> Command::parameter(QStringView keyword) const
{
    for (const EsmtpParameter &p : parameters) {
        if (keyword.compare(p.keyword, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

} // namespace SmtpTutor
