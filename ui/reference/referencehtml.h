#pragma once

#include "reference/lineexplainer.h"
#include "reference/referencetypes.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

// Rich text for the reference facts, shared by every view that shows them: the Codes and
// Commands tabs, the transcript's detail pane and the Explain tab. One renderer per fact, so a
// command reads the same wherever the learner meets it; lists are real HTML lists.
class ReferenceHtml
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::ReferenceHtml)
public:
    // "<ul><li>...</li></ul>", each item escaped; "" for an empty list.
    static QString bulletList(const QStringList &items);
    // What a command asks, its syntax, when it is allowed, an example and the replies it can get.
    static QString command(const CommandInfo &info, const QPalette &palette, bool withHeading = true);
    // A reply code: meaning, description, common causes (a list), what to do, enhanced codes.
    static QString replyCode(const ReplyCodeInfo &info, const QPalette &palette);
    // One line of an EHLO reply: the extension, what its parameters mean, the AUTH mechanisms.
    static QString ehloLine(const EhloLineExplanation &line);
};

} // namespace SmtpTutor
