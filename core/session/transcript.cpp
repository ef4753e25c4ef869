#include "transcript.h"

#include "protocol/escape.h"

#include <QJsonObject>

namespace SmtpTutor {

namespace {

const QLatin1String kMask("****");

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Length of "VERB MECHANISM " at the start of an AUTH line, i.e. where the initial response
// begins (RFC 4954 s.4: "AUTH" SP sasl-mech [SP initial-response]); -1 if there is none.
template <typename Text> qsizetype initialResponseOffset(const Text &line)
{
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n && isBlank(line[i]))
        ++i;
    for (int word = 0; word < 2; ++word) {
        if (i == n || isBlank(line[i]))
            return -1;
        while (i < n && !isBlank(line[i]))
            ++i;
        while (i < n && isBlank(line[i]))
            ++i;
    }
    return i < n ? i : -1;
}

// The second word of an AUTH line, upper-cased: the SASL mechanism.
QString mechanismOf(QByteArrayView line)
{
    const QList<QByteArray> words = line.toByteArray().simplified().split(' ');
    return words.size() >= 2 ? QString::fromLatin1(words.at(1)).toUpper() : QString();
}

QString initialResponseNote(const QString &mechanism)
{
    if (mechanism == QLatin1String("PLAIN"))
        return QStringLiteral("masked: base64 of the user name and password (SASL PLAIN, RFC 4616)");
    if (mechanism == QLatin1String("LOGIN"))
        return QStringLiteral("masked: base64 of the user name (AUTH LOGIN)");
    if (mechanism == QLatin1String("XOAUTH2") || mechanism == QLatin1String("OAUTHBEARER"))
        return QStringLiteral("masked: base64 of the user name and access token");
    return QStringLiteral("masked: base64 initial response carrying the credentials (RFC 4954 s.4)");
}

const QString &genericResponseNote()
{
    static const QString note = QStringLiteral(
        "masked: base64 answer to the server's 334 challenge (user name, password or token)");
    return note;
}

bool isCancel(QByteArrayView line)
{
    return line.trimmed() == QByteArrayView("*");
}


} // namespace

Transcript::Transcript(QObject *parent)
    : QObject(parent)
{
    // The clock starts with the first entry or the connection (markConnected), not here: a
    // transcript made at start-up may wait a long time for the learner to connect.
}

void Transcript::markConnected()
{
    if (m_connected)
        return; // a reconnect in the same transcript: times keep counting, never go back
    m_connected = true;
    m_clock.start();
    // Lines from before the connection ("Not connected yet") come before time zero.
    for (TranscriptEntry &entry : m_entries)
        entry.elapsedMs = 0;
}

qint64 Transcript::now()
{
    if (m_recordedMs >= 0)
        return m_recordedMs;
    if (!m_clock.isValid())
        m_clock.start();
    return m_clock.elapsed();
}

QString Transcript::mark(Direction direction, bool tls)
{
    switch (direction) {
    case Direction::Client:
        return tls ? QStringLiteral("~>") : QStringLiteral("->");
    case Direction::Server:
        return tls ? QStringLiteral("<~") : QStringLiteral("<-");
    case Direction::Info:
        return QStringLiteral("===");
    case Direction::Error:
        return QStringLiteral("***");
    }
    return QString();
}

QString Transcript::maskedClientLine(const QString &line, Secrecy secrecy, QString *note)
{
    if (note)
        note->clear();
    switch (secrecy) {
    case Secrecy::None:
        return line;
    case Secrecy::AuthCommand: {
        const qsizetype offset = initialResponseOffset(line);
        // "AUTH PLAIN" alone carries nothing yet; "=" is an empty initial response (RFC 4954 s.4).
        if (offset < 0 || line.mid(offset).trimmed() == QLatin1String("="))
            return line;
        if (note)
            *note = initialResponseNote(mechanismOf(line.toUtf8()));
        return line.left(offset) + kMask;
    }
    case Secrecy::AuthResponse:
        // "*" cancels the exchange (RFC 4954 s.4) and gives nothing away.
        if (line.trimmed() == QLatin1String("*")) {
            if (note)
                *note = QStringLiteral("the client cancels the authentication (RFC 4954 s.4)");
            return line;
        }
        if (note)
            *note = genericResponseNote();
        return kMask;
    }
    return line;
}

