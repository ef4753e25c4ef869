// The diagram writers: Mermaid text and SVG, both read from the DiagramLayout.
#include "lesson/lesson.h"
#include "lesson/lessonrunner.h"
#include "lesson/simulatorsession.h"
#include "session/diagramlayout.h"
#include "session/mermaiddiagramwriter.h"
#include "session/svgdiagramwriter.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace SmtpTutor;

namespace {

DiagramLayout lessonLayout(SimulatorSession &session)
{
    auto lesson = Lesson::load(QStringLiteral("handshake"));
    LessonRunner runner(&session);
    if (!lesson || !runner.start(*lesson))
        return {};
    while (!runner.isFinished())
        runner.submit(runner.suggestedLine().toUtf8());
    DiagramLayout layout;
    layout.setLanes(QStringLiteral("you"), QStringLiteral("mail.example.com"));
    layout.rebuild(*session.transcript());
    return layout;
}

int countLinesStartingWith(const QString &text, const QString &prefix)
{
    int n = 0;
    for (const QString &line : text.split(u'\n'))
        n += line.trimmed().startsWith(prefix);
    return n;
}

struct SvgContent
{
    QStringList texts; // every <text>, in order
    QStringList classes; // every class attribute
    QString error;
};

SvgContent readSvg(const QByteArray &svg)
{
    SvgContent content;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.attributes().hasAttribute(QLatin1String("class")))
            content.classes.append(xml.attributes().value(QLatin1String("class")).toString());
        if (xml.name() == QLatin1String("text"))
            content.texts.append(xml.readElementText());
    }
    if (xml.hasError())
        content.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return content;
}

// A session that logs in twice: AUTH PLAIN with an initial response, then AUTH LOGIN.
void authenticateTwice(Transcript &transcript)
{
    transcript.addReply(Reply(220, { QStringLiteral("mail.example.com ESMTP") }), true);
    transcript.addClientLine("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", true);
    transcript.addReply(Reply(235, { QStringLiteral("2.7.0 Authentication successful") }), true);
    transcript.addClientLine("AUTH LOGIN", true);
    transcript.addReply(Reply(334, { QStringLiteral("VXNlcm5hbWU6") }), true);
    transcript.addClientLine("YWxpY2U=", true);
    transcript.addReply(Reply(334, { QStringLiteral("UGFzc3dvcmQ6") }), true);
    transcript.addClientLine("d29uZGVybGFuZA==", true);
    transcript.addReply(Reply(235, { QStringLiteral("2.7.0 Authentication successful") }), true);
}

const char *const Secrets[] = { "AGFsaWNlAHdvbmRlcmxhbmQ", "YWxpY2U", "d29uZGVybGFuZA", "wonderland" };

} // namespace

class TestDiagramWriters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mermaidHasOneLinePerArrow();
    void mermaidEscapesWhatItWouldMisread();
    void svgIsWellFormedWithTextElements();
    void svgStaysWellFormedWithControlCharacters();
    void neitherContainsACredential();
    void timesAreShownOnRequest();
};

void TestDiagramWriters::mermaidHasOneLinePerArrow()
{
    SimulatorSession session;
    const DiagramLayout layout = lessonLayout(session);
    const QString mermaid = MermaidDiagramWriter::write(layout);
    QVERIFY(mermaid.startsWith(QLatin1String("sequenceDiagram\n    participant C as you\n")));
    QCOMPARE(countLinesStartingWith(mermaid, QStringLiteral("participant ")), 2);
    QVERIFY(mermaid.contains(QLatin1String("participant S as mail.example.com\n")));
    int commands = 0, replies = 0;
    for (const DiagramArrow &arrow : layout.arrows())
        (arrow.kind == DiagramArrow::Kind::Reply ? replies : commands) += 1;
    QCOMPARE(countLinesStartingWith(mermaid, QStringLiteral("C->>S: ")), commands);
    QCOMPARE(countLinesStartingWith(mermaid, QStringLiteral("S-->>C: ")), replies);
    QCOMPARE(countLinesStartingWith(mermaid, QStringLiteral("Note over C,S: ")), layout.notes().size() + 1);
    // The EHLO reply folded as in the GUI, with its class mark; the message as one line.
    QVERIFY(mermaid.contains(QStringLiteral("S-->>C: \u2713 250-mail.example.com (+9 lines)\n")));
    QVERIFY(mermaid.contains(QStringLiteral("C->>S: message#58; 5 lines, ")));
    // The TLS part sits in one rect block that opens with the TLS note and runs to the end.
    QCOMPARE(countLinesStartingWith(mermaid, QStringLiteral("rect rgb(")), 1);
    const qsizetype rect = mermaid.indexOf(QLatin1String("rect rgb("));
    QVERIFY(mermaid.indexOf(QLatin1String("C->>S: STARTTLS")) < rect);
    QVERIFY(mermaid.indexOf(QLatin1String("AUTH LOGIN")) > rect);
    QVERIFY(mermaid.mid(rect).split(u'\n').value(1).trimmed().startsWith(
        QLatin1String("Note over C,S: TLS#58; TLS")));
    QVERIFY(mermaid.endsWith(QLatin1String("    end\n")));
}

