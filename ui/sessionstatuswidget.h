#pragma once

#include <QWidget>

class QLabel;

namespace SmtpTutor {

class SimulatorSession;

// The session state in the status bar: phase, TLS, login, envelope.
class SessionStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SessionStatusWidget(SimulatorSession *session, QWidget *parent = nullptr);

    QString phaseText() const;
    QString summary() const; // all four parts, for tests and the accessible description

private:
    void refresh();

    SimulatorSession *m_session;
    QLabel *m_phase;
    QLabel *m_tls;
    QLabel *m_auth;
    QLabel *m_envelope;
};

} // namespace SmtpTutor
