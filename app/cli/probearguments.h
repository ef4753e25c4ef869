#pragma once

// The probe subcommand's command line: its options, declared once, read into ProbeOptions, and
// the core's validation problems worded with the flag names a terminal user typed.

#include "client/probeoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace SmtpTutor::Cli {

struct ProbeFlags
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption port{QStringLiteral("port"), QStringLiteral("TCP port (default 25, or 465 with --tls implicit)."), QStringLiteral("N")};
    QCommandLineOption tls{QStringLiteral("tls"), QStringLiteral("none, starttls, implicit or auto (default: auto)."), QStringLiteral("MODE")};
    QCommandLineOption ehlo{QStringLiteral("ehlo"), QStringLiteral("Name to send with EHLO (default: this host's name)."), QStringLiteral("NAME")};
    QCommandLineOption user{QStringLiteral("user"), QStringLiteral("Log in (AUTH) as this user."), QStringLiteral("NAME")};
    QCommandLineOption passwordEnv{QStringLiteral("password-env"), QStringLiteral("Read the password (or the XOAUTH2 token) from this environment variable."), QStringLiteral("VAR")};
    QCommandLineOption passwordFile{QStringLiteral("password-file"), QStringLiteral("Read the password (or the XOAUTH2 token) from the first line of this file."), QStringLiteral("FILE")};
    QCommandLineOption auth{QStringLiteral("auth"), QStringLiteral("PLAIN, LOGIN, CRAM-MD5 or XOAUTH2 (default: chosen from the server's list)."), QStringLiteral("MECHANISM")};
    QCommandLineOption from{QStringLiteral("from"), QStringLiteral("Envelope sender (MAIL FROM)."), QStringLiteral("ADDR")};
    QCommandLineOption to{QStringLiteral("to"), QStringLiteral("Envelope recipient (RCPT TO); repeat for several."), QStringLiteral("ADDR")};
    QCommandLineOption send{QStringLiteral("send"), QStringLiteral("Really send a short test message (DATA).")};
    QCommandLineOption quitAfter{QStringLiteral("quit-after"), QStringLiteral("Stop after connect, ehlo, tls, auth, mail, rcpt or data."), QStringLiteral("STAGE")};
    QCommandLineOption cafile{QStringLiteral("cafile"), QStringLiteral("Trust only the certificates in this PEM file."), QStringLiteral("FILE")};
    QCommandLineOption insecure{QStringLiteral("insecure"), QStringLiteral("Go on despite certificate errors (this run only; they are still reported).")};
    QCommandLineOption allowPlaintext{QStringLiteral("allow-plaintext-auth"), QStringLiteral("Allow credentials without TLS (test servers only).")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("Seconds for the connect and for each reply (default 30); the whole session gets four times that."), QStringLiteral("SECONDS")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text.")};

    // The description, the HOST argument and every option above, in this order (the --help order).
    void declareOn(QCommandLineParser &parser) const;
};

// The options as typed, read from files, the environment or the terminal where the flags say so.
// Only what the command line itself can get wrong is refused here (a word that names no TLS
// mode, an unreadable file, a password source that does not work); the rules for the values
// are ProbeOptions::validate(). Sets *usageError and returns nothing on such a mistake.
std::optional<ProbeOptions> readProbeOptions(const QCommandLineParser &parser, const ProbeFlags &flags,
                                             QString *usageError);

// A validation problem in the CLI's words: the flag (or HOST) it is about, and what is wrong.
QString describeForCli(const ProbeOptionProblem &problem, const ProbeOptions &options);

} // namespace SmtpTutor::Cli
