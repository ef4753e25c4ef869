// The sequence diagram's layout: turns transcript entries into rows of arrows and notes, folds
// multi-line replies and the message, and finds the TLS bands. Incremental: append() reads only
// the entries that are new, so a live session (or a 10 MB message) costs in proportion to them.
#include "diagramlayout.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace SmtpTutor {

namespace {

// Octets of the UTF-8 form of a line, without making that form (the message may be 10 MB).
qint64 utf8Length(const QString &text)
{
    qint64 length = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            length += 1;
        else if (u < 0x800)
            length += 2;
        else if (c.isHighSurrogate())
            length += 4; // the low surrogate that follows adds nothing
        else if (!c.isLowSurrogate())
            length += 3;
    }
    return length;
}

// "TLSv1.3, TLS_AES_256_GCM_SHA384" from a note such as "TLS started: TLSv1.3, TLS_AES_..." or
// "Implicit TLS: TLSv1.2, ECDHE-RSA-AES256-GCM-SHA384"; empty when the note names no protocol.
// Only the protocol and cipher are matched, so a translated note is read as well.
QString tlsLabelFrom(const QString &note)
{
    static const QRegularExpression pattern(QStringLiteral(
        "\\b((?:TLSv1(?:\\.[0-3])?|SSLv3|DTLSv1(?:\\.[0-2])?))(?:\\s*,\\s*([A-Za-z0-9_\\-]+))?"));
    const QRegularExpressionMatch match = pattern.match(note);
    if (!match.hasMatch())
        return QString();
    return match.captured(2).isEmpty() ? match.captured(1)
                                       : match.captured(1) + QStringLiteral(", ") + match.captured(2);
}

QString replyLabel(const QStringList &lines)
{
    if (lines.size() == 2)
        return QCoreApplication::translate("SmtpTutor::DiagramLayout", "%1 (+1 line)")
            .arg(lines.constFirst());
    return QCoreApplication::translate(
        "SmtpTutor::DiagramLayout", "%1 (+%n lines)", nullptr, int(lines.size() - 1))
        .arg(lines.constFirst());
}

} // namespace

void DiagramLayout::setLanes(const QString &client, const QString &server)
{
    clientLane = client;
    serverLane = server;
}

void DiagramLayout::clear()
{
    m_rows.clear();
    m_arrows.clear();
    m_notes.clear();
    m_bands.clear();
    m_segments.clear();
    m_hasExpectedRow = false;
    m_entriesRead = 0;
    m_openReply = -1;
    m_openReplyRow = -1;
    m_message = -1;
    m_messageRow = -1;
    m_staleMessage = -1;
    m_staleMessageRow = -1;
    m_inData = false;
    m_lastArrowMs = -1;
    putExpected();
    m_firstChangedRow = 0;
}

void DiagramLayout::rebuild(const Transcript &transcript)
{
    clear();
    append(transcript, 0, transcript.size() - 1);
    m_firstChangedRow = 0;
}

void DiagramLayout::append(const Transcript &transcript, qsizetype firstEntry, qsizetype lastEntry)
{
    Q_UNUSED(firstEntry); // reading goes on where it stopped, so a gap is never left
    const QList<TranscriptEntry> &entries = transcript.entries();
    if (entries.size() < m_entriesRead) { // cleared behind our back: start again
        rebuild(transcript);
        return;
    }
    lastEntry = std::min(lastEntry, entries.size() - 1);
    if (lastEntry < m_entriesRead) {
        m_firstChangedRow = m_rows.size();
        return;
    }
    takeExpected(); // it comes back as the last row
    m_firstChangedRow = m_rows.size();
    for (qsizetype i = m_entriesRead; i <= lastEntry; ++i)
        read(entries.at(i), i);
    m_entriesRead = lastEntry + 1;
    updateMessageLabel();
    putExpected();
}

void DiagramLayout::setExpected(const QString &commandLabel)
{
    takeExpected();
    m_firstChangedRow = m_rows.size();
    m_expected = commandLabel;
    putExpected();
}

