#pragma once

#include "session/diagramexportoptions.h"
#include "session/diagramlayout.h"

#include <QString>

namespace SmtpTutor {

// Writes a DiagramLayout as Mermaid text (a `sequenceDiagram`), which documentation sites and
// code hosts render. One `participant` per lane (aliases C and S, so no host name can break the
// syntax), one message line per arrow (`->>` commands and the message, `-->>` replies, folded as
// in the GUI), notes as `Note over C,S`, each TLS band as a `rect` block opened by a `Note`
// with the protocol and cipher. Text comes from the layout, which shows the transcript's masked
// lines, so no credential can appear.
class MermaidDiagramWriter
{
public:
    static QString write(const DiagramLayout &layout, const DiagramExportOptions &options = {});
    // Mermaid entity codes ("#59;") for the characters its parser would read as syntax.
    static QString escape(const QString &text);
};

} // namespace SmtpTutor
