#pragma once

#include "capabilities.h"
#include "certificatereport.h"
#include "clienterror.h"
#include "probeoptions.h"
#include "proberemedy.h"
#include "protocol/reply.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace SmtpTutor {

class Transcript;

struct Verdict
{
    enum class Level { Ok, Info, Warning, Error };
    Level level = Level::Info;
    QString text;
    static QString levelName(Level level); // "ok", "info", "warning", "error"
};

struct StepTiming
{
    QString step; // "connect", "greeting", "ehlo", "starttls", "tls", "ehlo_tls", "auth", ...
    qint64 ms = 0;
};

// How the session was encrypted in the end (TlsMode is what was asked for).
enum class TlsUsed { None, StartTls, Implicit };
QString tlsUsedName(TlsUsed used); // "none", "starttls", "implicit": the JSON and text form

struct RecipientResult
{
    QString address;
    Reply reply;
    bool accepted() const { return reply.isPositiveCompletion(); }
};

// Everything a probe learned, for the CLI (text and JSON) and the dialog.
struct ProbeReport
{
    QString host;
    quint16 port = 0;
    TlsMode tlsMode = TlsMode::Auto;
    TlsUsed tlsUsed = TlsUsed::None;

    bool ok = false;
    ProbeStage stage = ProbeStage::Connect; // where it failed, or Done
    ClientError error;
    QString diagnosis; // plain words for the failure, "" on success (no front end's terms)
    QList<ProbeRemedy> remedies; // what the user could change; each front end words it

    Reply greeting;
    bool usedHelo = false;
    Capabilities capabilitiesBeforeTls; // empty with implicit TLS (there is no "before")
    Capabilities capabilitiesAfterTls;
    bool startTlsOffered = false;
    bool injectionSeen = false;
    TlsReport tls;

    QString authMechanism;
    bool authenticated = false;
    QList<RecipientResult> recipients;
    Reply dataReply;

    QList<StepTiming> timings;
    qint64 totalMs = 0;
    QList<Verdict> verdicts;

    qint64 timing(const QString &step) const; // -1 when that step did not run
    QJsonObject toJson(const Transcript *transcript) const;
    // The report as text; `wording` says each remedy in the caller's terms (the CLI: its flags).
    QString toText(const RemedyWording &wording = {}) const;
};

// "550: Mailbox unavailable; 5.1.1: Bad destination mailbox address", from the reference catalog.
QString replyMeaning(const Reply &reply);

// A plain-words explanation of a failure: what it means and what to try.
QString diagnose(const ClientError &error, const ProbeOptions &options);

} // namespace SmtpTutor