qsizetype DiagramLayout::rowForEntry(qsizetype entry) const
{
    if (entry < 0 || entry >= m_entriesRead || m_segments.isEmpty())
        return -1;
    // The last segment that starts at or before the entry.
    const auto after = std::upper_bound(m_segments.cbegin(), m_segments.cend(), entry,
        [](qsizetype value, const Segment &segment) { return value < segment.firstEntry; });
    if (after == m_segments.cbegin())
        return -1;
    return std::prev(after)->row;
}

qsizetype DiagramLayout::tlsBandForRow(qsizetype row) const
{
    // Bands are few (one per TLS session) and sorted; a linear search is enough.
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        const DiagramTlsBand &band = m_bands.at(i);
        if (row >= band.firstRow && (band.lastRow < 0 || row <= band.lastRow))
            return i;
    }
    return -1;
}

void DiagramLayout::read(const TranscriptEntry &entry, qsizetype index)
{
    // A reply whose last line never came is closed by whatever comes next.
    if (entry.direction != Direction::Server)
        closeReply();
    switch (entry.direction) {
    case Direction::Client:
        readClientLine(entry, index);
        break;
    case Direction::Server:
        readServerLine(entry, index);
        break;
    case Direction::Info:
    case Direction::Error:
        readNote(entry, index);
        break;
    }
}

void DiagramLayout::readClientLine(const TranscriptEntry &entry, qsizetype index)
{
    if (m_inData) {
        // RFC 5321 s.4.1.1.4: a line holding only "." ends the message; everything before it
        // (dot-stuffed lines included) is content.
        if (entry.text != QLatin1String(".")) {
            growMessage(entry, index);
            return;
        }
        m_inData = false;
        m_message = -1;
    }
    DiagramArrow arrow;
    arrow.kind = DiagramArrow::Kind::Command;
    arrow.label = entry.text;
    addArrow(std::move(arrow), entry, index);
}

void DiagramLayout::growMessage(const TranscriptEntry &entry, qsizetype index)
{
    if (m_message < 0) {
        // The previous message, if its label is still unwritten, gets it now: only one label
        // waits for the end of append() (fuzz_diagram found a first message left unlabelled
        // when a whole session with two messages was read in one go).
        updateMessageLabel();
        DiagramArrow arrow;
        arrow.kind = DiagramArrow::Kind::Message;
        m_message = m_arrows.size();
        m_messageRow = addArrow(std::move(arrow), entry, index);
    } else {
        mapEntry(index, m_messageRow); // a new run only after a note came in between
    }
    DiagramArrow &message = m_arrows[m_message];
    message.lastEntry = index;
    message.messageLines += 1;
    message.messageBytes += utf8Length(entry.text) + 2; // each line goes out with CRLF
    m_staleMessage = m_message;
    m_staleMessageRow = m_messageRow;
}

void DiagramLayout::readServerLine(const TranscriptEntry &entry, qsizetype index)
{
    // Any reply ends the message: after the "." it is its answer, before it (a 421 on a
    // timeout) the message is over anyway.
    m_inData = false;
    m_message = -1;
    if (m_openReply >= 0 && m_arrows.at(m_openReply).replyCode == entry.replyCode) {
        DiagramArrow &reply = m_arrows[m_openReply];
        reply.lastEntry = index;
        reply.foldedLines.append(entry.text);
        reply.label = replyLabel(reply.foldedLines);
        mapEntry(index, m_openReplyRow);
        markChanged(m_openReplyRow);
    } else {
        closeReply(); // a line with another code cannot continue that reply
        DiagramArrow arrow;
        arrow.kind = DiagramArrow::Kind::Reply;
        arrow.label = entry.text;
        arrow.replyCode = entry.replyCode;
        arrow.foldedLines = QStringList { entry.text }; // emptied in closeReply() if it stays one line
        m_openReply = m_arrows.size();
        m_openReplyRow = addArrow(std::move(arrow), entry, index);
    }
    if (!entry.isLastLineOfReply)
        return;
    // RFC 5321 s.4.1.1.4: after a 354 the client sends the message.
    m_inData = m_arrows.at(m_openReply).replyCode == 354;
    closeReply();
}

