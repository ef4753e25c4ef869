#pragma once

#include "session/diagramexportoptions.h"
#include "session/diagramlayout.h"

#include <QByteArray>

namespace SmtpTutor {

// Writes a DiagramLayout as an SVG picture with QXmlStreamWriter: real <text> elements (so the
// picture can be searched, copied and read by a screen reader), a <title> per arrow with its
// accessible name and a multi-line reply's folded lines, reply colours per class (the
// transcript's colours, with a dark variant for prefers-color-scheme) plus the class mark, TLS
// bands as shaded rectangles with their label, notes as separators across both lanes.
// Qt Core only: no QPainter, no fonts; text widths are estimated from the character count.
class SvgDiagramWriter
{
public:
    static QByteArray write(const DiagramLayout &layout, const DiagramExportOptions &options = {});
};

} // namespace SmtpTutor
