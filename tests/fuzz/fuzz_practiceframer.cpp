// libFuzzer harness for what the practice server does with a client's bytes: the LineFramer in
// front of a responder (the simulated server, or a recorded Postfix session played back), fed
// as PracticeConnection::process() and handleLine() feed them, but without a socket.
//
// Input: byte 0 picks the responder (every built-in scenario, then the two recordings in
// tests/integration/data, then every exam, whose grader then reads the transcript too); byte 1 bit 0 picks tiny line limits so that long command lines and
// cut message lines happen often; bytes 2..5 seed the chunking. The rest is what the client
// sends. The two bytes FF FF mark the moment a TLS handshake completes: when the session has
// asked for TLS (220 to STARTTLS), the bytes between STARTTLS and the mark were pipelined in
// clear and are thrown away (RFC 3207 s.4.2); elsewhere the mark is ignored.
//
// The stream is played twice, in one piece per segment and in pseudo-random chunks.
// Invariants:
//   - never a crash, a hang or unbounded growth: after NeedMore the framer holds at most one
//     unfinished line (limit + 1 bytes);
//   - a Line holds no LF and is within the limit; a Piece is exactly the limit long (DATA only);
//   - the chunking never changes what happens (the sequence of lines, pieces, overlong lines
//     and reply codes);
//   - every reply is a valid code with an explanation and an RFC section, and its wire form
//     parses back to itself; a message line gets no reply, a line after the close none either;
//   - the transcript never shows an answer to an AUTH challenge;
//   - an exam's grader gives a single-session exam exactly one verdict for the session, with
//     its exam, a reason and the session's id.

#include "exam/examgrader.h"
#include "exam/examproctor.h"
#include "exam/examresponder.h"
#include "practice/lineframer.h"
#include "practice/practicelimits.h"
#include "practice/responderfactory.h"
#include "protocol/escape.h"
#include "protocol/replyparser.h"
#include "server/replayscenario.h"
#include "server/scenario.h"
#include "session/transcript.h"

#include <algorithm>
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

// What a session plays: a scenario, a recording, or an exam (whose state is shared by the
// sessions of one server, so each Session gets a fresh one: the two plays must not meet).
struct Choice
{
    std::function<ResponderFactory()> make;
    std::optional<ExamOptions> exam;
};

const QList<Choice> &choices()
{
    static const QList<Choice> all = [] {
        QList<Choice> list;
        for (const QString &name : Scenario::builtInNames()) {
            const ResponderFactory factory = engineResponderFactory(*Scenario::load(name));
            list.append({ [factory] { return factory; }, std::nullopt });
        }
        for (const char *file : { "postfix-plain-session.json", "postfix-submission-session.json" }) {
            const QString path = QStringLiteral(SMTP_TUTOR_SOURCE_DIR "/tests/integration/data/") + QLatin1String(file);
            const std::optional<ReplayScenario> replay = ReplayScenario::load(path);
            check(replay.has_value(), "the recorded sessions in tests/integration/data load");
            const ResponderFactory factory = replayResponderFactory(*replay);
            list.append({ [factory] { return factory; }, std::nullopt });
        }
        for (const ExamId id : ExamCatalog::all()) {
            const ExamOptions options { id };
            list.append({ [options] { return examResponderFactory(options, examScenario(options)); }, options });
        }
        return list;
    }();
    return all;
}

bool startsWithAuth(const QByteArray &line)
{
    return line.size() >= 4 && line.first(4).compare("AUTH", Qt::CaseInsensitive) == 0
        && (line.size() == 4 || line.at(4) == ' ');
}

void checkReply(const ServerResponse &r)
{
    check(r.reply.isValid(), "reply code 200-599");
    check(!r.explanation.isEmpty(), "explanation given");
    check(r.rfcSection.startsWith(QLatin1String("RFC ")), "RFC section given");
    ReplyParser parser;
    check(parser.feed(r.reply.toWire()), "wire form parses");
    const auto back = parser.takeReply();
    check(back.has_value() && back->code() == r.reply.code() && back->lines() == r.reply.lines(),
        "wire form keeps the reply");
}

