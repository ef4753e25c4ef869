#pragma once

#include <QDnsLookup>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>

namespace SmtpTutor {

struct MxHost
{
    QString name;
    quint16 preference = 0;
    friend bool operator==(const MxHost &, const MxHost &) = default;
};

struct MxResult
{
    QString domain;
    QList<MxHost> hosts;      // sorted, lowest preference first
    bool implicitMx = false;  // no MX: the domain's own A/AAAA records are the mail server (RFC 5321 s.5.1)
    bool nullMx = false;      // "MX 0 ." (RFC 7505): the domain accepts no mail at all
    QStringList addresses;    // for the implicit MX
    QStringList spf;          // TXT records of the domain that start with v=spf1 (shown, not judged)
    QStringList dmarc;        // TXT records of _dmarc.<domain> that start with v=DMARC1
    QString error;            // empty when the lookup worked
    QJsonObject toJson() const;
    QString toText() const;
};

// Finds where mail for a domain goes (MX, then A/AAAA as RFC 5321 s.5.1 says) and shows its
// SPF and DMARC policies. The decisions are static functions so tests need no network.
class MxLookup : public QObject
{
    Q_OBJECT
public:
    explicit MxLookup(const QString &domain, QObject *parent = nullptr);
    // For tests and unusual setups: ask this server instead of the system's resolver.
    void setNameserver(const QHostAddress &address) { m_nameserver = address; }
    void start();
    const MxResult &result() const { return m_result; }

    // RFC 5321 s.5.1: lower preference first; equal ones keep a stable order (by name) here
    // where a sender would pick at random.
    static QList<MxHost> sortByPreference(QList<MxHost> hosts);
    static bool isNullMx(const QList<MxHost> &hosts);
    // A TXT record is a list of strings that count as one, joined without spaces (RFC 7208 s.3.3).
    static QString joinTxt(const QList<QByteArray> &strings);
    static QStringList spfRecords(const QStringList &txt);
    static QStringList dmarcRecords(const QStringList &txt);

Q_SIGNALS:
    void finished(const SmtpTutor::MxResult &result);

private:
    QDnsLookup *lookup(QDnsLookup::Type type, const QString &name);
    void onMx(QDnsLookup *lookup);
    void done();

    MxResult m_result;
    QHostAddress m_nameserver;
    int m_pending = 0;
};

} // namespace SmtpTutor
