#include "replystream.h"

namespace SmtpTutor {

namespace {
// Held-back bytes are only counted and shown, never parsed: this much is kept for the message.
constexpr qsizetype kPreviewKeep = 256;

void keepTail(QByteArray &tail, QByteArrayView bytes)
{
    tail.append(bytes.last(qMin(bytes.size(), kPreviewKeep)));
    if (tail.size() > kPreviewKeep)
        tail.remove(0, tail.size() - kPreviewKeep);
}
} // namespace

ReplyStream::Fault ReplyStream::expectReply(bool holdAfterReply)
{
    if (m_parser.hasError())
        return Fault::Malformed;
    // With replies still owed, partial bytes are the start of one of them. With none owed,
    // anything unread arrived before this command existed, so it cannot be its answer.
    if (m_heldCount > 0 || (m_owed == 0 && unreadBytes() > 0))
        return Fault::UnsolicitedBytes;
    ++m_owed;
    m_holdAfterReply = holdAfterReply;
    return Fault::None;
}

qsizetype ReplyStream::unreadBytes() const
{
    return m_parser.pendingBytes() + m_heldCount;
}

QByteArray ReplyStream::unreadPreview(qsizetype maxBytes) const
{
    const QByteArray unread = m_heldCount > 0 ? m_heldBack : m_tail.right(qMin(m_parser.pendingBytes(), kPreviewKeep));
    return unread.left(maxBytes);
}

ReplyStream::Outcome ReplyStream::feed(QByteArrayView bytes)
{
    if (m_holdAfterReply || m_heldCount > 0)
        return feedHolding(bytes);
    keepTail(m_tail, bytes);
    Outcome outcome;
    const bool ok = m_parser.feed(bytes);
    collect(outcome);
    if (!ok && outcome.fault == Fault::None) {
        outcome.fault = Fault::Malformed;
        outcome.seenBeforeFault = outcome.replies;
        outcome.replies.clear();
    }
    return outcome;
}

ReplyStream::Outcome ReplyStream::feedHolding(QByteArrayView bytes)
{
    Outcome outcome;
    if (m_heldCount > 0) {
        // Past the reply to STARTTLS: count, keep a little for the message, parse nothing.
        if (m_heldBack.size() < kPreviewKeep)
            m_heldBack.append(bytes.first(qMin(bytes.size(), kPreviewKeep - m_heldBack.size())));
        m_heldCount += bytes.size();
        return outcome;
    }
    // One line at a time, so that the parser never sees a byte beyond the owed reply.
    qsizetype start = 0;
    while (start < bytes.size() && m_holdAfterReply) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline + 1;
        const QByteArrayView line = bytes.sliced(start, end - start);
        keepTail(m_tail, line);
        start = end;
        if (!m_parser.feed(line)) {
            collect(outcome);
            outcome.fault = Fault::Malformed;
            outcome.seenBeforeFault = outcome.replies;
            outcome.replies.clear();
            return outcome;
        }
        collect(outcome);
        if (outcome.fault != Fault::None)
            return outcome;
        if (m_owed == 0)
            m_holdAfterReply = false; // that was the reply to STARTTLS
    }
    if (start < bytes.size()) {
        const QByteArrayView rest = bytes.sliced(start);
        m_heldBack = rest.first(qMin(rest.size(), kPreviewKeep)).toByteArray();
        m_heldCount = rest.size();
    }
    return outcome;
}

void ReplyStream::collect(Outcome &outcome)
{
    while (m_parser.hasReply()) {
        Reply reply = *m_parser.takeReply();
        if (m_owed > 0) {
            --m_owed;
            outcome.replies.append(std::move(reply));
            continue;
        }
        // Nobody asked for this one. What was owed before it is shown, not acted on.
        outcome.fault = reply.code() == 421 ? Fault::ClosingAnnounced : Fault::UnsolicitedReply;
        outcome.unsolicited = std::move(reply);
        outcome.seenBeforeFault = outcome.replies;
        outcome.replies.clear();
        return;
    }
}

void ReplyStream::restartAfterTls()
{
    m_parser.reset();
    m_heldBack.clear();
    m_heldCount = 0;
    m_holdAfterReply = false;
    m_tail.clear();
}

} // namespace SmtpTutor
