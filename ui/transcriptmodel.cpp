#include "transcriptmodel.h"

#include "uihelpers.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QPalette>
#include <QTimer>

namespace SmtpTutor {

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
    , m_boldFont(m_font)
    , m_italicFont(m_font)
{
    m_boldFont.setBold(true);
    m_italicFont.setItalic(true);
}

void TranscriptModel::setTranscript(Transcript *transcript)
{
    beginResetModel();
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    m_rows = transcript ? int(transcript->size()) : 0;
    if (transcript) {
        connect(transcript, &Transcript::entriesAppended, this, &TranscriptModel::onAppended);
        connect(transcript, &Transcript::cleared, this, &TranscriptModel::onCleared);
    }
    endResetModel();
}

const TranscriptEntry *TranscriptModel::entry(int row) const
{
    if (!m_transcript || row < 0 || row >= m_rows || row >= m_transcript->size())
        return nullptr;
    return &m_transcript->entries().at(row);
}

void TranscriptModel::onAppended(qsizetype, qsizetype)
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QTimer::singleShot(0, this, &TranscriptModel::flushPending);
}

void TranscriptModel::flushPending()
{
    m_flushQueued = false;
    if (!m_transcript)
        return;
    const int total = int(m_transcript->size());
    if (total <= m_rows)
        return;
    beginInsertRows({}, m_rows, total - 1);
    m_rows = total;
    endInsertRows();
    Q_EMIT rowsFlushed();
}

void TranscriptModel::onCleared()
{
    beginResetModel();
    m_rows = 0;
    endResetModel();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TranscriptModel::isTlsBoundary(const TranscriptEntry &entry)
{
    return entry.direction == Direction::Info && entry.tls && entry.text.startsWith(QLatin1String("TLS started"));
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    const TranscriptEntry *e = entry(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return QStringLiteral("+%1s").arg(double(e->elapsedMs) / 1000.0, 0, 'f', 3);
        case MarkColumn: return Transcript::mark(e->direction, e->tls);
        case TextColumn: return e->text;
        }
        return {};
    case Qt::ToolTipRole:
        if (!e->maskNote.isEmpty())
            return tr("Hidden: %1").arg(e->maskNote);
        return e->explanation.isEmpty() ? QVariant() : QVariant(e->explanation);
    case Qt::ForegroundRole: {
        const QPalette palette = QApplication::palette();
        if (e->direction == Direction::Server && e->replyCode)
            return Ui::replyClassColor(e->replyCode, palette);
        if (e->direction == Direction::Error)
            return Ui::replyClassColor(500, palette);
        if (isTlsBoundary(*e))
            return Ui::replyClassColor(300, palette);
        if (e->direction == Direction::Info || index.column() != TextColumn)
            return palette.color(QPalette::PlaceholderText);
        return {};
    }
    case Qt::FontRole:
        if (isTlsBoundary(*e))
            return m_boldFont;
        return e->direction == Direction::Info ? m_italicFont : m_font;
    case DirectionRole: return int(e->direction);
    case TlsRole: return e->tls;
    case ReplyCodeRole: return e->replyCode;
    case EnhancedStatusRole: return e->enhancedStatus;
    case ExplanationRole: return e->explanation;
    case RfcSectionRole: return e->rfcSection;
    case MaskNoteRole: return e->maskNote;
    case IsTlsBoundaryRole: return isTlsBoundary(*e);
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case MarkColumn: return tr("Dir");
    case TextColumn: return tr("Line");
    }
    return {};
}

} // namespace SmtpTutor
