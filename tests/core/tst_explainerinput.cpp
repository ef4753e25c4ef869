// Hostile text given to the explainer (what `smtp-tutor-cli explain -` and the GUI's "Explain a
// reply" tab pass on): whatever it holds, the explanation printed for a terminal shows no
// control character. Found by tests/fuzz/fuzz_explainer (its input is in the corpus there).

#include "reference/explainer.h"

#include <QTest>

using namespace SmtpTutor;

class TestExplainerInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedReplyIsEscaped_data();
    void quotedReplyIsEscaped();
};

namespace {

// The first control character in text other than the line ends, or -1.
qsizetype firstControl(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c != u'\n' && (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)))
            return i;
    }
    return -1;
}

} // namespace

void TestExplainerInput::quotedReplyIsEscaped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("shownInNote");

    // A bounce that quotes the remote server, with a terminal escape sequence and a bell in
    // the quoted text: the explainer finds the reply inside and quotes it in a note.
    QTest::newRow("escape sequence in a bounce")
        << QStringLiteral("<bob@example.net>: host mx.example.net said: 550 5.1.1 <bob@example.net>"
                          "\x1b[2J\x07 User unknown (in reply to RCPT TO command)")
        << QStringLiteral("550 5.1.1 <bob@example.net>\\x1B[2J\\x07 User unknown");
    // The fuzzer's input: a Postfix log line that ends in NUL bytes.
    QTest::newRow("NUL bytes after a log line")
        << QStringLiteral("postfix/smtpd[1234]: warning: unknown[192.0.2.7]: SASL LOGIN authentication "
                          "failed: 535 5.7.8 Error: authentication f")
            + QString(3, QChar(0))
        << QStringLiteral("535 5.7.8 Error: authentication f\\x00\\x00\\x00");
}

void TestExplainerInput::quotedReplyIsEscaped()
{
    QFETCH(QString, input);
    QFETCH(QString, shownInNote);

    const Explanation explanation = Explainer().explain(input);
    QVERIFY2(explanation.isValid(), qPrintable(explanation.error));
    QCOMPARE(explanation.kind, Explanation::Kind::Reply);

    const QString text = explanation.toText(78);
    QCOMPARE(firstControl(text), -1);
    QVERIFY2(explanation.notes.join(u'\n').contains(shownInNote), qPrintable(explanation.notes.join(u'\n')));
}

QTEST_APPLESS_MAIN(TestExplainerInput)
#include "tst_explainerinput.moc"
