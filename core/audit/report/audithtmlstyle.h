#pragma once

// The HTML report's style sheet (inline in the page; no file is fetched).
namespace SmtpTutor::AuditHtmlStyle {

inline constexpr const char *css = R"CSS(
body { font: 15px/1.45 system-ui, sans-serif; color: #1d1d1f; margin: 2em auto; max-width: 62em; padding: 0 1em; }
h1 { font-size: 1.5em; margin: 0 0 .4em; }
h2 { font-size: 1.25em; margin: 1.6em 0 .3em; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05em; margin: 1.2em 0 .3em; }
.grade { display: flex; align-items: center; gap: 1em; margin: .6em 0 1em; }
.letter { font-size: 2.6em; font-weight: bold; width: 1.6em; text-align: center; border: 3px solid; border-radius: .25em; }
.g-A { color: #1a7f37; } .g-B { color: #6a8f00; } .g-C { color: #b35900; }
.g-D, .g-E, .g-F { color: #b3261e; } .g-none { color: #555; }
.meta { color: #444; margin: .2em 0; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: .45em .5em; border-top: 1px solid #e3e3e3; }
td.status { white-space: nowrap; font-weight: bold; width: 6.5em; }
.pass { color: #1a7f37; } .warn { color: #9a6700; } .fail { color: #b3261e; }
.info { color: #0b5cad; } .error { color: #6e40c9; }
.title { font-weight: 600; }
.detail { font-family: ui-monospace, monospace; font-size: .9em; overflow-wrap: anywhere; }
.cap { font-size: .85em; border: 1px solid; border-radius: .3em; padding: 0 .3em; margin-left: .4em; }
dl { margin: .3em 0 0; display: grid; grid-template-columns: max-content 1fr; gap: .1em .8em; font-size: .92em; }
dt { font-weight: 600; color: #444; } dd { margin: 0; }
.bar { background: #0b5cad; height: .8em; min-width: 2px; }
.track { position: relative; width: 100%; }
td.step { width: 12em; font-family: ui-monospace, monospace; }
td.ms { width: 7em; text-align: right; white-space: nowrap; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  tr, section.host > h2 { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)CSS";

} // namespace SmtpTutor::AuditHtmlStyle
