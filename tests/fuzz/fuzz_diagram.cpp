// libFuzzer harness for the diagram path of a recorded session: TranscriptImport reads the
// bytes as JSON, DiagramLayout lays them out (in one go and in two appends), and both writers
// export the layout. Invariants checked on every input:
//   - reading in two appends gives the same rows, arrows, notes and bands as one rebuild;
//   - rowForEntry() names, for every entry, a row that shows it;
//   - the SVG is well-formed XML (QXmlStreamReader reads it to the end without an error);
//   - every line of the Mermaid text is one statement: no raw control character, and every ";"
//     and "#" belongs to an entity code ("#59;"), so none can end a statement early.

#include "session/diagramlayout.h"
#include "session/mermaiddiagramwriter.h"
#include "session/svgdiagramwriter.h"
#include "session/transcriptimport.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace SmtpTutor;

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant violated: %s\n", what);
        std::abort();
    }
}

void checkRows(const DiagramLayout &layout, const Transcript &transcript)
{
    for (qsizetype e = 0; e < transcript.size(); ++e) {
        const qsizetype row = layout.rowForEntry(e);
        check(row >= 0 && row < layout.rows().size(), "every entry has a row");
        const DiagramRow &r = layout.rows().at(row);
        if (r.type == DiagramRow::Type::Note) {
            check(layout.notes().at(r.index).entry == e, "a note row shows its entry");
        } else {
            const DiagramArrow &arrow = layout.arrows().at(r.index);
            check(arrow.firstEntry <= e && e <= arrow.lastEntry, "an arrow row spans its entry");
        }
    }
}

void checkWriters(const DiagramLayout &layout)
{
    QXmlStreamReader xml(SvgDiagramWriter::write(layout, { true }));
    while (!xml.atEnd())
        xml.readNext();
    check(!xml.hasError(), "the SVG is well-formed");
    const QString mermaid = MermaidDiagramWriter::write(layout, { true });
    for (const QChar c : mermaid)
        check(c == u'\n' || (c.unicode() >= 0x20 && c.unicode() != 0x7f), "no raw control in Mermaid");
    static const QRegularExpression entity(QStringLiteral("#[0-9]+;"));
    const QString outsideEntities = QString(mermaid).remove(entity);
    check(!outsideEntities.contains(u';') && !outsideEntities.contains(u'#'), "no raw ; or # in Mermaid");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0; // large inputs only slow the search; the size cap itself is unit-tested
    Transcript transcript;
    const TranscriptImport::Result result = TranscriptImport::read(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &transcript);
    if (!result.ok)
        return 0;
    DiagramLayout whole;
    whole.setExpected(QStringLiteral("EHLO me"));
    whole.rebuild(transcript);
    DiagramLayout parts;
    parts.setExpected(QStringLiteral("EHLO me"));
    const qsizetype half = transcript.size() / 2;
    parts.append(transcript, 0, half - 1);
    parts.append(transcript, half, transcript.size() - 1);
    check(parts.rows() == whole.rows() && parts.arrows() == whole.arrows() && parts.notes() == whole.notes()
            && parts.tlsBands() == whole.tlsBands(),
        "two appends equal one rebuild");
    checkRows(whole, transcript);
    checkWriters(whole);
    return 0;
}
