#include "helpdialog.h"

#include "diagram/mailflowmap.h"
#include "reference/referencecatalog.h"
#include "uihelpers.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SmtpTutor {

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_map(new MailFlowMap(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("SMTP Guide"));
    Ui::name(m_browser, QStringLiteral("helpBrowser"), tr("SMTP guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(guideHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("helpButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *mapTitle = new QLabel(tr("<b>Where mail travels</b> (the highlighted hop is the one your session plays)"), this);
    mapTitle->setObjectName(QStringLiteral("mailFlowMapTitle"));
    mapTitle->setBuddy(m_map);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mapTitle);
    layout->addWidget(m_map);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

void HelpDialog::setSessionPort(int port)
{
    m_map->setSessionHop(MailFlowMap::hopForPort(port));
}

QString HelpDialog::guideHtml()
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html;
    QFile intro(QStringLiteral(":/help/intro.html"));
    if (intro.open(QIODevice::ReadOnly))
        html += QString::fromUtf8(intro.readAll());
    const Guide &guide = ReferenceCatalog::instance().guide();
    html += tr("<h2>Key takeaways</h2><ul>");
    for (const QString &t : guide.takeaways)
        html += QStringLiteral("<li>%1</li>").arg(esc(t));
    html += tr("</ul><h2>Common errors and how to fix them</h2><table width=\"100%\" cellpadding=\"4\">");
    for (const CommonError &e : guide.commonErrors)
        html += QStringLiteral("<tr><td valign=\"top\"><code><b>%1</b></code></td><td>%2<br><i>%3</i></td></tr>")
                    .arg(esc(e.reply), esc(e.meaning), esc(e.fix));
    html += tr("</table><h2>Try it from a terminal</h2>");
    for (const Recipe &r : guide.recipes)
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(esc(r.title), esc(r.commands.join(QLatin1Char('\n'))));
    html += tr("<h2>Questions and answers</h2>");
    // Written for the program; the terminal way is a side note.
    for (const FaqEntry &f : guide.faq) {
        html += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(esc(f.question), esc(f.answer));
        if (!f.cli.isEmpty())
            html += tr("<p><small><i>From a terminal:</i> %1</small></p>").arg(esc(f.cli));
    }
    return html;
}

} // namespace SmtpTutor
