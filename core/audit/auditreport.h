#pragma once

#include "client/certificatereport.h"
#include "client/clienterror.h"
#include "client/mxlookup.h"
#include "client/probereport.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace SmtpTutor {

// The mail-server audit's one report model. The CLI's text, --json, --html and the GUI all read
// these structures; none of them decides anything. Every judgement is made once, by the check
// that produced an AuditCheck row, and the grade is computed from those rows (auditgrade.h).

enum class CheckStatus { Pass, Warn, Fail, Info, Error };
QString checkStatusName(CheckStatus status); // "pass", "warn", "fail", "info", "error" (JSON, stable)

// A letter grade, A best, F worst. A check that found something serious caps the grade of its
// host (or domain) at a letter; the report's grade is the lowest cap (testssl.sh's style).
enum class Grade { A, B, C, D, E, F };
QString gradeName(Grade grade); // "A" ... "F"

// One row of the report: what was checked, what was seen, by which rule, and what to do.
struct AuditCheck
{
    QString id;     // stable, dotted, for scripts: "tls.version.tls1_0", "relay.open", "dns.spf.lookups"
    CheckStatus status = CheckStatus::Info;
    QString title;  // one line: "TLS 1.0 is accepted"
    QString detail; // what was seen: "handshake completed with TLS_RSA_WITH_AES_128_CBC_SHA"
    QString rule;   // the rule applied: "TLS 1.0 and 1.1 are insufficient"
    QString source; // where the rule comes from: "NCSC-NL IT Security Guidelines for TLS (2021), table 1"
    QString explanation; // plain words: why it matters
    QString todo;        // plain words: what to do about it ("" when nothing)
    std::optional<Grade> cap; // the worst grade this finding allows; nullopt: no limit
};

// TLS versions and cipher suites as seen by handshakes of their own (one per version/suite).
struct TlsFindings
{
    // Protocol name ("TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3") -> accepted; a version that could
    // not be tested (the local TLS library cannot offer it, or the attempt failed for another
    // reason than a refusal) is absent.
    QMap<QString, bool> protocols;
    // Protocol name -> the IANA/OpenSSL names of the suites the server accepted in that version.
    QMap<QString, QStringList> ciphers;
    std::optional<bool> serverOrder; // nullopt: fewer than two suites accepted, or not tested
};

// The server's certificate, judged on its own terms (key, hash, validity, chain, name).
struct CertificateFindings
{
    bool seen = false;           // a handshake completed and a certificate was received
    TlsReport tls;               // verification verdict and the chain as the probe reports it
    QString keyAlgorithm;        // "RSA", "EC", "DSA", ...
    int keyBits = 0;
    QString curve;               // "prime256v1" for EC keys, else ""
    QString signatureAlgorithm;  // "sha256WithRSAEncryption"
    int daysLeft = 0;            // until notAfter of the leaf; negative when expired
    bool chainComplete = false;  // ends in a trusted root (or a CA the user gave)
    bool chainInOrder = false;   // each certificate signed by the next one, as RFC 8446 s.4.4.2 asks
    bool nameMatches = false;    // the leaf names the host the user typed
};

enum class InjectionResult { NotTested, Vulnerable, NotVulnerable };
QString injectionResultName(InjectionResult result); // "not-tested", "vulnerable", "not-vulnerable"

// What DNS says about one server's address (reverse DNS and the greeting's name).
struct HostDnsFindings
{
    QString address;            // the address that was audited
    QStringList ptrNames;       // PTR records of the address
    std::optional<bool> forwardConfirmed; // a PTR name's A/AAAA contains the address; nullopt: no PTR
    QString bannerName;         // the host name in the 220 greeting
    std::optional<bool> bannerMatches; // the banner name is one of the PTR names
};

// One step of a host's audit on a common clock, for the waterfall: the baseline session's steps
// (connect, greeting, ehlo, tls, ...) one after another, then every check, which overlap.
struct AuditTiming
{
    QString step;     // "connect", "ehlo", or a check's name ("tls-versions")
    qint64 startMs = 0; // since the host's audit began
    qint64 ms = 0;
};

struct AuditGradeResult
{
    Grade grade = Grade::A;
    QStringList cappedBy; // ids of the checks whose cap is the final grade
    bool complete = true; // false when a check ended in Error (the grade may be too kind)
};

// Everything learnt about one server (host and port).
struct HostAuditReport
{
    QString host;
    quint16 port = 0;
    TlsMode tlsMode = TlsMode::Auto;
    TlsUsed tlsUsed = TlsUsed::None;
    Reply greeting;
    ClientError error;           // kind None when the server could be reached and talked to
    ProbeStage failedStage = ProbeStage::Done;
    QList<AuditCheck> checks;
    TlsFindings tls;
    CertificateFindings certificate;
    InjectionResult starttlsInjection = InjectionResult::NotTested;
    std::optional<bool> openRelay; // nullopt: not tested
    HostDnsFindings dns;
    QList<StepTiming> timings;   // the baseline session's steps, as the probe measured them
    QList<AuditTiming> waterfall; // every step and check with when it started (AuditTiming)
    qint64 totalMs = 0;
    AuditGradeResult grade;

    bool reached() const { return error.kind == ClientErrorKind::None; }
};

// A domain's mail policy in DNS (RFC 7505, RFC 7208, RFC 7489, RFC 8461, RFC 8460, RFC 7672).
struct DomainDnsFindings
{
    QList<MxHost> mx;
    bool nullMx = false;
    QStringList spf;          // the v=spf1 records found (more than one is itself an error)
    int spfLookups = -1;      // DNS-querying terms counted through include/redirect; -1: not counted
    QStringList dmarc;
    QString dmarcPolicy;      // "none", "quarantine", "reject", or ""
    QString mtaStsRecord;     // the _mta-sts TXT record
    QString mtaStsPolicy;     // the fetched policy text
    QString mtaStsMode;       // "enforce", "testing", "none", or ""
    QStringList mtaStsMx;     // the policy's mx: patterns
    QString tlsRpt;           // the _smtp._tls record
    // MX host -> its TLSA records as text ("3 1 1 abcd..."); absent: not looked up
    QMap<QString, QStringList> tlsa;
    std::optional<bool> dnssecValidated; // nullopt: DANE not checked
};

// A whole domain: its DNS policy and every MX host (each audited on its own).
struct DomainAuditReport
{
    QString domain;
    DomainDnsFindings dns;
    QList<AuditCheck> checks; // the domain-level checks (DNS policy)
    QList<HostAuditReport> hosts;
    AuditGradeResult grade;
    qint64 totalMs = 0;
};

} // namespace SmtpTutor
