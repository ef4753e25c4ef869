#include "referencehtml.h"

#include "uihelpers.h"

namespace SmtpTutor {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString ReferenceHtml::bulletList(const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(esc(item));
    return html + QStringLiteral("</ul>");
}

QString ReferenceHtml::command(const CommandInfo &info, const QPalette &palette, bool withHeading)
{
    QString html;
    if (withHeading)
        html += QStringLiteral("<h3>%1</h3>").arg(esc(info.name));
    html += QStringLiteral("<p><code>%1</code></p><p>%2</p>").arg(esc(info.syntax), esc(info.purpose));
    html += tr("<p><b>When:</b> %1</p>").arg(esc(info.allowedWhen));
    if (!info.extension.isEmpty())
        html += tr("<p><b>Only after the server lists</b> <code>%1</code> in its EHLO reply.</p>").arg(esc(info.extension));
    html += tr("<p><b>Example:</b> <code>%1</code></p>").arg(esc(info.example));
    html += tr("<p><b>Replies it can get:</b></p><ul>");
    for (const TypicalReply &reply : info.typicalReplies)
        html += QStringLiteral("<li><b style=\"color:%1\">%2</b> %3 &mdash; %4</li>")
                    .arg(Ui::replyClassColor(reply.code, palette).name())
                    .arg(reply.code)
                    .arg(esc(reply.text), esc(reply.when));
    html += QStringLiteral("</ul><p><i>%1</i></p>").arg(esc(info.reference()));
    return html;
}

QString ReferenceHtml::replyCode(const ReplyCodeInfo &info, const QPalette &palette)
{
    QString html = QStringLiteral("<h3 style=\"color:%1\">%2 %3</h3><p>%4</p>")
                       .arg(Ui::replyClassColor(info.code, palette).name())
                       .arg(info.code)
                       .arg(esc(info.meaning), esc(info.description));
    if (!info.causes.isEmpty())
        html += tr("<p><b>Common causes:</b></p>") + bulletList(info.causes);
    if (!info.action.isEmpty())
        html += tr("<p><b>What to do:</b> %1</p>").arg(esc(info.action));
    return html;
}

QString ReferenceHtml::ehloLine(const EhloLineExplanation &line)
{
    const ExtensionInfo &ext = line.extension;
    QString html;
    if (line.greetingLine) {
        html += tr("<p><b>The server's name.</b> %1</p>").arg(esc(ext.description));
    } else if (line.known) {
        html += tr("<p><b>%1</b> &mdash; %2</p>").arg(esc(line.keyword), esc(ext.title));
        html += QStringLiteral("<p>%1</p>").arg(esc(ext.description));
        if (!ext.parameter.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(ext.parameter));
    } else {
        html += tr("<p><b>%1</b> &mdash; not an extension SMTP Tutor knows.</p>").arg(esc(line.keyword));
        html += QStringLiteral("<p>%1</p>").arg(esc(ext.description));
    }
    if (!line.parameterMeaning.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(line.parameterMeaning));
    if (!line.mechanisms.isEmpty()) {
        html += tr("<p><b>Mechanisms offered:</b></p><ul>");
        for (const EhloLineExplanation::Mechanism &m : line.mechanisms) {
            const QString what = m.description.isEmpty() ? tr("a mechanism SMTP Tutor does not describe")
                                                         : tr("%1 (%2)").arg(m.description, m.rfc);
            html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(m.name), esc(what));
        }
        html += QStringLiteral("</ul>");
    }
    QString reference = ext.reference();
    if (!ext.seeAlso.isEmpty())
        reference = tr("%1; see also %2").arg(reference, ext.seeAlso);
    html += tr("<p><b>Rule:</b> %1</p>").arg(esc(reference));
    return html;
}

} // namespace SmtpTutor
