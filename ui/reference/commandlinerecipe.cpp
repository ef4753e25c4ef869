#include "commandlinerecipe.h"

#include "lesson/simulatorsession.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SmtpTutor {

namespace {
// This file's translation context. Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the
// same name, so RecipeText::tr() finds what the .ts file holds.
class RecipeText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::CommandLineRecipe)
};

QString shellQuote(const QString &text)
{
    if (text.contains(QRegularExpression(QStringLiteral("^[A-Za-z0-9@._:/=+-]+$"))))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

CommandLineRecipe CommandLineRecipe::forSession(const SimulatorSession &session)
{
    const Scenario &scenario = session.scenario();
    const QString host = scenario.hostname;
    const QString port = QString::number(scenario.port);

    // What the learner typed, in order, as the transcript kept it (secrets already masked).
    QStringList typed;
    QString ehlo = QStringLiteral("laptop.example.org");
    QString from;
    QStringList to;
    bool usedStartTls = false;
    bool usedAuth = false;
    for (const TranscriptEntry &e : session.transcript()->entries()) {
        if (e.direction != Direction::Client)
            continue;
        typed << e.text;
        const QString upper = e.text.toUpper();
        if (upper.startsWith(QLatin1String("EHLO ")) || upper.startsWith(QLatin1String("HELO ")))
            ehlo = e.text.mid(5).trimmed();
        else if (upper.startsWith(QLatin1String("MAIL FROM:")))
            from = e.text.mid(10).section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        else if (upper.startsWith(QLatin1String("RCPT TO:")))
            to << e.text.mid(8).section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        else if (upper == QLatin1String("STARTTLS"))
            usedStartTls = true;
        else if (upper.startsWith(QLatin1String("AUTH ")))
            usedAuth = true;
    }

    CommandLineRecipe recipe;
    const QString session_ = typed.isEmpty() ? RecipeText::tr("# then type the commands one per line")
                                             : typed.join(QLatin1Char('\n'));
    if (scenario.implicitTls) {
        recipe.telnet
            = RecipeText::tr("# telnet cannot speak TLS, and port %1 starts with TLS: use openssl below.")
                  .arg(port);
        recipe.openssl = QStringLiteral("openssl s_client -connect %1:%2 -crlf -quiet\n%3").arg(host, port, session_);
    } else {
        recipe.telnet = QStringLiteral("telnet %1 %2\n%3").arg(host, port, session_);
        if (usedStartTls)
            recipe.telnet += RecipeText::tr("\n# telnet cannot go on after STARTTLS: use openssl instead.");
        recipe.openssl
            = QStringLiteral("openssl s_client -starttls smtp -connect %1:%2 -crlf -quiet").arg(host, port)
            + RecipeText::tr("\n# openssl has already sent EHLO and STARTTLS; go on with EHLO %1").arg(ehlo);
    }

    QStringList swaks{QStringLiteral("swaks"), QStringLiteral("--server"), host, QStringLiteral("--port"), port,
                      QStringLiteral("--ehlo"), shellQuote(ehlo)};
    if (!from.isEmpty())
        swaks << QStringLiteral("--from") << shellQuote(from);
    swaks << QStringLiteral("--to") << shellQuote(to.isEmpty() ? QStringLiteral("bob@example.com") : to.join(QLatin1Char(',')));
    if (scenario.implicitTls)
        swaks << QStringLiteral("--tlsc");
    else if (usedStartTls || scenario.requiresTlsForAuth)
        swaks << QStringLiteral("--tls");
    if (usedAuth || scenario.requiresAuth)
        swaks << QStringLiteral("--auth LOGIN --auth-user") << shellQuote(session.engine() && session.engine()->isAuthenticated()
                                                                          ? session.engine()->authenticatedUser()
                                                                          : QStringLiteral("alice"))
              << QStringLiteral("--auth-password '<your password>'");
    recipe.swaks = swaks.join(QLatin1Char(' '));
    return recipe;
}

QString CommandLineRecipe::toText() const
{
    return RecipeText::tr("# Plain text, by hand\n%1\n\n# With TLS, by hand\n%2\n\n# In one go\n%3\n")
        .arg(telnet, openssl, swaks);
}

} // namespace SmtpTutor