void Transcript::addClientLine(QByteArrayView line, bool tls, Secrecy secrecy)
{
    // Defence in depth: a caller that forgot to say so still never records a secret.
    // Any line right after a 334 is an answer to an AUTH challenge (RFC 4954 s.4), and an AUTH
    // command with a third word carries an initial response.
    const QByteArrayView trimmed = line.trimmed();
    const bool isAuthVerb = trimmed.size() >= 4 && trimmed.first(4).toByteArray().toUpper() == "AUTH"
        && (trimmed.size() == 4 || isBlank(trimmed.at(4)));
    if (secrecy == Secrecy::None && m_awaitingAuthResponse)
        secrecy = Secrecy::AuthResponse;
    else if (secrecy == Secrecy::None && isAuthVerb)
        secrecy = Secrecy::AuthCommand;
    m_awaitingAuthResponse = false;

    TranscriptEntry entry;
    entry.direction = Direction::Client;
    entry.tls = tls;
    switch (secrecy) {
    case Secrecy::None:
        entry.text = escapeForDisplay(line);
        break;
    case Secrecy::AuthCommand: {
        m_authMechanism = mechanismOf(line);
        m_authResponsesSent = 0;
        const qsizetype offset = initialResponseOffset(line);
        if (offset < 0 || line.sliced(offset).trimmed() == QByteArrayView("=")) {
            entry.text = escapeForDisplay(line);
        } else {
            entry.text = escapeForDisplay(line.first(offset)) + kMask;
            entry.maskNote = initialResponseNote(m_authMechanism);
            ++m_authResponsesSent; // AUTH LOGIN <user>: the next answer is the password
        }
        break;
    }
    case Secrecy::AuthResponse:
        if (isCancel(line)) {
            entry.text = escapeForDisplay(line);
            entry.maskNote = QStringLiteral("the client cancels the authentication (RFC 4954 s.4)");
        } else {
            entry.text = kMask;
            entry.maskNote = responseNote();
            ++m_authResponsesSent;
        }
        break;
    }
    append(std::move(entry));
}

// What the masked answer to the latest 334 most likely held, from the mechanism and the prompt.
QString Transcript::responseNote() const
{
    const QString prompt = m_lastChallenge.toLower();
    if (prompt.startsWith(QLatin1String("username")) || prompt.startsWith(QLatin1String("user name")))
        return QStringLiteral("masked: base64 of the user name");
    if (prompt.startsWith(QLatin1String("password")))
        return QStringLiteral("masked: base64 of the password");
    if (m_authMechanism == QLatin1String("LOGIN"))
        return m_authResponsesSent == 0 ? QStringLiteral("masked: base64 of the user name")
                                        : QStringLiteral("masked: base64 of the password");
    if (m_authMechanism == QLatin1String("PLAIN"))
        return QStringLiteral("masked: base64 of the user name and password (SASL PLAIN, RFC 4616)");
    if (m_authMechanism == QLatin1String("CRAM-MD5"))
        return QStringLiteral(
            "masked: base64 of the user name and the keyed digest of the challenge (RFC 2195)");
    return genericResponseNote();
}

