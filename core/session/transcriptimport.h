#pragma once

#include "session/transcript.h"

#include <QByteArray>
#include <QString>

namespace SmtpTutor {

// Reads a recorded session back into a Transcript: a probe's JSON report
// ({"host", "port", "transcript": [...], ...}) or an exported transcript (the array that
// Transcript::toJson writes). It accepts the shapes and direction names that a recording may
// have, as ReplayScenario does (core/server/replayscenario.cpp), and keeps the notes, the
// message lines and the times as well, which a diagram needs and a replay does not.
// Every line goes in through the Transcript's own add functions, so a recording that holds an
// unmasked AUTH line is masked on the way in, like a live session.
class TranscriptImport
{
public:
    // Larger than any probe report; an exported transcript with a 10 MB message fits.
    static constexpr qsizetype MaxInputSize = 64 * 1024 * 1024;

    struct Result
    {
        bool ok = false;
        QString error; // why it could not be read (when !ok)
        bool isProbeReport = false; // a probe's report rather than a bare transcript
        QString host; // the probed host, else the host name the greeting gives, else empty
    };

    static Result read(const QByteArray &json, Transcript *into);
};

} // namespace SmtpTutor
