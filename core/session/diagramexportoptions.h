#pragma once

namespace SmtpTutor {

// What the diagram writers (Mermaid, SVG) add beyond the arrows, notes and TLS bands.
// Neither writer draws the lesson's Expected arrow: an export is the record of what was said.
struct DiagramExportOptions
{
    bool showTimes = false; // each arrow's time since the previous one ("+12 ms"), as in a probe
};

} // namespace SmtpTutor
