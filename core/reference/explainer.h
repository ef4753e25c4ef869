#pragma once

#include "explanation.h"
#include "referencecatalog.h"

#include <QStringView>

namespace SmtpTutor {

// Decodes whatever a learner or an admin pastes: a reply line or a whole multi-line reply
// ("550 5.1.1 <x@example.com>: Recipient address rejected"), a bounce message that quotes
// one, a bare reply code ("421"), an enhanced status code ("5.7.1"), a port ("587") or a
// command ("RCPT TO:<bob@example.com>"). Everything it says comes from the ReferenceCatalog.
class Explainer
{
public:
    explicit Explainer(const ReferenceCatalog &catalog = ReferenceCatalog::instance());

    // Pasted text is untrusted and may be large: anything beyond this is refused, not parsed.
    static constexpr qsizetype MaxInputLength = 64 * 1024;

    Explanation explain(QStringView input) const;

    // Direct entry points, for views that already know what they hold.
    Explanation explainReply(const Reply &reply) const;
    Explanation explainReplyCode(int code) const;
    Explanation explainEnhancedStatus(const EnhancedStatus &status) const;
    Explanation explainPort(int port) const;
    Explanation explainCommand(const CommandInfo &command) const;

private:
    Explanation explainReplyText(const QString &text) const;
    Explanation explainEmbedded(const QString &text) const;
    Explanation explainNumber(const QString &text, bool portOnly) const;
    void describeReplyCode(Explanation &explanation, int code) const;
    static Explanation unknown(const QString &input, const QString &error);
    static void recognise(Explanation &explanation, const Reply &reply);

    const ReferenceCatalog &m_catalog;
};

} // namespace SmtpTutor
