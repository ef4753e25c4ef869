#pragma once

#include "client/probereport.h"

#include <QTreeWidget>
#include <QWidget>

class QLabel;

namespace SmtpTutor {

class CertificateChainView;
class TimingWaterfall;

// The EHLO keywords as a table: each keyword with its parameters, before TLS and after TLS, so
// what STARTTLS added (typically AUTH) or took away is visible at a glance (RFC 3207 s.4.2).
class CapabilitiesTable : public QTreeWidget
{
    Q_OBJECT
public:
    explicit CapabilitiesTable(QWidget *parent = nullptr);
    void showReport(const ProbeReport &report);
    QString toPlainText() const;
};

// The TLS tab: protocol, cipher and verdict in words, each error explained, and the chain tree.
class ProbeTlsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeTlsPage(QWidget *parent = nullptr);
    void showTls(const TlsReport &tls);
    void clear();
    QString toPlainText() const;
    CertificateChainView *chain() const { return m_chain; }

private:
    QLabel *m_facts = nullptr;
    CertificateChainView *m_chain = nullptr;
};

// The Timings tab: the waterfall and the total.
class ProbeTimingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProbeTimingsPage(QWidget *parent = nullptr);
    void showTimings(const QList<StepTiming> &timings, qint64 totalMs);
    TimingWaterfall *waterfall() const { return m_waterfall; }
    QString toPlainText() const;

private:
    TimingWaterfall *m_waterfall = nullptr;
    QLabel *m_total = nullptr;
};

} // namespace SmtpTutor
