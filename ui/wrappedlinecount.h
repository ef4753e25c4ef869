#pragma once

#include <QString>

class QFont;

namespace SmtpTutor {

// How many lines a text takes when wrapped as an item view draws it (QTextOption::
// WrapAtWordBoundaryOrAnywhere) at a given width, counted up to a limit.
//
// count() runs for every new transcript row, and a 10 MB message is 130,000 rows, so the
// common case must not shape any text: plain ASCII in a fixed-pitch font is one cell per
// character, and a line that has no more characters than the width has cells fits. Only what
// does not fit, or cannot be told that way (other scripts, a proportional font), is laid out
// with QTextLayout, the exact way (where lines break is Qt's business: its UAX #14 rules and
// glyph bearings are not worth copying).
class WrappedLineCount
{
public:
    static int count(const QString &text, const QFont &font, int width, int maxLines);

    // The two ways, for the test that checks they agree.
    static int byLayout(const QString &text, const QFont &font, int width, int maxLines);
    // 1 when the text certainly fits on one line; -1 when it cannot tell.
    static int byCells(const QString &text, const QFont &font, int width);
};

} // namespace SmtpTutor
