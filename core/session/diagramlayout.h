#pragma once

#include "session/transcript.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpTutor {

// One arrow of the sequence diagram: a command (client to server), a reply (server to client),
// the whole message after a 354, or the lesson's next expected command.
struct DiagramArrow
{
    enum class Kind {
        Command, // one client line outside the message, "." included
        Reply, // one whole reply, however many lines it has
        Message, // every client line after a 354 up to the lone "." (RFC 5321 s.4.1.1.4)
        Expected, // the lesson's next step, drawn faint; stands for no transcript entry
    };
    Kind kind = Kind::Command;
    qsizetype firstEntry = -1, lastEntry = -1; // transcript entries this arrow stands for (Expected: -1)
    // One line: "EHLO me", "250 2.1.5 Ok", "250-mail.example.com (+9 lines)",
    // "message: 12 lines, 345 bytes", "your turn: EHLO ...".
    QString label;
    QStringList foldedLines; // every line of a multi-line reply (opened on click); empty otherwise
    int replyCode = 0; // replies: 250, 354 ...; 0 otherwise
    bool tls = false; // the first entry was inside TLS
    qint64 elapsedMs = 0; // transcript time of the first entry
    qint64 sincePreviousMs = -1; // time since the previous arrow's first entry (-1 for the first)
    // Message arrows: what the label counts. Lines without the final ".", bytes as the
    // transcript shows them (UTF-8) with CRLF counted for each line.
    qsizetype messageLines = 0;
    qint64 messageBytes = 0;

    // 2..5 for replies (RFC 5321 s.4.2.1: the first digit is the class), 0 otherwise.
    int replyClass() const;
    // A mark that tells reply classes apart without colour: "✓" 2xx (done), "…" 3xx (go on),
    // "⟳" 4xx (temporary, try again later), "✗" 5xx (permanent); empty for anything else.
    // All four are in DejaVu Sans, the usual fallback font on Linux desktops.
    QString classMark() const;
    // What a screen reader says: "server reply 250 2.1.5 Ok", "client command EHLO me",
    // "message, 12 lines, 345 bytes", "your turn: EHLO me".
    QString accessibleName() const;
    bool isMultiLineReply() const { return kind == Kind::Reply && foldedLines.size() > 1; }

    bool operator==(const DiagramArrow &) const = default;
};

// A separator across both lanes: connected, TLS started, closed, timeouts, errors.
struct DiagramNote
{
    qsizetype entry = -1;
    QString text;
    bool isError = false;

    bool operator==(const DiagramNote &) const = default;
};

// What is drawn from top to bottom; index points into arrows() or notes().
struct DiagramRow
{
    enum class Type { Arrow, Note } type = Type::Arrow;
    qsizetype index = -1;

    bool operator==(const DiagramRow &) const = default;
};

// The rows inside one TLS session. lastRow -1: still open, up to the end (the Expected arrow
// included). label: "TLSv1.3, TLS_AES_256_GCM_SHA384" when the transcript says so, else empty.
struct DiagramTlsBand
{
    qsizetype firstRow = -1;
    qsizetype lastRow = -1;
    QString label;

    // The label, or "TLS" when the transcript did not name protocol and cipher.
    QString displayLabel() const;
    bool operator==(const DiagramTlsBand &) const = default;
};

// The sequence diagram of a Transcript, computed without widgets: which arrow goes where, the
// folds, the TLS bands and the notes. The diagram view, the SVG writer and the Mermaid writer all
// read it. It reads the transcript's entries as they are (already masked), so masking stays in
// the Transcript alone.
class DiagramLayout
{
public:
    QString clientLane = QStringLiteral("client");
    QString serverLane = QStringLiteral("server");
    void setLanes(const QString &client, const QString &server);

    // From scratch (the Expected arrow, if any, is kept at the end).
    void rebuild(const Transcript &transcript);
    // Reads the entries that arrived since the last call, up to lastEntry: cost in proportion to
    // them. Entries already read are not read again; a gap is filled from the transcript.
    // A transcript shorter than what was read (it was cleared) is read again from scratch.
    void append(const Transcript &transcript, qsizetype firstEntry, qsizetype lastEntry);
    // The lesson's next step as a faint last arrow ("your turn: EHLO ..."); empty removes it.
    void setExpected(const QString &commandLabel);
    void clear(); // no rows; lanes and the Expected arrow stay

    const QList<DiagramRow> &rows() const { return m_rows; }
    const QList<DiagramArrow> &arrows() const { return m_arrows; }
    const QList<DiagramNote> &notes() const { return m_notes; }
    const QList<DiagramTlsBand> &tlsBands() const { return m_bands; }
    QString expected() const { return m_expected; }

    // The row that shows this transcript entry, -1 for none (binary search).
    qsizetype rowForEntry(qsizetype entry) const;
    // The band a row lies in, -1 for none.
    qsizetype tlsBandForRow(qsizetype row) const;
    // How many transcript entries have been read.
    qsizetype entriesRead() const { return m_entriesRead; }
    // Rows before this one are unchanged by the last rebuild/append/setExpected; from this one on
    // they are new or changed (a growing message, a reply's further lines, the Expected arrow).
    qsizetype firstChangedRow() const { return m_firstChangedRow; }

private:
    // Where a run of consecutive entries shows: entries from firstEntry on belong to row.
    struct Segment
    {
        qsizetype firstEntry;
        qsizetype row;
    };

    void read(const TranscriptEntry &entry, qsizetype index);
    void readClientLine(const TranscriptEntry &entry, qsizetype index);
    void readServerLine(const TranscriptEntry &entry, qsizetype index);
    void readNote(const TranscriptEntry &entry, qsizetype index);
    void growMessage(const TranscriptEntry &entry, qsizetype index);
    void closeReply();
    qsizetype addArrow(DiagramArrow arrow, const TranscriptEntry &entry, qsizetype index);
    qsizetype addRow(DiagramRow row, bool tls, qsizetype entry);
    void mapEntry(qsizetype entry, qsizetype row);
    void markChanged(qsizetype row);
    void takeExpected();
    void putExpected();
    void updateMessageLabel();

    QList<DiagramRow> m_rows;
    QList<DiagramArrow> m_arrows;
    QList<DiagramNote> m_notes;
    QList<DiagramTlsBand> m_bands;
    QList<Segment> m_segments; // sorted by firstEntry; one per run, not one per entry
    QString m_expected;
    bool m_hasExpectedRow = false;

    // Reading state, so that append() goes on where the last call stopped.
    qsizetype m_entriesRead = 0;
    qsizetype m_openReply = -1, m_openReplyRow = -1; // a reply whose last line has not come yet
    qsizetype m_message = -1, m_messageRow = -1; // the message being received (after a 354)
    qsizetype m_staleMessage = -1, m_staleMessageRow = -1; // a message whose label must be redone
    bool m_inData = false; // between the 354 and the lone "."
    qint64 m_lastArrowMs = -1;
    qsizetype m_firstChangedRow = 0;
};

} // namespace SmtpTutor
