#include "testmessage.h"

#include <QLocale>
#include <QRandomGenerator>

namespace SmtpTutor {

QByteArray TestMessage::compose() const
{
    QString local = messageIdLocal;
    if (local.isEmpty()) {
        local = QString::number(date.toMSecsSinceEpoch(), 36) + QLatin1Char('.')
            + QString::number(QRandomGenerator::global()->generate64(), 36);
    }
    const QString right = heloName.isEmpty() ? QStringLiteral("smtp-tutor.invalid") : heloName;
    QByteArray out;
    const auto header = [&out](const char *name, const QString &value) {
        out += name;
        out += ": ";
        out += value.toUtf8();
        out += "\r\n";
    };
    header("Date", date.toString(Qt::RFC2822Date));
    header("From", QLatin1Char('<') + from + QLatin1Char('>'));
    QStringList bracketed;
    for (const QString &address : to)
        bracketed.append(QLatin1Char('<') + address + QLatin1Char('>'));
    header("To", bracketed.join(QStringLiteral(", ")));
    header("Subject", subject);
    header("Message-ID", QLatin1Char('<') + local + QLatin1Char('@') + right + QLatin1Char('>'));
    header("MIME-Version", QStringLiteral("1.0"));
    header("Content-Type", QStringLiteral("text/plain; charset=utf-8"));
    out += "\r\n";
    out += "This is a test message sent by SMTP Tutor to check that this server accepts mail.\r\n";
    out += ".A line that starts with a dot travels with a second dot (RFC 5321 s.4.5.2).\r\n";
    out += "You can delete it.\r\n";
    return out;
}

QByteArray dotStuff(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 40 + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < message.size() && message.at(i + 1) == '\n')
                ++i;
            out += "\r\n";
            lineStart = true;
            continue;
        }
        if (lineStart && c == '.')
            out += '.';
        out += c;
        lineStart = false;
    }
    if (!lineStart)
        out += "\r\n";
    out += ".\r\n";
    return out;
}

} // namespace SmtpTutor
