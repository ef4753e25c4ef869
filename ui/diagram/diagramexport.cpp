#include "diagramexport.h"

#include "sequencediagramview.h"
#include "session/mermaiddiagramwriter.h"
#include "session/svgdiagramwriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageWriter>
#include <QSaveFile>

namespace SmtpTutor::DiagramExport {

namespace {
// This file's translation context. Q_DECLARE_TR_FUNCTIONS gives lupdate and the run time the
// same name, so ExportText::tr() finds what the .ts file holds.
class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpTutor::DiagramExport)
};

QByteArray pngBytes(const SequenceDiagramView &view)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    view.renderImage().save(&buffer, "PNG");
    return bytes;
}
} // namespace

QString fileFilter()
{
    return ExportText::tr("PNG picture (*.png)") + QStringLiteral(";;")
        + ExportText::tr("SVG picture (*.svg)") + QStringLiteral(";;")
        + ExportText::tr("Mermaid text (*.mmd *.md)");
}

Format formatFor(const QString &path, const QString &selectedFilter)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".svg")))
        return Format::Svg;
    if (lower.endsWith(QLatin1String(".mmd")) || lower.endsWith(QLatin1String(".md")))
        return Format::Mermaid;
    if (lower.endsWith(QLatin1String(".png")))
        return Format::Png;
    if (selectedFilter.contains(QLatin1String("*.svg")))
        return Format::Svg;
    if (selectedFilter.contains(QLatin1String("*.mmd")))
        return Format::Mermaid;
    return Format::Png;
}

bool write(SequenceDiagramView &view, const QString &path, Format format, QString *error)
{
    view.flushPending(); // what the transcript holds right now
    QByteArray bytes;
    switch (format) {
    case Format::Png:
        bytes = pngBytes(view);
        break;
    case Format::Svg:
    case Format::Mermaid: {
        // The core writers read the same layout the view paints; a lesson's faint next step
        // is not part of the record, and the writers leave it out.
        DiagramExportOptions options;
        options.showTimes = view.showTimes();
        bytes = format == Format::Svg ? SvgDiagramWriter::write(view.layout(), options)
                                      : MermaidDiagramWriter::write(view.layout(), options).toUtf8();
        break;
    }
    }
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace SmtpTutor::DiagramExport
