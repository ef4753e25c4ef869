#pragma once

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QStringList>

struct ub_ctx;
struct ub_result;
class QSocketNotifier;

namespace SmtpTutor {

// The TLSA records of one name (RFC 6698 s.2) and what DNSSEC said about them.
struct TlsaAnswer
{
    QString name; // "_25._tcp.mx.example.com"
    QStringList records; // "3 1 1 8cb0fc..." (usage, selector, matching type, data in hex)
    bool secure = false; // the answer was validated by DNSSEC up to a trust anchor
    bool bogus = false; // the answer failed DNSSEC validation
    QString whyBogus;
    QString error; // the lookup failed (SERVFAIL, timeout, ...); "" when it worked
};

// Asks for TLSA records with libunbound, because QDnsLookup (Qt 6.4) has no TLSA type and
// cannot validate DNSSEC. Asynchronous without blocking the event loop: libunbound works in a
// background thread of its own (ub_ctx_async), and its file descriptor, watched by a
// QSocketNotifier, says when ub_process() has answers to deliver (as answered()).
// With a nameserver, every question is forwarded to it (tests); else the system's resolvers from
// /etc/resolv.conf are used and the root trust anchor is loaded from /usr/share/dns/root.key
// when that file exists (Debian's dns-root-data).
class TlsaResolver : public QObject
{
    Q_OBJECT
public:
    explicit TlsaResolver(const QHostAddress &nameserver, QObject *parent = nullptr);
    ~TlsaResolver() override;

    bool isReady() const { return m_setupError.isEmpty(); }
    QString setupError() const { return m_setupError; } // why DANE cannot be checked
    bool hasTrustAnchor() const { return m_trustAnchor; }

    void resolve(const QString &name);
    void cancel(); // forgets every question still open; no answered() for them

    // "3 1 1 abcd..." from the rdata libunbound returns (three octets, then the data).
    static QString tlsaText(const QByteArray &rdata);

Q_SIGNALS:
    void answered(const SmtpTutor::TlsaAnswer &answer);

private:
    struct Question;
    static void callback(void *data, int error, ub_result *result);
    void deliver(Question *question, int error, ub_result *result);

    ub_ctx *m_ctx = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QString m_setupError;
    bool m_trustAnchor = false;
    QMap<int, Question *> m_open; // libunbound's async id -> question
};

} // namespace SmtpTutor
