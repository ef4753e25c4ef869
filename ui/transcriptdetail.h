#pragma once

#include "session/transcript.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <functional>

namespace SmtpTutor {

// The rich text under the transcript for the selected line: for a server line the reply code,
// the enhanced code, why it came and the rule (and, in an EHLO reply, the extension the line
// offers); for a line the client sent, the command from the Commands reference, or what the line
// is when it is no command (message text, a login answer, a near miss with a suggestion).
class TranscriptDetail
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::TranscriptDetail)
public:
    using Lookup = std::function<QString(const QString &key)>;
    TranscriptDetail(Lookup enhancedMeaning, Lookup replyMeaning)
        : m_enhancedMeaning(std::move(enhancedMeaning))
        , m_replyMeaning(std::move(replyMeaning))
    {
    }

    QString html(const QList<TranscriptEntry> &entries, qsizetype index, const QPalette &palette) const;

private:
    QString serverHtml(const QList<TranscriptEntry> &entries, qsizetype index, const QPalette &palette) const;
    QString clientHtml(const QList<TranscriptEntry> &entries, qsizetype index, const QPalette &palette) const;

    Lookup m_enhancedMeaning;
    Lookup m_replyMeaning;
};

} // namespace SmtpTutor
