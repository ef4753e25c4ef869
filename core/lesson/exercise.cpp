#include "exercise.h"

#include "reference/referencecatalog.h"

#include <QCoreApplication>

namespace SmtpTutor {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SmtpTutor::ExerciseGenerator", text);
}
} // namespace

QString ExerciseQuestion::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::ReplyCodeMeaning: return tr("Reply codes");
    case Kind::PortUse: return tr("Ports");
    case Kind::CommandOrder: return tr("Command order");
    case Kind::TemporaryOrPermanent: return tr("Temporary or permanent?");
    }
    return {};
}

ExerciseGenerator::ExerciseGenerator(const ReferenceCatalog &catalog, quint32 seed)
    : m_catalog(catalog)
    , m_random(seed)
{
}

ExerciseQuestion ExerciseGenerator::next()
{
    return next(ExerciseQuestion::Kind(m_random.bounded(4)));
}

ExerciseQuestion ExerciseGenerator::next(ExerciseQuestion::Kind kind)
{
    switch (kind) {
    case ExerciseQuestion::Kind::ReplyCodeMeaning: return replyCodeMeaning();
    case ExerciseQuestion::Kind::PortUse: return portUse();
    case ExerciseQuestion::Kind::CommandOrder: return commandOrder();
    case ExerciseQuestion::Kind::TemporaryOrPermanent: return temporaryOrPermanent();
    }
    return {};
}

void ExerciseGenerator::shuffleIn(ExerciseQuestion &question, const QString &right, QStringList wrong)
{
    // Fisher-Yates with our own generator, so a seed gives the same order every time.
    for (qsizetype i = wrong.size() - 1; i > 0; --i)
        wrong.swapItemsAt(i, m_random.bounded(int(i + 1)));
    question.choices = wrong.mid(0, 3);
    question.answer = m_random.bounded(int(question.choices.size() + 1));
    question.choices.insert(question.answer, right);
}

ExerciseQuestion ExerciseGenerator::replyCodeMeaning()
{
    ExerciseQuestion q;
    q.kind = ExerciseQuestion::Kind::ReplyCodeMeaning;
    const QList<ReplyCodeInfo> codes = m_catalog.allReplyCodes();
    if (codes.size() < 4)
        return q;
    const ReplyCodeInfo &pick = codes.at(m_random.bounded(int(codes.size())));
    QStringList wrong;
    for (const ReplyCodeInfo &info : codes)
        if (info.code != pick.code && info.meaning != pick.meaning && !wrong.contains(info.meaning))
            wrong << info.meaning;
    q.prompt = tr("What does reply code %1 mean?").arg(pick.code);
    shuffleIn(q, pick.meaning, wrong);
    q.explanation = tr("%1 means \"%2\". %3").arg(pick.code).arg(pick.meaning, pick.description);
    return q;
}

ExerciseQuestion ExerciseGenerator::portUse()
{
    ExerciseQuestion q;
    q.kind = ExerciseQuestion::Kind::PortUse;
    const QList<PortInfo> ports = m_catalog.allPorts();
    if (ports.size() < 2)
        return q;
    const PortInfo &pick = ports.at(m_random.bounded(int(ports.size())));
    QStringList wrong;
    for (const PortInfo &port : ports)
        if (port.port != pick.port)
            wrong << port.use;
    q.prompt = tr("What is port %1 for?").arg(pick.port);
    shuffleIn(q, pick.use, wrong);
    q.explanation = tr("Port %1 (%2, %3): %4").arg(pick.port).arg(pick.name, pick.encryption, pick.use);
    return q;
}

ExerciseQuestion ExerciseGenerator::commandOrder()
{
    ExerciseQuestion q;
    q.kind = ExerciseQuestion::Kind::CommandOrder;
    // The order of a submission session (RFC 5321 s.3.3, RFC 3207, RFC 4954).
    const QStringList order = {QStringLiteral("EHLO"), QStringLiteral("STARTTLS"), QStringLiteral("AUTH"),
                               QStringLiteral("MAIL FROM"), QStringLiteral("RCPT TO"), QStringLiteral("DATA"),
                               QStringLiteral("QUIT")};
    const int length = 4;
    const int start = m_random.bounded(int(order.size()) - length + 1);
    const QStringList right = order.mid(start, length);
    const QString rightText = right.join(QStringLiteral(" → "));
    QStringList wrong;
    int guard = 0;
    while (wrong.size() < 3 && guard++ < 100) {
        QStringList shuffled = right;
        for (qsizetype i = shuffled.size() - 1; i > 0; --i)
            shuffled.swapItemsAt(i, m_random.bounded(int(i + 1)));
        const QString text = shuffled.join(QStringLiteral(" → "));
        if (text != rightText && !wrong.contains(text))
            wrong << text;
    }
    q.prompt = tr("In which order does a client send these commands?");
    shuffleIn(q, rightText, wrong);
    q.explanation = tr("The full order is %1. Each command needs the one before it to have succeeded.")
                        .arg(order.join(QStringLiteral(" → ")));
    return q;
}

ExerciseQuestion ExerciseGenerator::temporaryOrPermanent()
{
    ExerciseQuestion q;
    q.kind = ExerciseQuestion::Kind::TemporaryOrPermanent;
    QList<ReplyCodeInfo> failures;
    for (const ReplyCodeInfo &info : m_catalog.allReplyCodes())
        if (info.code >= 400 && info.code < 600)
            failures << info;
    if (failures.isEmpty())
        return q;
    const ReplyCodeInfo &pick = failures.at(m_random.bounded(int(failures.size())));
    const QString line = pick.example.isEmpty() ? QStringLiteral("%1 %2").arg(pick.code).arg(pick.meaning) : pick.example;
    q.prompt = tr("A server answers:\n%1\nIs this failure temporary or permanent?").arg(line);
    q.choices = {tr("Temporary: try the same again later"), tr("Permanent: change something before trying again")};
    q.answer = pick.code < 500 ? 0 : 1;
    q.explanation = pick.code < 500
        ? tr("The first digit is 4: a temporary failure. %1").arg(pick.action)
        : tr("The first digit is 5: a permanent failure. %1").arg(pick.action);
    return q;
}

} // namespace SmtpTutor
