// Shared by the translation tests: what may stay the same in English and German, and one piece
// of visible text with the place it sits, named by object name or position, never by its text.
#pragma once

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace SmtpTutor::Testing {

// Words that are the same in English and German: protocol verbs and names, product names.
// A string made only of these (and digits, punctuation) may stay as it is.
inline const QSet<QString> SameInBothLanguages = {
    QStringLiteral("SMTP"),
    QStringLiteral("ESMTP"),
    QStringLiteral("EHLO"),
    QStringLiteral("HELO"),
    QStringLiteral("STARTTLS"),
    QStringLiteral("AUTH"),
    QStringLiteral("MAIL"),
    QStringLiteral("FROM"),
    QStringLiteral("RCPT"),
    QStringLiteral("TO"),
    QStringLiteral("DATA"),
    QStringLiteral("QUIT"),
    QStringLiteral("RSET"),
    QStringLiteral("NOOP"),
    QStringLiteral("VRFY"),
    QStringLiteral("TLS"),
    QStringLiteral("OK"),
    // The language menu names each language in itself, in every interface (View > Language).
    QStringLiteral("English"),
    QStringLiteral("Deutsch"),
    QStringLiteral("MX"),
    QStringLiteral("RFC"),
    QStringLiteral("Tutor"),
    QStringLiteral("Server"),
    QStringLiteral("Port"),
    QStringLiteral("Ports"),
    QStringLiteral("Text"),
    QStringLiteral("Name"),
    QStringLiteral("Status"),
    QStringLiteral("Code"),
    QStringLiteral("Details"),
    QStringLiteral("Qt"),
    QStringLiteral("openssl"),
    QStringLiteral("swaks"),
    QStringLiteral("telnet"),
    QStringLiteral("Postfix"),
    QStringLiteral("JSON"),
    QStringLiteral("PLAIN"),
    QStringLiteral("LOGIN"),
    QStringLiteral("Codes"),
    QStringLiteral("Terminal"),
    QStringLiteral("Host"),
    // Example host names and login mechanisms: smtp.example.com, CRAM-MD5, XOAUTH2.
    QStringLiteral("smtp"),
    QStringLiteral("example"),
    QStringLiteral("com"),
    QStringLiteral("CRAM"),
    QStringLiteral("MD"),
    QStringLiteral("XOAUTH"),
};

inline bool sameInBothLanguages(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z\\x{00C0}-\\x{024F}]+"));
    auto words = word.globalMatch(QString(text).remove(QLatin1Char('&')));
    while (words.hasNext()) {
        if (!SameInBothLanguages.contains(words.next().captured(0)))
            return false;
    }
    return true;
}

struct VisibleText
{
    QString where;
    QString text;
};

// The English texts that came out the same in German, as "where: \"text\"" lines. Texts are
// matched by where they sit, not by position: one window may hold a widget or two more than the
// other (restored state), which must not shift every comparison after it. *checked counts the
// texts that had a German counterpart.
inline QStringList untranslatedTexts(const QList<VisibleText> &english, const QList<VisibleText> &german, int *checked)
{
    QHash<QString, QString> germanByPlace;
    for (const VisibleText &item : german)
        germanByPlace.insert(item.where, item.text);
    QStringList untranslated;
    *checked = 0;
    for (const VisibleText &item : english) {
        if (item.text.trimmed().isEmpty() || !germanByPlace.contains(item.where))
            continue;
        ++*checked;
        if (germanByPlace.value(item.where) == item.text && !sameInBothLanguages(item.text))
            untranslated.append(QStringLiteral("%1: \"%2\"").arg(item.where, item.text));
    }
    return untranslated;
}

} // namespace SmtpTutor::Testing