// One client session: what PracticeConnection does between its socket and its responder.
class Session
{
public:
    Session(const Choice &choice, const PracticeLimits &limits)
        : m_responder(choice.make()(std::make_shared<SharedServerState>()))
        , m_limits(limits)
    {
        if (choice.exam) {
            m_grader = ExamGrader::make(*choice.exam, [this](const ExamVerdict &verdict) { checkVerdict(verdict); });
            m_grader->sessionOpened(1, Clock);
            QObject::connect(&m_transcript, &Transcript::entriesAppended, [this](qsizetype first, qsizetype last) {
                for (qsizetype i = first; i <= last; ++i) {
                    for (const SessionEvent &event : m_reader.read(m_transcript.entries().at(i), Clock))
                        m_grader->handle(event);
                }
            });
        }
        for (const ServerResponse &r : m_responder->connect()) {
            checkReply(r);
            m_events.append(r.reply.code());
        }
    }

    // One segment of the stream (up to a handshake mark), in the given chunks.
    void feedSegment(const QList<QByteArrayView> &chunks)
    {
        for (QByteArrayView chunk : chunks) {
            if (m_responder->isClosed() || m_skipToMark)
                break;
            m_framer.append(chunk);
            drainLines();
        }
        if (m_skipToMark && !m_responder->isClosed()) {
            m_skipToMark = false;
            m_responder->tlsStarted();
            m_tls = true;
            m_events.append(-3);
        }
    }

    const QList<int> &events() const { return m_events; }

    // The client hung up and the server stopped: an exam judges what it saw.
    void close()
    {
        if (!m_grader)
            return;
        m_grader->sessionClosed(1, Clock);
        m_grader->finish(Clock);
        check(m_verdicts == 1 || m_grader->exam() == ExamId::Greylist || m_grader->exam() == ExamId::Disconnect421,
            "a single-session exam gives its session exactly one verdict");
        check(m_verdicts <= 1 + m_greylistRefusals, "no more verdicts than attempts");
    }

private:
    void drainLines()
    {
        while (!m_responder->isClosed() && !m_skipToMark) {
            const bool inData = m_responder->isInData();
            const qsizetype limit = inData ? m_limits.maxDataLineLength : m_limits.maxAuthLineLength - 2;
            QByteArray line;
            const LineFramer::Result result = m_framer.takeLine(
                limit, &line, inData ? LineFramer::Overflow::Split : LineFramer::Overflow::Drop);
            switch (result) {
            case LineFramer::Result::NeedMore:
                check(m_framer.pendingBytes() <= limit + 1, "the framer holds at most one unfinished line");
                return;
            case LineFramer::Result::TooLong:
                check(!inData, "message lines are cut, never dropped");
                m_events.append(-1);
                // As PracticeConnection::handleTooLong: the engine words the fault (one reply).
                for (const ServerResponse &r : m_responder->transportFault(TransportFault::LineTooLong))
                    m_events.append(r.reply.code());
                continue;
            case LineFramer::Result::Piece:
                check(inData, "only message lines are cut into pieces");
                check(line.size() == limit, "a piece is exactly the limit long");
                break;
            case LineFramer::Result::Line:
                check(line.size() <= limit, "a line is within the limit");
                break;
            }
            check(!line.contains('\n'), "a line holds no LF");
            handleLine(line, result == LineFramer::Result::Piece);
        }
    }