void DiagramLayout::closeReply()
{
    if (m_openReply < 0)
        return;
    DiagramArrow &reply = m_arrows[m_openReply];
    if (reply.foldedLines.size() == 1)
        reply.foldedLines.clear();
    m_openReply = -1;
    m_openReplyRow = -1;
}

void DiagramLayout::readNote(const TranscriptEntry &entry, qsizetype index)
{
    // A note during the message (a line cut into pieces, "further lines not shown") is shown
    // as a separator; the message arrow before it goes on growing.
    addRow({ DiagramRow::Type::Note, m_notes.size() }, entry.tls, index);
    m_notes.append({ index, entry.text, entry.direction == Direction::Error });
    if (entry.tls && !m_bands.isEmpty() && m_bands.constLast().lastRow < 0
        && m_bands.constLast().label.isEmpty())
        m_bands.last().label = tlsLabelFrom(entry.text);
}

qsizetype DiagramLayout::addArrow(DiagramArrow arrow, const TranscriptEntry &entry, qsizetype index)
{
    arrow.firstEntry = index;
    arrow.lastEntry = index;
    arrow.tls = entry.tls;
    arrow.elapsedMs = entry.elapsedMs;
    arrow.sincePreviousMs = m_lastArrowMs < 0 ? -1 : entry.elapsedMs - m_lastArrowMs;
    m_lastArrowMs = entry.elapsedMs;
    m_arrows.append(std::move(arrow));
    return addRow({ DiagramRow::Type::Arrow, m_arrows.size() - 1 }, entry.tls, index);
}

// Adds a row and keeps the TLS bands in step: a band opens at the first row inside TLS (the
// "TLS started" note after the 220 to STARTTLS, RFC 3207 s.4, or the first entry of an
// implicit-TLS session, RFC 8314 s.3) and closes at the last row before one in clear.
qsizetype DiagramLayout::addRow(DiagramRow row, bool tls, qsizetype entry)
{
    const qsizetype at = m_rows.size();
    m_rows.append(row);
    mapEntry(entry, at);
    const bool bandOpen = !m_bands.isEmpty() && m_bands.constLast().lastRow < 0;
    if (tls && !bandOpen)
        m_bands.append({ at, -1, QString() });
    else if (!tls && bandOpen)
        m_bands.last().lastRow = at - 1;
    return at;
}

void DiagramLayout::mapEntry(qsizetype entry, qsizetype row)
{
    if (m_segments.isEmpty() || m_segments.constLast().row != row)
        m_segments.append({ entry, row });
}

void DiagramLayout::markChanged(qsizetype row)
{
    if (row >= 0)
        m_firstChangedRow = std::min(m_firstChangedRow, row);
}

// The message label is written once per append(), not once per line: a 10 MB message read in
// one go formats it once.
void DiagramLayout::updateMessageLabel()
{
    if (m_staleMessage < 0)
        return;
    DiagramArrow &arrow = m_arrows[m_staleMessage];
    arrow.label = (arrow.messageLines == 1
            ? QCoreApplication::translate("SmtpTutor::DiagramLayout", "message: 1 line, %1 bytes")
            : QCoreApplication::translate(
                "SmtpTutor::DiagramLayout", "message: %n lines, %1 bytes", nullptr, int(arrow.messageLines)))
                      .arg(arrow.messageBytes);
    markChanged(m_staleMessageRow);
    m_staleMessage = -1;
    m_staleMessageRow = -1;
}

void DiagramLayout::takeExpected()
{
    if (!m_hasExpectedRow)
        return;
    m_rows.removeLast();
    m_arrows.removeLast();
    m_hasExpectedRow = false;
}

void DiagramLayout::putExpected()
{
    if (m_expected.isEmpty() || m_hasExpectedRow)
        return;
    DiagramArrow arrow;
    arrow.kind = DiagramArrow::Kind::Expected;
    arrow.label = QCoreApplication::translate("SmtpTutor::DiagramLayout", "your turn: %1").arg(m_expected);
    arrow.tls = !m_bands.isEmpty() && m_bands.constLast().lastRow < 0;
    m_arrows.append(std::move(arrow));
    m_rows.append({ DiagramRow::Type::Arrow, m_arrows.size() - 1 });
    m_hasExpectedRow = true;
}

} // namespace SmtpTutor
