#include "wrappedlinecount.h"

#include <QFont>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace SmtpTutor {

int WrappedLineCount::count(const QString &text, const QFont &font, int width, int maxLines)
{
    if (byCells(text, font, width) == 1)
        return 1;
    return byLayout(text, font, width, maxLines);
}

int WrappedLineCount::byLayout(const QString &text, const QFont &font, int width, int maxLines)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid() && lines < maxLines; line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return std::max(1, lines);
}

int WrappedLineCount::byCells(const QString &text, const QFont &font, int width)
{
    const bool ascii = std::all_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
    if (!ascii || !QFontInfo(font).fixedPitch())
        return -1;
    const qreal cell = QFontMetricsF(font).horizontalAdvance(QLatin1Char('M'));
    if (cell <= 0)
        return -1;
    // Spaces at the end hang past the edge and take no room. A cell's worth of slack: the
    // layout also counts the last glyph's bearing.
    qsizetype visible = text.size();
    while (visible > 0 && text.at(visible - 1) == u' ')
        --visible;
    return (visible + 1) * cell <= width ? 1 : -1;
}

} // namespace SmtpTutor
