#include "auditchecks.h"

#include "audit/dns/domainpolicycheck.h"
#include "audit/dns/reversednscheck.h"
#include "audit/smtp/openrelaycheck.h"
#include "audit/smtp/starttlsinjectioncheck.h"
#include "audit/tls/certificatecheck.h"
#include "audit/tls/ciphersuitescheck.h"
#include "audit/tls/tlsversionscheck.h"

namespace SmtpTutor {

QList<HostCheck *> createHostChecks(const HostCheckContext &context, QObject *parent)
{
    // The order is the order of the rows in the report; all of them start at once.
    return {
        new TlsVersionsCheck(context, parent),
        new CipherSuitesCheck(context, parent),
        new CertificateCheck(context, parent),
        new StartTlsInjectionCheck(context, parent),
        new OpenRelayCheck(context, parent),
        new ReverseDnsCheck(context, parent), // DNS only: it takes no connection slot
    };
}

DomainCheck *createDomainCheck(const AuditOptions &options, const QList<MxHost> &mx, QObject *parent)
{
    return new DomainPolicyCheck(options, mx, parent);
}

} // namespace SmtpTutor
