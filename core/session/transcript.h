#pragma once

#include "protocol/reply.h"

#include <QByteArrayView>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>

namespace SmtpTutor {

// Who wrote a transcript line.
enum class Direction {
    Client, // "->" in clear, "~>" inside TLS
    Server, // "<-" in clear, "<~" inside TLS
    Info, // "===" what the tool did (connected, TLS started, ...)
    Error, // "***" what went wrong
};

// Why a client line is not shown as typed.
enum class Secrecy {
    None,
    AuthCommand, // "AUTH PLAIN <base64>": the initial response is masked (RFC 4954 s.4)
    AuthResponse, // a line answering a 334 challenge: user name, password or token
};

struct TranscriptEntry
{
    qint64 elapsedMs = 0; // since the connection opened (or the first entry, if nobody said)
    Direction direction = Direction::Info;
    bool tls = false; // inside a TLS session
    QString text; // one wire line, escaped for display and already masked
    QString maskNote; // what a masked part encoded ("base64 of user name and password")
    int replyCode = 0; // server lines: the reply code, else 0
    QString enhancedStatus; // server lines: "5.1.1" if present
    QString explanation; // why the reply came (from the ServerEngine), or a note
    QString rfcSection;
    bool isLastLineOfReply = true;
};

// The record of one session: every line each way, the TLS boundary, the tool's notes.
// Secrets never enter it: client lines are masked on the way in. Views and exporters read it.
class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject *parent = nullptr);

    // A client line without CRLF. Secrecy says which part to mask. As a safety net the
    // transcript also masks on its own: a line right after a 334 reply is an AUTH answer and an
    // "AUTH <mech> <initial-response>" line is an AUTH command, whatever secrecy says.
    void addClientLine(QByteArrayView line, bool tls, Secrecy secrecy = Secrecy::None);
    // A server reply, one entry per line ("250-..." / "250 ..."); explanation/rfcSection
    // describe why it came and are stored on the reply's last line only.
    void addReply(
        const Reply &reply, bool tls, const QString &explanation = {}, const QString &rfcSection = {});
    void addInfo(const QString &text, bool tls = false);
    void addError(const QString &text, bool tls = false);
    void clear();
    // For a transcript read back from a recording (TranscriptImport): the time, in ms since the
    // start, that the next entries are stamped with instead of the clock's. -1 goes back to the clock.
    void setRecordedTime(qint64 elapsedMs) { m_recordedMs = elapsedMs; }
    // The connection opened: times count from here. Only the first call after clear() counts.
    void markConnected();

    const QList<TranscriptEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }

    // The swaks-style mark of an entry: "->", "<-", "~>", "<~", "===", "***".
    static QString mark(Direction direction, bool tls);
    // The direction as JSON and exports name it: "client", "server", "info", "error".
    static QString directionName(Direction direction);
    // Masks an AUTH command line ("AUTH PLAIN dGVzdA==" -> "AUTH PLAIN ****"); other lines unchanged.
    static QString maskedClientLine(const QString &line, Secrecy secrecy, QString *note = nullptr);

    QString toText() const; // one line per entry: "[+0.012s] <- 250 2.1.0 Ok"
    QJsonArray toJson() const; // [{t_ms, dir, text, tls, code?, enhanced?, explanation?}]

Q_SIGNALS:
    void entriesAppended(qsizetype first, qsizetype last);
    void cleared();

private:
    void append(TranscriptEntry entry);
    QString responseNote() const;

    // Milliseconds on the transcript's clock, starting it if need be; a recording's own time
    // while setRecordedTime() is in force.
    qint64 now();

    QList<TranscriptEntry> m_entries;
    QElapsedTimer m_clock; // invalid until the first entry or markConnected()
    bool m_connected = false;
    qint64 m_recordedMs = -1;
    // AUTH bookkeeping, only to say what a masked line held (never the secret itself).
    bool m_awaitingAuthResponse = false; // the last reply was 334
    QString m_lastChallenge; // decoded text of that 334 ("Username:")
    QString m_authMechanism; // from the last AUTH command ("LOGIN")
    int m_authResponsesSent = 0;
};

} // namespace SmtpTutor
