#include "probesummarypage.h"

#include "report/checklistview.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace SmtpTutor {

namespace {
QLabel *wrapped(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}
} // namespace

ProbeSummaryPage::ProbeSummaryPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryView"));
    setAccessibleName(tr("Summary"));
    m_headline = wrapped(QStringLiteral("summaryHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_auth = wrapped(QStringLiteral("summaryAuth"));
    m_tls = wrapped(QStringLiteral("summaryTls"));
    m_greeting = wrapped(QStringLiteral("summaryGreeting"));
    m_diagnosis = wrapped(QStringLiteral("summaryDiagnosis"));
    m_remedies = wrapped(QStringLiteral("summaryRemedies"));
    m_checks = new CheckListView;
    m_checks->setObjectName(QStringLiteral("summaryChecks"));

    auto *facts = new QFormLayout;
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    facts->addRow(tr("Login:"), m_auth);
    facts->addRow(tr("Encryption:"), m_tls);
    facts->addRow(tr("Greeting:"), m_greeting);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(facts);
    layout->addWidget(m_diagnosis);
    layout->addWidget(m_remedies);
    layout->addWidget(m_checks);
    layout->addStretch(1);
    clear();
}

void ProbeSummaryPage::clear()
{
    m_headline->setText(tr("No probe has run yet."));
    for (QLabel *label : {m_auth, m_tls, m_greeting, m_diagnosis, m_remedies})
        label->clear();
    m_diagnosis->hide();
    m_remedies->hide();
    m_checks->clear();
}

QString ProbeSummaryPage::authSentence(const ProbeReport &report, bool userGiven)
{
    if (report.authenticated)
        return tr("The login succeeded (AUTH %1): the server accepted the user name and password.").arg(report.authMechanism);
    if (!report.authMechanism.isEmpty())
        return tr("The login failed (AUTH %1): %2").arg(report.authMechanism, report.error.message);
    if (!userGiven)
        return tr("No login was tried (no user name was given).");
    if (report.stage <= ProbeStage::Auth && !report.ok)
        return tr("The login was not tried: the probe stopped before AUTH (see below).");
    return tr("No login was tried.");
}

QString ProbeSummaryPage::tlsSentence(const ProbeReport &report)
{
    if (!report.tls.used)
        return tr("None: this session was not encrypted.");
    const QString how = report.tlsUsed == TlsUsed::Implicit ? tr("implicit TLS") : tr("STARTTLS");
    return tr("%1 with %2, %3; certificate: %4").arg(report.tls.protocol, report.tls.cipher, how, report.tls.verdict());
}

void ProbeSummaryPage::setFacts(const ProbeReport &report, bool userGiven)
{
    m_auth->setText(authSentence(report, userGiven));
    m_tls->setText(tlsSentence(report));
    m_greeting->setText(report.greeting.isValid() ? report.greeting.lines().value(0) : tr("(none)"));
    m_checks->setItems(CheckItem::fromVerdicts(report.verdicts));
}

void ProbeSummaryPage::showReport(const ProbeReport &report, bool userGiven, const QStringList &remedies)
{
    if (report.ok)
        m_headline->setText(tr("Result: OK. %1 port %2 did everything that was asked.").arg(report.host).arg(report.port));
    else
        m_headline->setText(tr("Result: FAILED at step %1.").arg(stageName(report.stage)));
    setFacts(report, userGiven);
    m_diagnosis->setText(report.diagnosis.isEmpty() ? QString() : tr("What it means: %1").arg(report.diagnosis));
    m_diagnosis->setVisible(!report.diagnosis.isEmpty());
    QString change;
    if (!remedies.isEmpty())
        change = tr("What to change:") + QStringLiteral("\n\u2022 ") + remedies.join(QStringLiteral("\n\u2022 "));
    m_remedies->setText(change);
    m_remedies->setVisible(!change.isEmpty());
}

void ProbeSummaryPage::showWaitingForCertificateAnswer(const ProbeReport &report)
{
    m_headline->setText(tr("Waiting for your answer: the server's certificate did not pass verification."));
    setFacts(report, false);
    m_auth->setText(tr("Not tried yet: nothing has been sent over this connection."));
    m_tls->setText(tr("The TLS handshake stopped at the certificate check: %1").arg(report.tls.verdict()));
    // The failure the probe reports is the question itself; until it is answered, it is not shown
    // as the outcome.
    QList<Verdict> verdicts = report.verdicts;
    verdicts.removeIf([&report](const Verdict &verdict) { return verdict.text == report.diagnosis; });
    m_checks->setItems(CheckItem::fromVerdicts(verdicts));
    m_diagnosis->setText(tr("Answer the question about the certificate to go on, or cancel."));
    m_diagnosis->show();
    m_remedies->hide();
}

QString ProbeSummaryPage::headline() const
{
    return m_headline->text();
}

QString ProbeSummaryPage::toPlainText() const
{
    QStringList parts = {m_headline->text(), tr("Login: %1").arg(m_auth->text()), tr("Encryption: %1").arg(m_tls->text()),
                         tr("Greeting: %1").arg(m_greeting->text())};
    for (QLabel *label : {m_diagnosis, m_remedies}) {
        if (!label->text().isEmpty())
            parts.append(label->text());
    }
    parts.append(m_checks->toPlainText());
    return parts.join(QLatin1Char('\n'));
}

} // namespace SmtpTutor
