// Differential test against the reference Exim 4.96 (tools/exim/start): the same dialogs played
// against the real Exim and against ServerEngine with the Exim personality and scenario
// "one-port". For every reply the code must agree, and so must the shape of the text: an enhanced
// status code or none (Exim sends none), and Exim's queue-id form in "250 OK id=...". Where they
// differ on purpose, or where the simulation does not model Exim, the difference is named in
// eximdialogs.h; any other difference fails. The agreement figure must stay at 95 % or more.
//
// Environment: SMTP_TUTOR_EXIM_PORT and SMTP_TUTOR_EXIM_CA (exported by tools/exim/start).

#include "eximdialogs.h"
#include "realserverside.h"
#include "server/serverengine.h"

#include <QRegularExpression>
#include <QtTest>

using namespace SmtpTutor;
using namespace SmtpTutor::Testing;

namespace {

// Exim 4.96's message id: three base-62 groups of 6, 6 and 2 characters.
bool hasEximQueueIdShape(const Reply &reply)
{
    static const QRegularExpression shape(QStringLiteral("^OK id=[0-9A-Za-z]{6}-[0-9A-Za-z]{6}-[0-9A-Za-z]{2}$"));
    return shape.match(reply.lines().value(0)).hasMatch();
}

bool sameShape(const QString &line, const Reply &ours, const Reply &exim)
{
    if (ours.code() != exim.code() || ours.enhancedStatus().has_value() != exim.enhancedStatus().has_value())
        return false;
    if (line == QLatin1String(".") && exim.code() == 250)
        return hasEximQueueIdShape(ours) && hasEximQueueIdShape(exim);
    return true;
}

} // namespace

class TestDifferentialExim : public QObject
{
    Q_OBJECT

    quint16 m_port = 0;
    QString m_ca;
    bool m_haveEnv = false;
    int m_dialogs = 0, m_replies = 0, m_agreed = 0, m_named = 0;
    QSet<QString> m_namedSeen;

    struct Outcome
    {
        QStringList problems;
        QString namedDifference; // the dialog stopped at this named difference
    };

    Outcome play(const EximDialog &dialog)
    {
        Outcome outcome;
        RealServerSide exim(m_ca);
        QString error;
        if (!exim.connect(m_port, false, &error))
            return { { QStringLiteral("cannot connect to Exim: ") + error }, {} };
        auto scenario = Scenario::load(QStringLiteral("one-port"), &error);
        if (!scenario)
            return { { error }, {} };
        scenario->personality = PersonaId::Exim;
        ServerEngine engine(*scenario);

        // Compares one pair; false ends the dialog.
        const auto pair = [&](const QString &line, const QList<ServerResponse> &ours) {
            const auto real = exim.reply();
            if (!real) {
                outcome.problems << QStringLiteral("after \"%1\": Exim sent no reply").arg(line.left(60));
                return std::optional<Reply>();
            }
            if (ours.size() != 1) {
                outcome.problems << QStringLiteral("after \"%1\": the engine gave %2 replies, Exim %3")
                                        .arg(line.left(60)).arg(ours.size()).arg(describe(*real));
                return std::optional<Reply>();
            }
            ++m_replies;
            const Reply &mine = ours.first().reply;
            if (sameShape(line, mine, *real)) {
                ++m_agreed;
                return real;
            }
            for (const EximDifference &named : eximDifferences()) {
                if (dialog.name == QLatin1String(named.dialog) && line == QLatin1String(named.line)
                    && describe(mine) == QLatin1String(named.engineCode)
                    && describe(*real) == QLatin1String(named.eximCode)) {
                    ++m_named;
                    outcome.namedDifference = QString::fromLatin1(named.dialog);
                    return std::optional<Reply>();
                }
            }
            outcome.problems << QStringLiteral("after \"%1\": engine %2 (%3), Exim %4 (%5)")
                                    .arg(line.left(60), describe(mine), mine.text(), describe(*real), real->text());
            return std::optional<Reply>();
        };

        if (!pair(QStringLiteral("(connect)"), engine.connect()))
            return outcome;
        bool inData = false;
        for (const QString &line : dialog.lines) {
            exim.send(line);
            const QList<ServerResponse> ours = engine.receiveLine(line.toUtf8());
            if (inData && line != QLatin1String(".")) {
                if (!ours.isEmpty())
                    outcome.problems << QStringLiteral("the engine answered the message line \"%1\"").arg(line);
                continue;
            }
            inData = false;
            const auto real = pair(line, ours);
            if (!real)
                break;
            if (real->code() == 354)
                inData = true;
            if (line.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0 && real->code() == 220) {
                if (!exim.startTls(&error)) {
                    outcome.problems << QStringLiteral("TLS handshake with Exim failed: ") + error;
                    break;
                }
                engine.tlsStarted();
            }
            if (engine.isClosed() || real->code() == 221 || real->code() == 421)
                break;
        }
        exim.close();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_port = quint16(qEnvironmentVariableIntValue("SMTP_TUTOR_EXIM_PORT"));
        m_ca = qEnvironmentVariable("SMTP_TUTOR_EXIM_CA");
        m_haveEnv = m_port != 0 && !m_ca.isEmpty();
        if (!m_haveEnv) {
            if (qgetenv("CI") == "true")
                QFAIL("SMTP_TUTOR_EXIM_PORT / SMTP_TUTOR_EXIM_CA are not set: the reference Exim is missing");
            QSKIP("No reference Exim: run tools/test (or eval \"$(tools/exim/start DIR)\") to compare against it");
        }
        QVERIFY(QSslSocket::supportsSsl());
    }

    void dialog_data()
    {
        QTest::addColumn<int>("index");
        const QList<EximDialog> list = eximDialogs();
        for (int i = 0; i < list.size(); ++i)
            QTest::newRow(qPrintable(list.at(i).name)) << i;
    }

    void dialog()
    {
        QFETCH(int, index);
        const Outcome outcome = play(eximDialogs().at(index));
        ++m_dialogs;
        if (!outcome.namedDifference.isEmpty())
            m_namedSeen.insert(outcome.namedDifference);
        if (!outcome.problems.isEmpty())
            QFAIL(qPrintable(outcome.problems.join(QStringLiteral("\n   "))));
    }

    void cleanupTestCase()
    {
        if (!m_haveEnv)
            return;
        const double agreement = m_replies ? 100.0 * m_agreed / m_replies : 0.0;
        qInfo("Exim differential: %d dialogs, %d replies compared, %d same code and shape (%.1f%%), %d named "
              "differences",
            m_dialogs, m_replies, m_agreed, agreement, m_named);
        QVERIFY2(agreement >= 95.0, qPrintable(QStringLiteral("agreement %1% is below 95%").arg(agreement)));
        // A named difference nobody meets any more is stale: the list must say only what is true.
        for (const EximDifference &named : eximDifferences())
            QVERIFY2(m_namedSeen.contains(QString::fromLatin1(named.dialog)), named.dialog);
    }
};

QTEST_GUILESS_MAIN(TestDifferentialExim)
#include "tst_differential_exim.moc"
