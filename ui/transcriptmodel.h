#pragma once

#include "session/transcript.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QPointer>

namespace SmtpTutor {

// A table over a core Transcript: time, mark, text. It never copies the entries; appends are
// batched (one insert per event-loop turn) so 10,000 lines stream in without stalling the view.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MarkColumn, TextColumn, ColumnCount };
    enum Role {
        DirectionRole = Qt::UserRole + 1, // int(Direction)
        TlsRole,
        ReplyCodeRole,
        EnhancedStatusRole,
        ExplanationRole,
        RfcSectionRole,
        MaskNoteRole,
        IsTlsBoundaryRole, // the "TLS started" info line
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    void setTranscript(Transcript *transcript);
    Transcript *transcript() const { return m_transcript; }
    const TranscriptEntry *entry(int row) const;

    // Brings pending appends into the model now (tests, exports); normally done by a 0 ms timer.
    void flushPending();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isTlsBoundary(const TranscriptEntry &entry);

Q_SIGNALS:
    void rowsFlushed(); // after a batch of rows was inserted (the view scrolls to the end)

private:
    void onAppended(qsizetype first, qsizetype last);
    void onCleared();

    QPointer<Transcript> m_transcript;
    QFont m_font;      // the transcript is monospaced
    QFont m_boldFont;  // the TLS boundary
    QFont m_italicFont; // the tool's notes
    int m_rows = 0;             // rows the view knows about
    bool m_flushQueued = false;
};

} // namespace SmtpTutor
