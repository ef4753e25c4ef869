#include "commandtextview.h"

#include <QFontDatabase>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace SmtpTutor {

namespace {
constexpr QChar NonBreakingHyphen(0x2011);
} // namespace

CommandTextView::CommandTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // The monospaced family at the inherited size, so the text follows the zoom.
    QFont mono = font();
    mono.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    mono.setStyleHint(QFont::Monospace);
    setFont(mono);
    // Break between words only; a word wider than the pane scrolls sideways.
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WordWrap);
}

void CommandTextView::setCommands(const QString &text)
{
    m_commands = text;
    setPlainText(QString(text).replace(QLatin1Char('-'), NonBreakingHyphen));
}

QMimeData *CommandTextView::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(textCursor().selection().toPlainText().replace(NonBreakingHyphen, QLatin1Char('-')));
    return data;
}

} // namespace SmtpTutor
