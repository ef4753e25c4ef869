#include "sessionstatuswidget.h"

#include "lesson/simulatorsession.h"
#include "uihelpers.h"

#include <QHBoxLayout>
#include <QLabel>

namespace SmtpTutor {

SessionStatusWidget::SessionStatusWidget(SimulatorSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_phase(new QLabel(this))
    , m_tls(new QLabel(this))
    , m_auth(new QLabel(this))
    , m_envelope(new QLabel(this))
{
    Ui::name(this, QStringLiteral("sessionStatus"), tr("Session state"));
    Ui::name(m_phase, QStringLiteral("phaseLabel"), tr("Session phase"));
    Ui::name(m_tls, QStringLiteral("tlsLabel"), tr("Encryption"));
    Ui::name(m_auth, QStringLiteral("authLabel"), tr("Login"));
    Ui::name(m_envelope, QStringLiteral("envelopeLabel"), tr("Envelope"));
    m_envelope->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(18);
    layout->addWidget(m_phase);
    layout->addWidget(m_tls);
    layout->addWidget(m_auth);
    layout->addWidget(m_envelope, 1);
    connect(session, &SimulatorSession::stateChanged, this, &SessionStatusWidget::refresh);
    refresh();
}

QString SessionStatusWidget::phaseText() const
{
    const SmtpResponder *engine = m_session->engine();
    // After 221 (or 421) the connection is gone: nothing of the session is left.
    if (!engine || !m_session->isConnected())
        return tr("not connected");
    switch (engine->phase()) {
    case SessionPhase::NotConnected: return tr("not connected");
    case SessionPhase::Greeted: return tr("greeted");
    case SessionPhase::Identified: return tr("after EHLO");
    case SessionPhase::InTransaction:
    case SessionPhase::HaveRecipients: return tr("in transaction");
    case SessionPhase::InData: return tr("in DATA");
    case SessionPhase::AuthExchange: return tr("logging in");
    case SessionPhase::Closed: return tr("not connected");
    }
    return {};
}

QString SessionStatusWidget::summary() const
{
    return QStringList{m_phase->text(), m_tls->text(), m_auth->text(), m_envelope->text()}.join(QLatin1String(" | "));
}

void SessionStatusWidget::refresh()
{
    // A closed connection keeps its engine (the transcript still explains it), but neither its
    // TLS session nor its login outlives it (RFC 5321 s.4.1.1.10).
    const SmtpResponder *engine = m_session->isConnected() ? m_session->engine() : nullptr;
    m_phase->setText(tr("Phase: %1").arg(phaseText()));
    const bool tls = engine && engine->isTlsActive();
    m_tls->setText(tls ? tr("TLS on") : tr("TLS off"));
    m_tls->setToolTip(tls ? tr("The connection is encrypted") : tr("Everything travels in clear text"));
    const bool auth = engine && engine->isAuthenticated();
    m_auth->setText(auth ? tr("Logged in as %1").arg(engine->authenticatedUser()) : tr("Not logged in"));
    QString envelope = tr("Envelope: none");
    const SessionPhase phase = engine ? engine->phase() : SessionPhase::NotConnected;
    // The envelope exists from MAIL FROM until the message is accepted or RSET (RFC 5321 s.3.3).
    if (phase == SessionPhase::InTransaction || phase == SessionPhase::HaveRecipients || phase == SessionPhase::InData) {
        QStringList rcpts;
        for (const MailPath &path : engine->recipients())
            rcpts << path.toString();
        envelope = tr("From %1 to %2").arg(engine->sender().toString(),
                                         rcpts.isEmpty() ? tr("(no recipient yet)") : rcpts.join(QLatin1String(", ")));
    }
    m_envelope->setText(envelope);
    setAccessibleDescription(summary());
}

} // namespace SmtpTutor
