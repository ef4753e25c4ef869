#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace SmtpTutor {

struct ClientError;
struct ProbeOptions;
struct TlsReport;

// What the user can change to get further after a failed probe. The core says only WHAT to
// change; each front end words it in its own terms (the CLI names its flag, the probe dialog
// names its own control), so no diagnosis ever tells a GUI user to type a flag.
enum class ProbeRemedy {
    SetEhloName, // greet with a fully qualified name that resolves
    GiveCredentials, // log in with a user name and a password
    UseStartTls, // encrypt the session with STARTTLS (port 587, 25)
    UseImplicitTls, // TLS from the first byte (port 465)
    RaiseTimeout, // wait longer for each reply
    TrustCertificate, // trust this server's certificate (a CA file, or accept it for this run)
    AllowPlaintextAuth, // send the password without TLS: test servers on a network you control only
    ResolveMx, // the name is a mail domain: probe the host its MX record names
};

QString remedyName(ProbeRemedy remedy); // "set_ehlo_name", "use_starttls", ... (JSON)

// Turns a remedy into a sentence for one front end.
using RemedyWording = std::function<QString(ProbeRemedy remedy)>;

// The remedies that fit a failure; empty when nothing the user controls would help.
QList<ProbeRemedy> remediesFor(const ClientError &error, const TlsReport &tls, const ProbeOptions &options);

} // namespace SmtpTutor
