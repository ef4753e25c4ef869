#include "examresponder.h"

#include "protocol/commandparser.h"
#include "server/serverreply.h"

#include <QCoreApplication>
#include <QUuid>

namespace SmtpTutor {

namespace {

class ExamReplies
{
    Q_DECLARE_TR_FUNCTIONS(ExamReplies)
public:
    static ServerResponse tlsRefused()
    {
        // Postfix's words when its TLS set-up fails (smtpd: "TLS not available due to local problem").
        return makeResponse(454, EnhancedStatus(4, 7, 0), QStringLiteral("TLS not available due to local problem"),
            tr("The exam refuses STARTTLS on purpose. A client that needs TLS must not go on to log in in clear "
               "text."),
            QStringLiteral("RFC 3207 s.4"));
    }
    static ServerResponse injected(const QString &hostname)
    {
        return respondLines(250, { hostname, QStringLiteral("AUTH PLAIN") },
            tr("Injected by the exam in clear text after the 220 and before the TLS handshake, as an attacker "
               "on the path could. A correct client throws it away unread."),
            QStringLiteral("RFC 3207 s.4.2"));
    }
    static ServerResponse greylisted(const QString &recipient, qint64 secondsLeft)
    {
        return makeResponse(450, EnhancedStatus(4, 2, 0),
            QStringLiteral("<%1>: Recipient address rejected: Greylisted, try again in %2 seconds")
                .arg(recipient)
                .arg(secondsLeft),
            tr("Greylisting: the first attempt for this sender and recipient is deferred. A correct client "
               "keeps the message and tries again after the delay."),
            QStringLiteral("RFC 6647 s.2.1, RFC 5321 s.4.5.4.1"));
    }
    static ServerResponse cutOff(const QString &hostname)
    {
        return makeResponse(421, EnhancedStatus(4, 3, 2),
            QStringLiteral("%1 Service shutting down, closing transmission channel").arg(hostname),
            tr("The exam ends the session instead of accepting the message: it was not delivered. A correct "
               "client treats 421 as temporary and sends the message again later."),
            QStringLiteral("RFC 5321 s.3.8"));
    }
};

Scenario refusingEveryLogin(Scenario scenario)
{
    // The same users with passwords nobody can know: every login of the refusing session gets
    // the engine's own 535 5.7.8, worded by the personality, and EHLO still offers AUTH (the
    // engine offers AUTH only while it has users).
    for (QString &password : scenario.users)
        password = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return scenario;
}

} // namespace

Scenario examScenario(const ExamOptions &options, PersonaId personality)
{
    Scenario scenario;
    scenario.name = ExamCatalog::name(options.exam);
    scenario.title = ExamCatalog::info(options.exam).title;
    scenario.description = ExamCatalog::info(options.exam).serverDoes;
    scenario.port = 587;
    scenario.localDomains = { QStringLiteral("example.com") };
    scenario.mailboxes = { QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("postmaster") };
    scenario.users = { { QStringLiteral("alice"), QStringLiteral("wonderland") },
        { QStringLiteral("bob"), QStringLiteral("builder") } };
    scenario.offersStartTls = true;
    scenario.authEnabled = true;
    // AUTH is offered in clear text, so that a careless client can show what it does with it.
    scenario.requiresTlsForAuth = false;
    scenario.personality = personality;
    switch (options.exam) {
    case ExamId::StripStartTls:
        scenario.offersStartTls = false;
        break;
    case ExamId::StartTlsInjection:
        // Inside TLS only LOGIN: AUTH PLAIN is what the injected clear-text reply offers.
        scenario.requiresTlsForAuth = true;
        scenario.authMechanisms = { QStringLiteral("LOGIN") };
        break;
    case ExamId::SizeLimit:
        scenario.maxMessageSize = ExamOptions::SizeLimit;
        break;
    case ExamId::StartTlsRefused:
    case ExamId::Greylist:
    case ExamId::Disconnect421:
    case ExamId::AuthFailThenOk:
        break;
    }
    return scenario;
}

ExamResponder::ExamResponder(const ExamOptions &options, const Scenario &scenario,
    std::shared_ptr<SharedServerState> shared, std::shared_ptr<ExamServerState> examState)
    : m_options(options)
    , m_exam(std::move(examState))
    , m_engine(options.exam == ExamId::AuthFailThenOk && !m_exam->loginRefused ? refusingEveryLogin(scenario)
                                                                                 : scenario,
          std::move(shared))
{
}

ExamResponder::~ExamResponder() = default;

QList<ServerResponse> ExamResponder::connect()
{
    return m_engine.connect();
}

QList<ServerResponse> ExamResponder::transportFault(TransportFault fault)
{
    return m_engine.transportFault(fault);
}

void ExamResponder::setClientAddress(const QString &address)
{
    m_clientAddress = address;
    m_engine.setClientAddress(address);
}

std::optional<ServerResponse> ExamResponder::injectedBeforeTls() const
{
    if (m_options.exam != ExamId::StartTlsInjection || !m_engine.isTlsRequested())
        return std::nullopt;
    return ExamReplies::injected(m_engine.scenario().hostname);
}

QList<ServerResponse> ExamResponder::receiveLine(QByteArrayView line)
{
    if (m_closed)
        return {};
    if (std::optional<QList<ServerResponse>> answer = stepIn(line))
        return *answer;
    const QList<ServerResponse> responses = m_engine.receiveLine(line);
    noteLoginRefusals(responses);
    return responses;
}

// Where the exam answers instead of the engine; nullopt leaves the line to the engine.
std::optional<QList<ServerResponse>> ExamResponder::stepIn(QByteArrayView line)
{
    if (m_engine.isAwaitingAuthResponse())
        return std::nullopt;
    if (m_engine.isInData()) {
        // disconnect-421: the first message is read to its end, then cut off (RFC 5321 s.3.8).
        if (m_options.exam != ExamId::Disconnect421 || line != "." || m_exam->disconnectServed)
            return std::nullopt;
        m_exam->disconnectServed = true;
        m_closed = true;
        return QList<ServerResponse> { ExamReplies::cutOff(m_engine.scenario().hostname) };
    }
    const Command command = CommandParser::parse(line);
    if (m_options.exam == ExamId::StartTlsRefused && command.verb == Verb::StartTls && !command.fault
        && !m_engine.isTlsActive() && m_engine.phase() == SessionPhase::Identified)
        return QList<ServerResponse> { ExamReplies::tlsRefused() };
    if (m_options.exam == ExamId::Greylist && command.verb == Verb::Rcpt && !command.fault)
        return greylist(command);
    return std::nullopt;
}

std::optional<QList<ServerResponse>> ExamResponder::greylist(const Command &command)
{
    // Only a recipient the engine would take is greylisted: a wrong address keeps its own error.
    const SessionPhase phase = m_engine.phase();
    if (phase != SessionPhase::InTransaction && phase != SessionPhase::HaveRecipients)
        return std::nullopt;
    const QString recipient = command.path.address();
    const QString key = m_clientAddress + u'|' + m_engine.sender().toString().toLower() + u'|' + recipient.toLower();
    const QDateTime now = m_exam->now();
    const auto first = m_exam->greylistFirstSeen.constFind(key);
    if (first == m_exam->greylistFirstSeen.constEnd()) {
        forgetOldGreylistEntries(now);
        m_exam->greylistFirstSeen.insert(key, now);
        return QList<ServerResponse> { ExamReplies::greylisted(recipient, m_options.greylistDelaySeconds) };
    }
    const qint64 waited = first.value().secsTo(now);
    if (waited < m_options.greylistDelaySeconds)
        return QList<ServerResponse> { ExamReplies::greylisted(recipient, m_options.greylistDelaySeconds - waited) };
    return std::nullopt;
}

void ExamResponder::forgetOldGreylistEntries(const QDateTime &now)
{
    QHash<QString, QDateTime> &seen = m_exam->greylistFirstSeen;
    if (seen.size() < ExamServerState::MaxGreylistEntries)
        return;
    seen.removeIf([&](const auto &entry) { return entry.value().secsTo(now) >= m_options.greylistDelaySeconds; });
    // Still full of fresh entries (a flood): start over rather than grow.
    if (seen.size() >= ExamServerState::MaxGreylistEntries)
        seen.clear();
}

void ExamResponder::noteLoginRefusals(const QList<ServerResponse> &responses)
{
    if (m_options.exam != ExamId::AuthFailThenOk)
        return;
    for (const ServerResponse &response : responses) {
        if (response.reply.code() == 535)
            m_exam->loginRefused = true;
    }
}

} // namespace SmtpTutor
