#pragma once

#include <QString>

namespace SmtpTutor {

class SequenceDiagramView;

// File > Export Diagram: the diagram on screen as a PNG picture (the view's own painting of the
// whole layout), an SVG picture or Mermaid text (both from the core writers, which read the
// same layout). The text in all three comes from the Transcript, where secrets were masked.
namespace DiagramExport {

enum class Format { Png, Svg, Mermaid };

// "PNG picture (*.png);;SVG picture (*.svg);;Mermaid text (*.mmd *.md)"
QString fileFilter();
// By the file's suffix; an unknown suffix takes the chosen filter's format (PNG if none).
Format formatFor(const QString &path, const QString &selectedFilter = {});
// Writes the file (atomically: a failed write leaves no half file). False with *error set.
bool write(SequenceDiagramView &view, const QString &path, Format format, QString *error = nullptr);

} // namespace DiagramExport
} // namespace SmtpTutor
