#include "mermaiddiagramwriter.h"

#include <QTextStream>

namespace SmtpTutor {

namespace {

// Mermaid reads ";" as the end of a statement, "#...;" as an entity, ":" as the start of the
// message text, "%%" as a comment, and passes "<...>" on as HTML (an address in angle brackets
// would vanish). Each becomes its numeric entity code, which Mermaid turns back into the character.
bool needsEntity(QChar c)
{
    switch (c.unicode()) {
    case u';':
    case u'#':
    case u':':
    case u'%':
    case u'<':
    case u'>':
    case u'&':
    case u'"':
    case u'\\':
    case u'{':
    case u'}':
        return true;
    default:
        return c.unicode() < 0x20 || c.unicode() == 0x7f; // never a raw control in a line
    }
}

QString arrowText(const DiagramArrow &arrow, const DiagramExportOptions &options)
{
    QString text = arrow.label;
    if (arrow.kind == DiagramArrow::Kind::Reply && !arrow.classMark().isEmpty())
        text = arrow.classMark() + u' ' + text;
    if (options.showTimes && arrow.sincePreviousMs >= 0)
        text += QStringLiteral(" (+%1 ms)").arg(arrow.sincePreviousMs);
    if (text.isEmpty())
        text = QStringLiteral("(empty line)");
    return MermaidDiagramWriter::escape(text);
}

QString noteText(const DiagramNote &note)
{
    return MermaidDiagramWriter::escape(note.isError ? QStringLiteral("error: ") + note.text : note.text);
}

} // namespace

QString MermaidDiagramWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (needsEntity(c))
            out += u'#' + QString::number(c.unicode()) + u';';
        else
            out += c;
    }
    return out;
}

QString MermaidDiagramWriter::write(const DiagramLayout &layout, const DiagramExportOptions &options)
{
    QString out;
    QTextStream stream(&out);
    const QString client = layout.clientLane.isEmpty() ? QStringLiteral("client") : layout.clientLane;
    const QString server = layout.serverLane.isEmpty() ? QStringLiteral("server") : layout.serverLane;
    stream << "sequenceDiagram\n"
           << "    participant C as " << escape(client) << '\n'
           << "    participant S as " << escape(server) << '\n';

    const QList<DiagramTlsBand> &bands = layout.tlsBands();
    qsizetype band = 0; // the next band to open or the one open now
    bool inBand = false;
    for (qsizetype row = 0; row < layout.rows().size(); ++row) {
        if (!inBand && band < bands.size() && bands.at(band).firstRow == row) {
            // A light blue that reads in light and dark themes; the Note names the session.
            stream << "    rect rgb(219, 234, 254)\n"
                   << "        Note over C,S: "
                   << escape(QStringLiteral("TLS: ") + bands.at(band).displayLabel()) << '\n';
            inBand = true;
        }
        const QString indent = inBand ? QStringLiteral("        ") : QStringLiteral("    ");
        const DiagramRow &r = layout.rows().at(row);
        if (r.type == DiagramRow::Type::Note) {
            stream << indent << "Note over C,S: " << noteText(layout.notes().at(r.index)) << '\n';
        } else {
            const DiagramArrow &arrow = layout.arrows().at(r.index);
            switch (arrow.kind) {
            case DiagramArrow::Kind::Command:
            case DiagramArrow::Kind::Message:
                stream << indent << "C->>S: " << arrowText(arrow, options) << '\n';
                break;
            case DiagramArrow::Kind::Reply:
                stream << indent << "S-->>C: " << arrowText(arrow, options) << '\n';
                break;
            case DiagramArrow::Kind::Expected:
                break; // a hint in the lesson, not part of the conversation
            }
        }
        if (inBand && bands.at(band).lastRow == row) {
            stream << "    end\n";
            inBand = false;
            ++band;
        }
    }
    if (inBand)
        stream << "    end\n";
    stream.flush();
    return out;
}

} // namespace SmtpTutor
