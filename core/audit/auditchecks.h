#pragma once

#include "domaincheck.h"
#include "hostcheck.h"

#include <QList>

namespace SmtpTutor {

// The registry: which checks an audit runs. The runner knows only the interfaces; adding a
// check is one line here.
QList<HostCheck *> createHostChecks(const HostCheckContext &context, QObject *parent);
// The domain's DNS policy check; nullptr when none is built in.
DomainCheck *createDomainCheck(const AuditOptions &options, const QList<MxHost> &mx, QObject *parent);

} // namespace SmtpTutor
