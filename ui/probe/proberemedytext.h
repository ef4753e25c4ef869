#pragma once

#include "client/proberemedy.h"

#include <QCoreApplication>
#include <QString>

namespace SmtpTutor {

// The probe dialog's words for a remedy: it names the dialog's own controls (the Encryption
// list, the EHLO name field, ...), never a command-line flag.
class ProbeRemedyText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::ProbeRemedyText)
public:
    static QString forDialog(ProbeRemedy remedy);
};

} // namespace SmtpTutor
