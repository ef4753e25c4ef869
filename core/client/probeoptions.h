#pragma once

#include "smtpconnection.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

enum class TlsMode {
    None,     // never encrypt
    StartTls, // upgrade with STARTTLS (RFC 3207); fail if it is not offered
    Implicit, // TLS from the first byte (RFC 8314 s.3, port 465)
    Auto,     // implicit on 465, else STARTTLS when offered, else clear (with a warning)
};

// Where to stop: after this step the probe says QUIT (swaks' --quit-after).
enum class QuitAfter { Nothing, Connect, Ehlo, Tls, Auth, Mail, Rcpt, Data };

QString tlsModeName(TlsMode mode);
std::optional<TlsMode> parseTlsMode(const QString &text);
QString quitAfterName(QuitAfter stage);
std::optional<QuitAfter> parseQuitAfter(const QString &text);

// A value the probe cannot use, and which one it is, so that each front end can point at it in
// its own terms (the CLI names its option, the dialog focuses its field).
struct ProbeOptionProblem
{
    enum class Field { Host, EhloName, User, Secret, AuthMechanism, From, To };
    Field field = Field::Host;
    QString message; // plain words, no option or field name
};

struct ProbeOptions
{
    QString host; // as the user typed it: the certificate must match this name
    quint16 port = 25;
    TlsMode tlsMode = TlsMode::Auto;
    QString ehloName; // empty: this machine's host name

    QString user;
    QString secret; // password or XOAUTH2 token; kept in memory only, never logged
    QString authMechanism; // empty: choose from what the server offers

    QString from;     // MAIL FROM; empty with recipients means the null path <>
    QStringList to;   // RCPT TO, one or more
    bool send = false; // DATA and a real test message; otherwise RSET after RCPT
    QuitAfter quitAfter = QuitAfter::Nothing;

    // Non-empty: trust exactly these (e.g. --cafile), which also spares loading the system store.
    QList<QSslCertificate> caCertificates;
    bool acceptAllCertificateErrors = false;     // --insecure
    QList<QSslError> acceptedCertificateErrors;  // what the user said yes to, for this run
    bool allowPlaintextAuth = false;

    SmtpConnection::Timeouts timeouts;
    ReplyParser::Limits parserLimits;
    int maxAuthChallenges = 4; // a hard cap whatever the mechanism says

    // Every value that goes into a command, checked before anything connects: no CR, LF, NUL
    // or other controls anywhere (command injection), addresses by the RFC 5321 parser. The CLI
    // and the probe dialog both call this; an empty list means the probe may start.
    QList<ProbeOptionProblem> validate() const;

    bool wantsAuth() const { return !user.isEmpty(); }
    // "--quit-after mail" alone tests MAIL FROM:<> (the null path, RFC 5321 s.4.5.5).
    bool wantsEnvelope() const { return send || !to.isEmpty() || !from.isEmpty() || quitAfter == QuitAfter::Mail; }
    bool implicitTls() const { return tlsMode == TlsMode::Implicit || (tlsMode == TlsMode::Auto && port == 465); }
};

} // namespace SmtpTutor