    void handleLine(const QByteArray &line, bool piece)
    {
        const bool wasInData = m_responder->isInData();
        const bool awaitingAuth = m_responder->isAwaitingAuthResponse();
        m_transcript.addClientLine(line, m_tls,
            awaitingAuth                            ? Secrecy::AuthResponse
                : !wasInData && startsWithAuth(line) ? Secrecy::AuthCommand
                                                     : Secrecy::None);
        // An answer to a 334 (other than the "*" that cancels) never shows in the transcript.
        const bool hasWordCharacter = std::any_of(
            line.begin(), line.end(), [](char c) { return QChar::isLetterOrNumber(uchar(c)); });
        if (awaitingAuth && line.trimmed() != "*" && hasWordCharacter)
            check(!m_transcript.entries().constLast().text.contains(escapeForDisplay(line)),
                "the transcript masks the answers to AUTH challenges");
        // The rest of a cut line is content: a dot there is stuffed so it cannot end the message.
        QByteArray toEngine = line;
        if (wasInData && m_continuation && line.startsWith('.'))
            toEngine.prepend('.');
        m_continuation = wasInData && piece;

        const QList<ServerResponse> responses = m_responder->receiveLine(toEngine);
        check(responses.size() <= 1, "at most one reply per line");
        if (wasInData && toEngine != ".")
            check(responses.isEmpty(), "no reply to message lines");
        for (const ServerResponse &r : responses) {
            checkReply(r);
            m_transcript.addReply(r.reply, m_tls, r.explanation, r.rfcSection);
            m_events.append(r.reply.code());
            m_greylistRefusals += r.reply.code() == 450;
        }
        if (m_responder->isTlsRequested()) {
            // starttls-injection writes its fake reply here, in clear, as PracticeConnection does.
            if (const std::optional<ServerResponse> injected = m_responder->injectedBeforeTls()) {
                checkReply(*injected);
                m_transcript.addReply(injected->reply, m_tls, injected->explanation, injected->rfcSection);
            }
            // RFC 3207 s.4.2: what came after STARTTLS in clear is dropped unread.
            m_framer.discardPending();
            check(m_framer.pendingBytes() == 0, "nothing pending after STARTTLS");
            m_skipToMark = true;
        }
    }

    void checkVerdict(const ExamVerdict &verdict)
    {
        ++m_verdicts;
        check(verdict.exam == m_grader->exam(), "a verdict names its exam");
        check(!verdict.reason.isEmpty(), "a verdict gives its reason");
        check(verdict.sessions == QList<int> { 1 }, "a verdict names the session");
        for (const QString &line : verdict.evidence)
            check(line.size() <= 4 * 1024, "evidence lines are transcript lines");
    }

    static inline const QDateTime Clock = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
    std::unique_ptr<SmtpResponder> m_responder;
    std::unique_ptr<ExamGrader> m_grader;
    SessionEventReader m_reader { 1 };
    int m_verdicts = 0;
    int m_greylistRefusals = 0;
    PracticeLimits m_limits;
    LineFramer m_framer;
    Transcript m_transcript;
    QList<int> m_events; // reply codes; -1 dropped long line, -3 TLS started
    bool m_continuation = false;
    bool m_tls = false;
    bool m_skipToMark = false;
};

QList<QByteArrayView> splitSegments(QByteArrayView stream)
{
    QList<QByteArrayView> segments;
    qsizetype start = 0;
    for (;;) {
        const qsizetype mark = stream.indexOf(QByteArrayView("\xff\xff"), start);
        if (mark < 0) {
            segments.append(stream.sliced(start));
            return segments;
        }
        segments.append(stream.sliced(start, mark - start));
        start = mark + 2;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 6)
        return 0;
    const QList<Choice> &all = choices();
    const Choice &choice = all.at(data[0] % all.size());
    PracticeLimits limits;
    if (data[1] & 1) {
        // The 512-octet command limit belongs to the engine now; the transport only holds
        // lines up to maxAuthLineLength, which tiny limits make easy to cross.
        limits.maxAuthLineLength = 10 + (data[1] >> 1) % 72;
        limits.maxDataLineLength = 1 + (data[1] >> 2) % 24;
    }
    uint32_t seed = uint32_t(data[2]) | uint32_t(data[3]) << 8 | uint32_t(data[4]) << 16 | uint32_t(data[5]) << 24;
    const QList<QByteArrayView> segments
        = splitSegments(QByteArrayView(reinterpret_cast<const char *>(data) + 6, qsizetype(size - 6)));

    Session whole(choice, limits);
    Session chunked(choice, limits);
    for (QByteArrayView segment : segments) {
        whole.feedSegment({ segment });
        QList<QByteArrayView> chunks;
        qsizetype pos = 0;
        while (pos < segment.size()) {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            const qsizetype length
                = qMin<qsizetype>(segment.size() - pos, 1 + seed % ((seed >> 8) % 4 == 0 ? 257 : 9));
            chunks.append(segment.sliced(pos, length));
            pos += length;
        }
        chunked.feedSegment(chunks);
    }
    check(whole.events() == chunked.events(), "the chunking does not change what happens");
    whole.close();
    chunked.close();
    return 0;
}
