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
// A TCP port typed by the user: a number from 1 to 65535, else nothing.
std::optional<quint16> parsePort(QStringView text);

// A value the probe cannot use: which option, and what is wrong with it, so that each front end
// can point at it in its own terms (the CLI names its flag, the dialog names and focuses its
// field). The message is plain words with no option, flag or field name in it.
struct ProbeOptionProblem
{
    // In the order the options are read; a front end shows the first problem.
    enum class Field { Host, Port, TlsMode, EhloName, Timeout, User, Secret, AuthMechanism, From, To, Send, QuitAfter };
    enum class Kind {
        Missing,          // required and empty: the host, or the password for a user name
        ControlCharacter, // CR, LF, NUL or another control: it would end the command and start another
        NotSingleWord,    // a space inside a name that goes into a command as one word
        InvalidMailbox,   // not local-part@domain by the RFC 5321 parser, or given in angle brackets
        Unsupported,      // a login mechanism the probe does not have
        OutOfRange,       // port 0, or a timeout of nothing or of more than an hour
        Requires,         // means something only together with `other` (a mechanism needs a user)
        Conflicts,        // contradicts `other` (a password, and encryption switched off)
    };
    Field field = Field::Host;
    Kind kind = Kind::Missing;
    std::optional<Field> other; // set for Requires and Conflicts
    QString message;            // plain words, no option or field name
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

    // The longest wait a user may ask for, per connect and per reply; the session gets four times it.
    static constexpr int MaxTimeoutSeconds = 3600;
    // Connect and reply timeouts of `seconds` each, the whole session four times that (the one
    // rule both front ends follow). A value validate() cannot accept leaves them at 0, so that
    // validate() reports it.
    void setTimeoutSeconds(double seconds);

    // The one set of rules for a probe's options, checked before anything connects: every value
    // that goes into a command (no CR, LF, NUL or other controls: command injection; addresses
    // by the RFC 5321 parser), the port and timeouts, options that need one another, and no
    // password in clear unless the user allowed it for this run. The CLI and the probe dialog
    // both call this; an empty list means the probe may start.
    QList<ProbeOptionProblem> validate() const;

    bool wantsAuth() const { return !user.isEmpty(); }
    // "--quit-after mail" alone tests MAIL FROM:<> (the null path, RFC 5321 s.4.5.5).
    bool wantsEnvelope() const { return send || !to.isEmpty() || !from.isEmpty() || quitAfter == QuitAfter::Mail; }
    bool implicitTls() const { return tlsMode == TlsMode::Implicit || (tlsMode == TlsMode::Auto && port == 465); }
};

} // namespace SmtpTutor
