#include "svgdiagramwriter.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace SmtpTutor {

namespace {

// Sizes in SVG user units (pixels at 100 %). Text is 12 px; a character of a sans-serif font is
// about 7 px wide on average, which is all the writer knows about fonts (it has none in core).
constexpr double Margin = 16;
constexpr double TimeColumn = 64;
constexpr double LaneBox = 190;
constexpr double LaneBoxHeight = 32;
constexpr double HeaderGap = 16;
constexpr double ArrowHeight = 34;
constexpr double NoteHeight = 30;
constexpr double BandHeading = 20; // room above a band's first row for its label
constexpr double CharWidth = 7.0;
constexpr double MinLaneGap = 380;
constexpr double MaxLaneGap = 1000;

// The transcript's reply colours (ui/uihelpers.cpp), light and dark.
const char *const Style = R"(
svg { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 12px; }
.bg { fill: #ffffff; }
.lane rect { fill: #f3f4f6; stroke: #6b7280; }
.lane text { fill: #111827; font-weight: bold; }
.life { stroke: #9ca3af; stroke-dasharray: 4 4; }
.band { fill: #dbeafe; fill-opacity: 0.7; stroke: #93c5fd; }
.band-label { fill: #1e3a8a; font-style: italic; }
.arrow line { stroke: #374151; stroke-width: 1.4; }
.arrow polygon { fill: #374151; }
.arrow text { fill: #111827; }
.reply line { stroke-dasharray: 6 3; }
.c2 line { stroke: #1a7f37; } .c2 polygon, .c2 text { fill: #1a7f37; }
.c3 line { stroke: #0b5cc2; } .c3 polygon, .c3 text { fill: #0b5cc2; }
.c4 line { stroke: #955f00; } .c4 polygon, .c4 text { fill: #955f00; }
.c5 line { stroke: #c41e2a; } .c5 polygon, .c5 text { fill: #c41e2a; }
.note line { stroke: #6b7280; stroke-dasharray: 2 3; }
.note rect { fill: #ffffff; }
.note text { fill: #374151; font-style: italic; }
.error line { stroke: #c41e2a; } .error text { fill: #c41e2a; }
.arrow .time { fill: #6b7280; font-size: 10px; }
@media (prefers-color-scheme: dark) {
  .bg, .note rect { fill: #1f2328; }
  .lane rect { fill: #2d333b; stroke: #768390; } .lane text, .arrow text { fill: #e6edf3; }
  .band { fill: #1e3a5f; stroke: #2f6fb3; } .band-label { fill: #9ecbff; }
  .arrow line { stroke: #adbac7; } .arrow polygon { fill: #adbac7; }
  .c2 line { stroke: #6fd47f; } .c2 polygon, .c2 text { fill: #6fd47f; }
  .c3 line { stroke: #79b8ff; } .c3 polygon, .c3 text { fill: #79b8ff; }
  .c4 line { stroke: #e3b341; } .c4 polygon, .c4 text { fill: #e3b341; }
  .c5 line { stroke: #ff7b72; } .c5 polygon, .c5 text { fill: #ff7b72; }
  .note text, .arrow .time { fill: #adbac7; } .error text { fill: #ff7b72; }
}
)";

// XML 1.0 allows no control characters but tab, CR and LF; a stray one (from an imported
// recording) becomes U+FFFD so the file stays well-formed. So do unpaired surrogates.
QString xmlSafe(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const bool pairedHigh = c.isHighSurrogate() && i + 1 < out.size() && out.at(i + 1).isLowSurrogate();
        if (pairedHigh) {
            ++i;
            continue;
        }
        if ((c.unicode() < 0x20 && c != u'\t') || c.isSurrogate() || c.unicode() >= 0xFFFE)
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

QString fitted(const QString &text, qsizetype maxChars)
{
    return text.size() <= maxChars ? text : text.left(std::max<qsizetype>(1, maxChars - 1)) + QChar(0x2026);
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString arrowLabel(const DiagramArrow &arrow)
{
    return arrow.classMark().isEmpty() ? arrow.label : arrow.classMark() + u' ' + arrow.label;
}

// Where everything goes: lifelines, the top of each row (and one past the last), the size.
struct Geometry
{
    double clientX = 0, serverX = 0, width = 0, height = 0, timeX = 0;
    qsizetype maxChars = 0; // characters of a label that fit between the lifelines
    QList<double> rowTop;
    QList<bool> drawn; // false for rows an export leaves out (the Expected arrow)
};

Geometry measure(const DiagramLayout &layout, const DiagramExportOptions &options)
{
    Geometry g;
    qsizetype longest = 0;
    for (const DiagramArrow &arrow : layout.arrows())
        longest = std::max(longest, arrowLabel(arrow).size());
    for (const DiagramNote &note : layout.notes())
        longest = std::max(longest, note.text.size() - 20); // notes may run past the lifelines
    const double gap = std::clamp(longest * CharWidth + 40, MinLaneGap, MaxLaneGap);
    g.timeX = Margin;
    g.clientX = Margin + (options.showTimes ? TimeColumn : 0) + LaneBox / 2;
    g.serverX = g.clientX + gap;
    g.width = g.serverX + LaneBox / 2 + Margin;
    g.maxChars = qsizetype((gap - 30) / CharWidth);

    double y = Margin + LaneBoxHeight + HeaderGap;
    const QList<DiagramTlsBand> &bands = layout.tlsBands();
    for (qsizetype row = 0; row < layout.rows().size(); ++row) {
        const DiagramRow &r = layout.rows().at(row);
        const bool expected = r.type == DiagramRow::Type::Arrow
            && layout.arrows().at(r.index).kind == DiagramArrow::Kind::Expected;
        if (std::any_of(
                bands.cbegin(), bands.cend(), [row](const DiagramTlsBand &b) { return b.firstRow == row; }))
            y += BandHeading;
        g.rowTop.append(y);
        g.drawn.append(!expected);
        if (!expected)
            y += r.type == DiagramRow::Type::Note ? NoteHeight : ArrowHeight;
    }
    g.rowTop.append(y);
    g.height = y + HeaderGap + Margin;
    return g;
}

class Writer
{
public:
    Writer(QByteArray *out, const DiagramLayout &layout, const DiagramExportOptions &options)
        : m_xml(out)
        , m_layout(layout)
        , m_options(options)
        , m_g(measure(layout, options))
    {
    }

    void write();

private:
    void writeFrame();
    void writeBands();
    void writeLanes();
    void writeArrow(const DiagramArrow &arrow, double top);
    void writeNote(const DiagramNote &note, double top);
    void text(
        double x, double y, const QString &content, const char *anchor = "start", const char *cls = nullptr);
    void line(double x1, double y1, double x2, double y2, const char *cls = nullptr);
    void rect(double x, double y, double w, double h, const char *cls = nullptr);

    QXmlStreamWriter m_xml;
    const DiagramLayout &m_layout;
    const DiagramExportOptions &m_options;
    const Geometry m_g;
};

void Writer::write()
{
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(1);
    m_xml.writeStartDocument();
    writeFrame();
    writeBands();
    writeLanes();
    for (qsizetype row = 0; row < m_layout.rows().size(); ++row) {
        if (!m_g.drawn.at(row))
            continue;
        const DiagramRow &r = m_layout.rows().at(row);
        if (r.type == DiagramRow::Type::Note)
            writeNote(m_layout.notes().at(r.index), m_g.rowTop.at(row));
        else
            writeArrow(m_layout.arrows().at(r.index), m_g.rowTop.at(row));
    }
    m_xml.writeEndElement(); // svg
    m_xml.writeEndDocument();
}

void Writer::writeFrame()
{
    m_xml.writeStartElement(QStringLiteral("svg"));
    m_xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    m_xml.writeAttribute(QStringLiteral("width"), number(m_g.width));
    m_xml.writeAttribute(QStringLiteral("height"), number(m_g.height));
    m_xml.writeAttribute(
        QStringLiteral("viewBox"), QStringLiteral("0 0 %1 %2").arg(number(m_g.width), number(m_g.height)));
    m_xml.writeAttribute(QStringLiteral("role"), QStringLiteral("img"));
    m_xml.writeTextElement(QStringLiteral("title"),
        xmlSafe(
            QStringLiteral("SMTP session between %1 and %2").arg(m_layout.clientLane, m_layout.serverLane)));
    m_xml.writeTextElement(QStringLiteral("style"), QString::fromLatin1(Style));
    rect(0, 0, m_g.width, m_g.height, "bg");
}

void Writer::writeBands()
{
    const double left = m_g.clientX - LaneBox / 2;
    const double right = m_g.serverX + LaneBox / 2;
    for (const DiagramTlsBand &band : m_layout.tlsBands()) {
        const qsizetype last = band.lastRow < 0 ? m_layout.rows().size() - 1 : band.lastRow;
        const double top = m_g.rowTop.at(band.firstRow) - BandHeading;
        const double bottom = m_g.rowTop.at(last + 1);
        m_xml.writeStartElement(QStringLiteral("g"));
        m_xml.writeAttribute(QStringLiteral("class"), QStringLiteral("tls"));
        rect(left, top, right - left, bottom - top + 4, "band");
        text(left + 8, top + 14, xmlSafe(QStringLiteral("TLS: ") + band.displayLabel()), "start",
            "band-label");
        m_xml.writeEndElement();
    }
}

void Writer::writeLanes()
{
    const double lifelineTop = Margin + LaneBoxHeight;
    const double lifelineBottom = m_g.height - Margin;
    const QList<std::pair<double, QString>> lanes { { m_g.clientX, m_layout.clientLane },
        { m_g.serverX, m_layout.serverLane } };
    for (const auto &[x, name] : lanes) {
        m_xml.writeStartElement(QStringLiteral("g"));
        m_xml.writeAttribute(QStringLiteral("class"), QStringLiteral("lane"));
        line(x, lifelineTop, x, lifelineBottom, "life");
        rect(x - LaneBox / 2, Margin, LaneBox, LaneBoxHeight);
        text(x, Margin + 21, xmlSafe(fitted(name, qsizetype(LaneBox / CharWidth) - 2)), "middle");
        m_xml.writeEndElement();
    }
}

void Writer::writeArrow(const DiagramArrow &arrow, double top)
{
    const bool reply = arrow.kind == DiagramArrow::Kind::Reply;
    QString cls = reply ? QStringLiteral("arrow reply") : QStringLiteral("arrow");
    if (arrow.replyClass() != 0)
        cls += QStringLiteral(" c%1").arg(arrow.replyClass());
    m_xml.writeStartElement(QStringLiteral("g"));
    m_xml.writeAttribute(QStringLiteral("class"), cls);
    QStringList title { arrow.accessibleName() };
    title += arrow.foldedLines;
    m_xml.writeTextElement(QStringLiteral("title"), xmlSafe(title.join(u'\n')));

    const double y = top + 24;
    const double from = reply ? m_g.serverX : m_g.clientX;
    const double to = reply ? m_g.clientX : m_g.serverX;
    const double head = reply ? 9 : -9; // the arrowhead points at the receiving lane
    line(from, y, to + head, y);
    m_xml.writeEmptyElement(QStringLiteral("polygon"));
    m_xml.writeAttribute(QStringLiteral("points"),
        QStringLiteral("%1,%2 %3,%4 %3,%5")
            .arg(number(to), number(y), number(to + head), number(y - 4.5), number(y + 4.5)));
    text((m_g.clientX + m_g.serverX) / 2, top + 15, xmlSafe(fitted(arrowLabel(arrow), m_g.maxChars)),
        "middle");
    if (m_options.showTimes && arrow.sincePreviousMs >= 0)
        text(m_g.timeX, y + 3, QStringLiteral("+%1 ms").arg(arrow.sincePreviousMs), "start", "time");
    m_xml.writeEndElement();
}

void Writer::writeNote(const DiagramNote &note, double top)
{
    m_xml.writeStartElement(QStringLiteral("g"));
    m_xml.writeAttribute(
        QStringLiteral("class"), note.isError ? QStringLiteral("note error") : QStringLiteral("note"));
    const double y = top + NoteHeight / 2;
    const double left = m_g.clientX - LaneBox / 2 + 4;
    const double right = m_g.serverX + LaneBox / 2 - 4;
    line(left, y, right, y);
    const QString shown = fitted(note.isError ? QStringLiteral("\u26A0 ") + note.text : note.text,
        qsizetype((right - left - 20) / CharWidth));
    const double w = shown.size() * CharWidth + 16;
    rect((left + right - w) / 2, y - 10, w, 20);
    text((left + right) / 2, y + 4, xmlSafe(shown), "middle");
    m_xml.writeEndElement();
}

void Writer::text(double x, double y, const QString &content, const char *anchor, const char *cls)
{
    m_xml.writeStartElement(QStringLiteral("text"));
    m_xml.writeAttribute(QStringLiteral("x"), number(x));
    m_xml.writeAttribute(QStringLiteral("y"), number(y));
    if (qstrcmp(anchor, "start") != 0)
        m_xml.writeAttribute(QStringLiteral("text-anchor"), QLatin1String(anchor));
    if (cls)
        m_xml.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
    m_xml.writeCharacters(content);
    m_xml.writeEndElement();
}

void Writer::line(double x1, double y1, double x2, double y2, const char *cls)
{
    m_xml.writeEmptyElement(QStringLiteral("line"));
    m_xml.writeAttribute(QStringLiteral("x1"), number(x1));
    m_xml.writeAttribute(QStringLiteral("y1"), number(y1));
    m_xml.writeAttribute(QStringLiteral("x2"), number(x2));
    m_xml.writeAttribute(QStringLiteral("y2"), number(y2));
    if (cls)
        m_xml.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
}

void Writer::rect(double x, double y, double w, double h, const char *cls)
{
    m_xml.writeEmptyElement(QStringLiteral("rect"));
    m_xml.writeAttribute(QStringLiteral("x"), number(x));
    m_xml.writeAttribute(QStringLiteral("y"), number(y));
    m_xml.writeAttribute(QStringLiteral("width"), number(w));
    m_xml.writeAttribute(QStringLiteral("height"), number(h));
    if (cls)
        m_xml.writeAttribute(QStringLiteral("class"), QLatin1String(cls));
}

} // namespace

QByteArray SvgDiagramWriter::write(const DiagramLayout &layout, const DiagramExportOptions &options)
{
    QByteArray out;
    Writer(&out, layout, options).write();
    return out;
}

} // namespace SmtpTutor
