#include "proberemedytext.h"

namespace SmtpTutor {

QString ProbeRemedyText::forDialog(ProbeRemedy remedy)
{
    switch (remedy) {
    case ProbeRemedy::SetEhloName:
        return tr("Enter this computer's full host name in the \"EHLO name\" field.");
    case ProbeRemedy::GiveCredentials:
        return tr("Fill in \"User\" and \"Password\" under \"Login and envelope\".");
    case ProbeRemedy::UseStartTls:
        return tr("Choose \"STARTTLS (required)\" under \"Encryption\" (port 587).");
    case ProbeRemedy::UseImplicitTls:
        return tr("Choose \"Implicit TLS\" under \"Encryption\" (port 465).");
    case ProbeRemedy::RaiseTimeout:
        return tr("Raise the \"Timeout\" if the server is merely slow.");
    case ProbeRemedy::TrustCertificate:
        return tr("If you know this certificate belongs to the server, answer Yes when the dialog asks about it "
                  "(it is then trusted for this probe only).");
    case ProbeRemedy::AllowPlaintextAuth:
        return tr("Only for a test server on a network you control: tick \"Allow the password without TLS\".");
    case ProbeRemedy::ResolveMx:
        return tr("For a mail domain, tick \"It is a mail domain: probe its first MX host\".");
    }
    return {};
}

} // namespace SmtpTutor
