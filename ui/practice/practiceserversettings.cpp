// PracticeServerWidget's client settings: what a mail program needs to reach the practice
// server (host, ports, security, users, the certificate to trust), and the note on the port.
// Member functions of the widget kept apart from its form and start-up, in their own file.

#include "practiceserverwidget.h"

#include "exampicker.h"
#include "practiceportnote.h"

#include "practice/practicecertificate.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace SmtpTutor {

QString PracticeServerWidget::clientSettingsText() const
{
    QString error;
    const std::optional<Scenario> scenario
        = isRunning() ? std::optional<Scenario>(m_runningScenario) : currentScenario(&error);
    if (!scenario)
        return error;
    QStringList lines;
    lines << tr("Server (host): 127.0.0.1 (or localhost)");
    const quint16 port = isRunning()
        ? (scenario->implicitTls ? m_server->implicitTlsPort() : m_server->port())
        : quint16(m_portBox->value());
    const QString portText = port == 0 ? tr("(chosen at start)") : QString::number(port);
    // An exam is taken with the client set up as for a real submission server (STARTTLS and a
    // login), whatever the exam's server then does: strip-starttls must not show "none" here.
    const bool exam = isRunning() ? m_proctor != nullptr : m_examPicker->exam().has_value();
    if (exam)
        lines << tr("Port %1, security: STARTTLS; set the client up as for a real mail server: the exam "
                    "grades what it does when the server misbehaves")
                     .arg(portText);
    else if (scenario->implicitTls)
        lines << tr("Port %1, security: SSL/TLS (TLS from the first byte)").arg(portText);
    else if (scenario->offersStartTls)
        lines << tr("Port %1, security: STARTTLS%2")
                     .arg(portText,
                         scenario->requiresTls ? tr(" (required before anything else)") : tr(" (or none)"));
    else
        lines << tr("Port %1, security: none").arg(portText);
    if (m_implicitBox->isChecked() && !scenario->implicitTls) {
        const quint16 implicitPort
            = isRunning() ? m_server->implicitTlsPort() : quint16(m_implicitPortBox->value());
        lines << tr("Port %1, security: SSL/TLS")
                     .arg(implicitPort == 0 ? tr("(chosen at start)") : QString::number(implicitPort));
    }
    if (scenario->authEnabled && !scenario->users.isEmpty()) {
        QStringList users = scenario->users.keys();
        users.sort();
        for (const QString &user : std::as_const(users))
            lines
                << tr("User name: %1   Password: %2 (teaching data)").arg(user, scenario->users.value(user));
    } else {
        lines << tr("No login: this scenario does not offer AUTH");
    }
    if (!scenario->localDomains.isEmpty())
        lines << tr("Mailboxes: %1 at %2")
                     .arg(scenario->mailboxes.join(QStringLiteral(", ")),
                         scenario->localDomains.join(QStringLiteral(", ")));
    const QString certificate = m_certificateFile.isEmpty()
        ? PracticeCertificate::certificatePath(m_certificateDirectory)
        : m_certificateFile;
    lines << tr("Certificate: self-signed for localhost; trust %1 or accept it once in the mail program")
                 .arg(certificate);
    return lines.join(QLatin1Char('\n'));
}

void PracticeServerWidget::updateClientSettings()
{
    m_settingsEdit->setPlainText(clientSettingsText());
    updatePortNote();
}

void PracticeServerWidget::updatePortNote()
{
    QString error;
    const std::optional<Scenario> scenario
        = isRunning() ? std::optional<Scenario>(m_runningScenario) : currentScenario(&error);
    const QString note = scenario
        ? practicePortNote(scenario->port, isRunning() ? m_server->port() : m_portBox->value())
        : QString();
    m_portNote->setText(note);
    m_portNote->setVisible(!note.isEmpty());
}

} // namespace SmtpTutor
