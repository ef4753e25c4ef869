#include "transcriptdetail.h"

#include "reference/lineexplainer.h"
#include "reference/referencehtml.h"
#include "uihelpers.h"

namespace SmtpTutor {

namespace {

QString para(const QString &label, const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(label.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

QString TranscriptDetail::html(const QList<TranscriptEntry> &entries, qsizetype index, const QPalette &palette) const
{
    if (index < 0 || index >= entries.size())
        return {};
    const TranscriptEntry &e = entries.at(index);
    QString html;
    switch (e.direction) {
    case Direction::Server:
        html = serverHtml(entries, index, palette);
        break;
    case Direction::Client:
        html = clientHtml(entries, index, palette);
        break;
    case Direction::Info:
    case Direction::Error:
        html = para(e.direction == Direction::Info ? tr("Note:") : tr("Problem:"), e.text);
        html += para(QString(), e.explanation);
        break;
    }
    html += para(tr("Encrypted:"), e.tls ? tr("yes, this line travelled inside TLS")
                                         : tr("no, this line travelled in clear text"));
    return html;
}

QString TranscriptDetail::serverHtml(const QList<TranscriptEntry> &entries, qsizetype index,
                                     const QPalette &palette) const
{
    const TranscriptEntry &e = entries.at(index);
    QString html = QStringLiteral("<p><span style=\"color:%1; font-weight:bold; font-size:large\">%2</span> &nbsp;%3</p>")
                       .arg(Ui::replyClassColor(e.replyCode, palette).name())
                       .arg(e.replyCode)
                       .arg(Ui::replyClassName(e.replyCode).toHtmlEscaped());
    // In an EHLO reply each line offers one extension: explain that line, not "250 success".
    if (const auto ehlo = LineExplainer().explainEhloEntry(entries, index)) {
        html += ReferenceHtml::ehloLine(*ehlo);
        if (e.isLastLineOfReply)
            html += para(tr("Why:"), e.explanation);
        return html;
    }
    if (m_replyMeaning)
        html += para(tr("Reply code:"), m_replyMeaning(QString::number(e.replyCode)));
    if (e.replyCode >= 400) {
        if (const ReplyCodeInfo *info = ReferenceCatalog::instance().replyCode(e.replyCode); info && !info->causes.isEmpty())
            html += tr("<p><b>Common causes:</b></p>") + ReferenceHtml::bulletList(info->causes);
    }
    if (!e.enhancedStatus.isEmpty())
        html += para(tr("Enhanced code %1:").arg(e.enhancedStatus), m_enhancedMeaning ? m_enhancedMeaning(e.enhancedStatus) : QString());
    html += para(tr("Why:"), e.explanation);
    html += para(tr("Rule:"), e.rfcSection);
    return html;
}

QString TranscriptDetail::clientHtml(const QList<TranscriptEntry> &entries, qsizetype index,
                                     const QPalette &palette) const
{
    const TranscriptEntry &e = entries.at(index);
    QString html = para(tr("You sent:"), e.text.isEmpty() ? tr("an empty line") : e.text);
    html += para(tr("Hidden:"), e.maskNote.isEmpty() ? QString() : e.maskNote + tr(" (never stored, never exported)"));
    const SentLineExplanation sent = LineExplainer().explainClientEntry(entries, index);
    switch (sent.kind) {
    case SentLineExplanation::Kind::MessageLine:
        html += QStringLiteral("<p>%1</p>").arg(e.text == QLatin1String(".")
            ? tr("A line with only a dot ends the message; the server answers it (RFC 5321 s.4.1.1.4).")
            : tr("A line of the message. After 354 everything is message text until a line with only a dot (RFC 5321 s.4.1.1.4)."));
        break;
    case SentLineExplanation::Kind::AuthAnswer:
        html += QStringLiteral("<p>%1</p>").arg(tr("An answer to the server's 334 question during the login (RFC 4954 s.4)."));
        break;
    case SentLineExplanation::Kind::EmptyLine:
        html += QStringLiteral("<p>%1</p>").arg(tr("An empty line is no command: the server expects a verb such as EHLO or NOOP on every line."));
        break;
    case SentLineExplanation::Kind::UnknownVerb:
        html += QStringLiteral("<p>%1</p>").arg(tr("This is not an SMTP command the reference knows."));
        break;
    case SentLineExplanation::Kind::Command:
        html += ReferenceHtml::command(*sent.command, palette);
        break;
    }
    if (!sent.suggestion.isNull())
        html += tr("<p><b>Did you mean</b> <code>%1</code>?</p>").arg(sent.suggestion.toHtmlEscaped());
    html += para(tr("Note:"), e.explanation);
    return html;
}

} // namespace SmtpTutor
