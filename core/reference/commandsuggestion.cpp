#include "commandsuggestion.h"

#include <QList>

namespace SmtpTutor {

namespace {

// The two commands whose keyword is part of the syntax (RFC 5321 s.4.1.1.2 and s.4.1.1.3).
const QStringList PathForms = { QStringLiteral("MAIL FROM"), QStringLiteral("RCPT TO") };

// How far a guess may be from what was typed: one slip in a short word, two in a long one.
// Anything more is a different word, and guessing would only confuse.
int allowedDistance(qsizetype length)
{
    return length >= 7 ? 2 : 1;
}

} // namespace

CommandSuggestion::CommandSuggestion(const ReferenceCatalog &catalog)
{
    for (const CommandInfo &command : catalog.allCommands())
        m_verbs.append(command.name);
}

int CommandSuggestion::distance(QStringView a, QStringView b)
{
    const QString x = a.toString().toUpper();
    const QString y = b.toString().toUpper();
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    // d[i][j]: edits to turn the first i characters of x into the first j of y.
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x.at(i - 1) == y.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && x.at(i - 1) == y.at(j - 2) && x.at(i - 2) == y.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1); // two neighbours swapped
        }
    }
    return d[n][m];
}

QString CommandSuggestion::suggest(QStringView line) const
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString form = suggestPathForm(trimmed);
    if (!form.isNull())
        return form;
    return suggestVerb(trimmed);
}

// "MAIL FORM:<a@b>", "MAILFROM:<a@b>", "RCTP TO:<b@c>": the part before the colon is compared
// with the whole keyword, so a slip in either word (or a missing space) is found.
QString CommandSuggestion::suggestPathForm(QStringView line) const
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0)
        return {};
    const QStringView typed = line.first(colon).trimmed();
    const QStringView rest = line.sliced(colon + 1).trimmed();
    for (const QString &keyword : PathForms) {
        const int d = distance(typed, keyword);
        if (d == 0)
            return {}; // right already; whatever is wrong is after the colon
        if (d <= allowedDistance(keyword.size()))
            return keyword + u':' + rest.toString();
    }
    return {};
}

QString CommandSuggestion::suggestVerb(QStringView line) const
{
    qsizetype end = 0;
    while (end < line.size() && !line.at(end).isSpace() && line.at(end) != u':')
        ++end;
    const QStringView verb = line.first(end);
    QString best;
    int bestDistance = 0;
    bool tie = false;
    for (const QString &known : m_verbs) {
        const int d = distance(verb, known);
        if (d == 0)
            return {}; // a real verb: nothing to correct
        if (d > allowedDistance(known.size()))
            continue;
        if (best.isNull() || d < bestDistance) {
            best = known;
            bestDistance = d;
            tie = false;
        } else if (d == bestDistance) {
            tie = true;
        }
    }
    // Two verbs equally close ("HLO" is one slip from both HELO and EHLO) would make the
    // guess a coin toss: the nearer one wins, a tie gives no guess.
    if (best.isNull() || tie)
        return {};
    return best + line.sliced(end).toString();
}

} // namespace SmtpTutor
