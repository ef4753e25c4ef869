#include "explainview.h"

#include "reference/explainer.h"
#include "referencehtml.h"
#include "uihelpers.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace SmtpTutor {

ExplainView::ExplainView(QWidget *parent)
    : QWidget(parent)
    , m_input(new QPlainTextEdit(this))
    , m_output(new QTextBrowser(this))
{
    Ui::name(this, QStringLiteral("explainView"), tr("Explain a reply"));
    Ui::name(m_input, QStringLiteral("explainInput"), tr("Reply to explain"));
    Ui::name(m_output, QStringLiteral("explainOutput"), tr("Explanation"));
    m_input->setPlaceholderText(tr("Paste a reply, e.g. 550 5.1.1 <bob@example.net>: Recipient address rejected"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setMaximumHeight(m_input->fontMetrics().height() * 5);
    m_input->setTabChangesFocus(true);
    auto *button = new QPushButton(Ui::themeIcon(QStringLiteral("edit-find")), tr("Explain"), this);
    Ui::name(button, QStringLiteral("explainButton"), tr("Explain the pasted text"));
    auto *hint = new QLabel(tr("Also works for a bare code (421), an enhanced code (5.7.1), a port (587) or a command."), this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("explainHint"));
    connect(button, &QPushButton::clicked, this, [this] { explain(m_input->toPlainText()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_input);
    layout->addWidget(hint);
    layout->addWidget(button, 0, Qt::AlignRight);
    layout->addWidget(m_output, 1);
}

void ExplainView::explain(const QString &text)
{
    if (m_input->toPlainText() != text)
        m_input->setPlainText(text);
    const Explanation explanation = Explainer().explain(text);
    m_output->setHtml(toHtml(explanation, palette()));
}

QString ExplainView::toHtml(const Explanation &e, const QPalette &palette)
{
    if (!e.isValid())
        return QStringLiteral("<p>%1</p>").arg((e.error.isEmpty() ? tr("Nothing to explain.") : e.error).toHtmlEscaped());
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html;
    const QString color = e.replyCode ? Ui::replyClassColor(e.replyCode, palette).name() : palette.color(QPalette::Text).name();
    html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>").arg(color, esc(e.summary));
    if (e.pattern) {
        html += tr("<p><b>Recognised:</b> %1</p>").arg(esc(e.pattern->title));
        html += tr("<p><b>Who says this:</b> %1</p>").arg(esc(e.pattern->sender));
        html += tr("<p><b>Cause:</b> %1</p>").arg(esc(e.pattern->cause));
        html += tr("<p><b>What to do:</b> %1</p>").arg(esc(e.pattern->action));
        html += tr("<p><b>Source:</b> <a href=\"%1\">%2</a></p>").arg(esc(e.pattern->source), esc(e.pattern->source));
        html += QStringLiteral("<hr>");
    }
    if (e.replyClassInfo)
        html += tr("<p><b>%1 (%2xx):</b> %3</p>").arg(esc(e.replyClassInfo->title)).arg(e.replyClassInfo->digit).arg(esc(e.replyClassInfo->description));
    if (e.replyInfo) {
        html += tr("<p><b>%1 %2:</b> %3</p>").arg(e.replyInfo->code).arg(esc(e.replyInfo->meaning), esc(e.replyInfo->description));
        if (!e.replyInfo->causes.isEmpty())
            html += tr("<p><b>Common causes:</b></p>") + ReferenceHtml::bulletList(e.replyInfo->causes);
        if (!e.replyInfo->action.isEmpty())
            html += tr("<p><b>What to do:</b> %1</p>").arg(esc(e.replyInfo->action));
    }
    if (e.enhanced) {
        html += tr("<p><b>Enhanced code %1, %2:</b> %3</p>")
                    .arg(e.enhanced->status.toString(), esc(e.enhanced->title), esc(e.enhanced->description));
        if (!e.enhanced->classNote.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(e.enhanced->classNote));
    }
    if (e.port)
        html += tr("<p><b>Port %1, %2:</b> %3 (%4)</p>").arg(e.port->port).arg(esc(e.port->name), esc(e.port->use), esc(e.port->encryption));
    if (e.port && !e.port->watchOut.isEmpty())
        html += tr("<p><b>Watch out:</b></p>") + ReferenceHtml::bulletList(e.port->watchOut);
    if (e.command)
        html += ReferenceHtml::command(*e.command, palette);
    if (!e.notes.isEmpty())
        html += tr("<p><b>Notes:</b></p>") + ReferenceHtml::bulletList(e.notes);
    return html;
}

} // namespace SmtpTutor