void TestDiagramWriters::mermaidEscapesWhatItWouldMisread()
{
    QCOMPARE(MermaidDiagramWriter::escape(QStringLiteral("MAIL FROM:<a@b.example>")),
        QStringLiteral("MAIL FROM#58;#60;a@b.example#62;"));
    QCOMPARE(
        MermaidDiagramWriter::escape(QStringLiteral("a;b#c%%d")), QStringLiteral("a#59;b#35;c#37;#37;d"));
    Transcript transcript;
    transcript.addClientLine("RCPT TO:<x@y.example>; #1", false);
    DiagramLayout layout;
    layout.setLanes(QStringLiteral("a;b"), QStringLiteral("host:25"));
    layout.rebuild(transcript);
    const QString mermaid = MermaidDiagramWriter::write(layout);
    QVERIFY(mermaid.contains(QLatin1String("participant C as a#59;b\n")));
    QVERIFY(mermaid.contains(QLatin1String("participant S as host#58;25\n")));
    QVERIFY(mermaid.contains(QLatin1String("C->>S: RCPT TO#58;#60;x@y.example#62;#59; #35;1\n")));
}

void TestDiagramWriters::svgIsWellFormedWithTextElements()
{
    SimulatorSession session;
    const DiagramLayout layout = lessonLayout(session);
    const SvgContent svg = readSvg(SvgDiagramWriter::write(layout));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QVERIFY(svg.texts.contains(QStringLiteral("you")));
    QVERIFY(svg.texts.contains(QStringLiteral("mail.example.com")));
    QVERIFY(svg.texts.contains(QStringLiteral("EHLO laptop.example.org")));
    QVERIFY(svg.texts.contains(QStringLiteral("\u2713 250 2.1.5 Ok")));
    QVERIFY(svg.texts.contains(QStringLiteral("\u2026 354 End data with <CR><LF>.<CR><LF>")));
    QVERIFY(svg.texts.contains(QStringLiteral("TLS: TLS")));
    QVERIFY(svg.texts.contains(QStringLiteral("Connection closed by the server")));
    QCOMPARE(svg.classes.count(QStringLiteral("band")), 1);
    QCOMPARE(svg.classes.count(QStringLiteral("note")), layout.notes().size());
    QCOMPARE(svg.classes.count(QStringLiteral("arrow reply c2")), 9);
    QCOMPARE(svg.classes.count(QStringLiteral("arrow reply c3")), 3); // 334, 334, 354
    int messages = 0;
    for (const QString &text : svg.texts)
        messages += text.startsWith(QLatin1String("message: 5 lines, "));
    QCOMPARE(messages, 1);
}

void TestDiagramWriters::svgStaysWellFormedWithControlCharacters()
{
    Transcript transcript;
    transcript.addError(QStringLiteral("odd \x01 byte and a lone \xd800 surrogate & <tag>"));
    DiagramLayout layout;
    layout.setLanes(QStringLiteral("c\x02"), QStringLiteral("s"));
    layout.rebuild(transcript);
    const SvgContent svg = readSvg(SvgDiagramWriter::write(layout));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QCOMPARE(svg.classes.count(QStringLiteral("note error")), 1);
    QVERIFY(svg.texts.join(u'|').contains(QLatin1String("& <tag>")));
}

void TestDiagramWriters::neitherContainsACredential()
{
    Transcript transcript;
    authenticateTwice(transcript);
    DiagramLayout layout;
    layout.rebuild(transcript);
    const QString mermaid = MermaidDiagramWriter::write(layout, { true });
    const QString svg = QString::fromUtf8(SvgDiagramWriter::write(layout, { true }));
    for (const char *secret : Secrets) {
        QVERIFY2(!mermaid.contains(QLatin1String(secret)), secret);
        QVERIFY2(!svg.contains(QLatin1String(secret)), secret);
    }
    QVERIFY(mermaid.contains(QLatin1String("C->>S: AUTH PLAIN **** (+")));
    QCOMPARE(countLinesStartingWith(mermaid, QStringLiteral("C->>S: ****")), 2);
    QCOMPARE(readSvg(svg.toUtf8()).texts.count(QStringLiteral("****")), 2);
}

void TestDiagramWriters::timesAreShownOnRequest()
{
    Transcript transcript;
    transcript.addReply(Reply(220, { QStringLiteral("hi") }), false);
    QTest::qWait(20);
    transcript.addClientLine("QUIT", false);
    DiagramLayout layout;
    layout.rebuild(transcript);
    layout.setExpected(QStringLiteral("QUIT")); // a lesson hint is never exported
    const qint64 gap = layout.arrows().at(1).sincePreviousMs;
    QVERIFY(gap >= 15);
    const QString plain = MermaidDiagramWriter::write(layout);
    QVERIFY(plain.contains(QLatin1String("C->>S: QUIT\n")));
    QVERIFY(!plain.contains(QLatin1String("your turn")));
    const QString timed = MermaidDiagramWriter::write(layout, { true });
    QVERIFY(timed.contains(QStringLiteral("C->>S: QUIT (+%1 ms)\n").arg(gap)));
    const SvgContent svg = readSvg(SvgDiagramWriter::write(layout, { true }));
    QVERIFY(svg.texts.contains(QStringLiteral("+%1 ms").arg(gap)));
    QVERIFY(!svg.texts.join(u'|').contains(QLatin1String("your turn")));
}

QTEST_GUILESS_MAIN(TestDiagramWriters)
#include "tst_diagramwriters.moc"
