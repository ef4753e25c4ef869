#pragma once

#include <QPlainTextEdit>

namespace SmtpTutor {

// Command lines to read and copy (the Terminal tab). Lines wrap only between words: Qt's line
// breaking (Unicode UAX #14) would also break after a hyphen, splitting "-starttls" or "--tls"
// across lines, which a learner then types wrongly. So hyphens are shown as non-breaking hyphens
// (U+2011, the same glyph), and whatever leaves the view (a copy, a drag) gets ASCII hyphens back.
class CommandTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommandTextView(QWidget *parent = nullptr);

    void setCommands(const QString &text);
    // The commands as set: with ASCII hyphens, ready for a shell.
    QString commands() const { return m_commands; }

protected:
    QMimeData *createMimeDataFromSelection() const override;

private:
    QString m_commands;
};

} // namespace SmtpTutor