void Transcript::addReply(const Reply &reply, bool tls, const QString &explanation, const QString &rfcSection)
{
    const qsizetype first = m_entries.size();
    const qint64 time = now();
    const QString code = QString::number(reply.code()).rightJustified(3, u'0');
    const std::optional<EnhancedStatus> enhanced = reply.enhancedStatus();
    const QStringList lines = reply.lines().isEmpty() ? QStringList { QString() } : reply.lines();

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool last = i == lines.size() - 1;
        TranscriptEntry entry;
        entry.elapsedMs = time;
        entry.direction = Direction::Server;
        entry.tls = tls;
        // Server text is untrusted: control bytes and invalid UTF-8 become visible escapes.
        const QString text = escapeForDisplay(reply.rawLine(i));
        entry.text = text.isEmpty() && last ? code : code + (last ? u' ' : u'-') + text;
        entry.replyCode = reply.code();
        if (enhanced)
            entry.enhancedStatus = enhanced->toString();
        entry.isLastLineOfReply = last;
        // The explanation belongs to the reply as a whole: it rides on its last line only.
        if (last) {
            entry.explanation = explanation;
            entry.rfcSection = rfcSection;
        }
        m_entries.append(std::move(entry));
    }

    // RFC 4954 s.4: a 334 carries a base64 challenge; the client's next line answers it.
    m_awaitingAuthResponse = reply.code() == 334;
    if (m_awaitingAuthResponse) {
        const QByteArray challenge = QByteArray::fromBase64(reply.lines().value(0).trimmed().toLatin1());
        m_lastChallenge = QString::fromUtf8(challenge);
    } else {
        m_lastChallenge.clear();
        m_authMechanism.clear();
        m_authResponsesSent = 0;
    }
    Q_EMIT entriesAppended(first, m_entries.size() - 1);
}

void Transcript::addInfo(const QString &text, bool tls)
{
    TranscriptEntry entry;
    entry.direction = Direction::Info;
    entry.tls = tls;
    entry.text = text;
    append(std::move(entry));
}

void Transcript::addError(const QString &text, bool tls)
{
    TranscriptEntry entry;
    entry.direction = Direction::Error;
    entry.tls = tls;
    entry.text = text;
    append(std::move(entry));
}

void Transcript::clear()
{
    m_entries.clear();
    m_awaitingAuthResponse = false;
    m_lastChallenge.clear();
    m_authMechanism.clear();
    m_authResponsesSent = 0;
    m_clock.invalidate();
    m_connected = false;
    m_recordedMs = -1;
    Q_EMIT cleared();
}

void Transcript::append(TranscriptEntry entry)
{
    entry.elapsedMs = now();
    m_entries.append(std::move(entry));
    const qsizetype index = m_entries.size() - 1;
    Q_EMIT entriesAppended(index, index);
}

QString Transcript::toText() const
{
    QString out;
    out.reserve(m_entries.size() * 48);
    for (const TranscriptEntry &entry : m_entries) {
        const qint64 ms = entry.elapsedMs;
        out += QStringLiteral("[+%1.%2s] ").arg(ms / 1000).arg(ms % 1000, 3, 10, QLatin1Char('0'));
        out += mark(entry.direction, entry.tls);
        out += u' ';
        out += entry.text;
        if (!entry.maskNote.isEmpty()) {
            out += QLatin1String("   (");
            out += entry.maskNote;
            out += u')';
        }
        out += u'\n';
    }
    return out;
}

QJsonArray Transcript::toJson() const
{
    QJsonArray array;
    for (const TranscriptEntry &entry : m_entries) {
        QJsonObject object {
            { QStringLiteral("t_ms"), entry.elapsedMs },
            { QStringLiteral("dir"), Transcript::directionName(entry.direction) },
            { QStringLiteral("text"), entry.text },
            { QStringLiteral("tls"), entry.tls },
        };
        if (entry.replyCode != 0)
            object.insert(QStringLiteral("code"), entry.replyCode);
        if (!entry.enhancedStatus.isEmpty())
            object.insert(QStringLiteral("enhanced"), entry.enhancedStatus);
        if (!entry.explanation.isEmpty())
            object.insert(QStringLiteral("explanation"), entry.explanation);
        if (!entry.rfcSection.isEmpty())
            object.insert(QStringLiteral("rfc"), entry.rfcSection);
        if (!entry.maskNote.isEmpty())
            object.insert(QStringLiteral("mask_note"), entry.maskNote);
        if (entry.direction == Direction::Server && !entry.isLastLineOfReply)
            object.insert(QStringLiteral("more"), true);
        array.append(object);
    }
    return array;
}

QString Transcript::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("client");
    case Direction::Server:
        return QStringLiteral("server");
    case Direction::Info:
        return QStringLiteral("info");
    case Direction::Error:
        return QStringLiteral("error");
    }
    return QString();
}

} // namespace SmtpTutor
