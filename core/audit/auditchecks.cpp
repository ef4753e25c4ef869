#include "auditchecks.h"

namespace SmtpTutor {

QList<HostCheck *> createHostChecks(const HostCheckContext &context, QObject *parent)
{
    Q_UNUSED(context);
    Q_UNUSED(parent);
    QList<HostCheck *> checks;
    return checks;
}

DomainCheck *createDomainCheck(const AuditOptions &options, const QList<MxHost> &mx, QObject *parent)
{
    Q_UNUSED(options);
    Q_UNUSED(mx);
    Q_UNUSED(parent);
    return nullptr;
}

} // namespace SmtpTutor
