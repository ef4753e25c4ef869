// Transcript: swaks-like marks, one entry per wire line, escaping of server text, masking of
// every AUTH secret (in the text, the notes and both exports), the append signal, JSON shape.
#include "protocol/replyparser.h"
#include "session/transcript.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace SmtpTutor;

Q_DECLARE_METATYPE(SmtpTutor::Direction)
Q_DECLARE_METATYPE(SmtpTutor::Secrecy)

namespace {

// Everything a transcript can show, joined: the lines, the notes and both exports.
QString everything(const Transcript &t)
{
    QString all = t.toText();
    all += QString::fromUtf8(QJsonDocument(t.toJson()).toJson());
    for (const TranscriptEntry &e : t.entries())
        all += e.text + e.maskNote + e.explanation;
    return all;
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marks_data()
    {
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<bool>("tls");
        QTest::addColumn<QString>("mark");
        QTest::newRow("client clear") << Direction::Client << false << QStringLiteral("->");
        QTest::newRow("client tls") << Direction::Client << true << QStringLiteral("~>");
        QTest::newRow("server clear") << Direction::Server << false << QStringLiteral("<-");
        QTest::newRow("server tls") << Direction::Server << true << QStringLiteral("<~");
        QTest::newRow("info") << Direction::Info << false << QStringLiteral("===");
        QTest::newRow("info tls") << Direction::Info << true << QStringLiteral("===");
        QTest::newRow("error") << Direction::Error << false << QStringLiteral("***");
    }
    void marks()
    {
        QFETCH(Direction, direction);
        QFETCH(bool, tls);
        QFETCH(QString, mark);
        QCOMPARE(Transcript::mark(direction, tls), mark);
    }

    void maskedClientLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Secrecy>("secrecy");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("hasNote");
        QTest::newRow("plain command") << QStringLiteral("MAIL FROM:<a@example.com>") << Secrecy::None
                                       << QStringLiteral("MAIL FROM:<a@example.com>") << false;
        QTest::newRow("auth plain ir") << QStringLiteral("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=")
                                       << Secrecy::AuthCommand << QStringLiteral("AUTH PLAIN ****") << true;
        QTest::newRow("lower case") << QStringLiteral("auth plain AGFsaWNlAHdvbmRlcmxhbmQ=")
                                    << Secrecy::AuthCommand << QStringLiteral("auth plain ****") << true;
        QTest::newRow("auth login ir") << QStringLiteral("AUTH LOGIN YWxpY2U=") << Secrecy::AuthCommand
                                       << QStringLiteral("AUTH LOGIN ****") << true;
        QTest::newRow("no initial response")
            << QStringLiteral("AUTH LOGIN") << Secrecy::AuthCommand << QStringLiteral("AUTH LOGIN") << false;
        QTest::newRow("empty initial response") << QStringLiteral("AUTH PLAIN =") << Secrecy::AuthCommand
                                                << QStringLiteral("AUTH PLAIN =") << false;
        QTest::newRow("extra spaces") << QStringLiteral("AUTH  PLAIN   AGFsaWNl") << Secrecy::AuthCommand
                                      << QStringLiteral("AUTH  PLAIN   ****") << true;
        QTest::newRow("response") << QStringLiteral("d29uZGVybGFuZA==") << Secrecy::AuthResponse
                                  << QStringLiteral("****") << true;
        QTest::newRow("cancel") << QStringLiteral("*") << Secrecy::AuthResponse << QStringLiteral("*")
                                << true;
    }
    void maskedClientLine()
    {
        QFETCH(QString, line);
        QFETCH(Secrecy, secrecy);
        QFETCH(QString, shown);
        QFETCH(bool, hasNote);
        QString note = QStringLiteral("stale");
        QCOMPARE(Transcript::maskedClientLine(line, secrecy, &note), shown);
        QCOMPARE(!note.isEmpty(), hasNote);

        // The member path masks the same way.
        Transcript t;
        t.addClientLine(line.toUtf8(), false, secrecy);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t.entries().first().text, shown);
        QCOMPARE(t.entries().first().direction, Direction::Client);
    }

    // One row per conversation; none of `secrets` may appear anywhere in what the transcript shows.
    void masking_data()
    {
        QTest::addColumn<QList<QByteArray>>("script"); // "C:" client line (secrecy after '|'), "S:" reply
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QStringList>("notes"); // expected notes, in order, of the masked lines
        const QStringList aliceSecrets { QStringLiteral("AGFsaWNlAHdvbmRlcmxhbmQ="),
            QStringLiteral("wonderland"), QStringLiteral("YWxpY2U="), QStringLiteral("d29uZGVybGFuZA=="),
            QStringLiteral("alice") };
        QTest::newRow("plain initial response")
            << QList<QByteArray> { "C:EHLO client.test", "S:250 mail.example.com",
                   "C:AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=|command", "S:235 2.7.0 Authentication successful" }
            << aliceSecrets << QStringList { QStringLiteral("user name and password") };
        QTest::newRow("login with prompts") << QList<QByteArray> {
            "C:AUTH LOGIN|command", "S:334 VXNlcm5hbWU6", "C:YWxpY2U=|response", "S:334 UGFzc3dvcmQ6",
            "C:d29uZGVybGFuZA==|response", "S:235 2.7.0 Authentication successful"
        } << aliceSecrets << QStringList { QStringLiteral("user name"), QStringLiteral("password") };
        QTest::newRow("caller forgot to say")
            << QList<QByteArray> { "C:AUTH LOGIN", "S:334 VXNlcm5hbWU6", "C:YWxpY2U=", "S:334 UGFzc3dvcmQ6",
                   "C:d29uZGVybGFuZA==", "S:535 5.7.8 Error: authentication failed" }
            << aliceSecrets << QStringList { QStringLiteral("user name"), QStringLiteral("password") };
        QTest::newRow("plain without initial response")
            << QList<QByteArray> { "C:auth plain", "S:334 ", "C:AGFsaWNlAHdvbmRlcmxhbmQ=" } << aliceSecrets
            << QStringList { QStringLiteral("user name and password") };
        QTest::newRow("forgotten initial response")
            << QList<QByteArray> { "C:Auth Plain AGFsaWNlAHdvbmRlcmxhbmQ=" } << aliceSecrets
            << QStringList { QStringLiteral("user name and password") };
        QTest::newRow("cram-md5")
            << QList<QByteArray> { "C:AUTH CRAM-MD5|command", "S:334 PDEyMzQ1QG1haWwuZXhhbXBsZS5jb20+",
                   "C:YWxpY2UgNmQ1ZTRmM2EyYjFjMGQ5ZThmN2E2YjVjNGQzZTJmMWE=|response" }
            << QStringList { QStringLiteral("YWxpY2UgNmQ1ZTRmM2EyYjFjMGQ5ZThmN2E2YjVjNGQzZTJmMWE="),
                   QStringLiteral("alice"), QStringLiteral("6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a") }
            << QStringList { QStringLiteral("digest") };
    }
    void masking()
    {
        QFETCH(QList<QByteArray>, script);
        QFETCH(QStringList, secrets);
        QFETCH(QStringList, notes);
        Transcript t;
        for (const QByteArray &step : script) {
            const QByteArray body = step.mid(2);
            if (step.startsWith("S:")) {
                t.addReply(
                    Reply(body.left(3).toInt(), QStringList { QString::fromLatin1(body.mid(4)) }), true);
            } else {
                const qsizetype bar = body.indexOf('|');
                Secrecy secrecy = Secrecy::None;
                if (bar >= 0)
                    secrecy = body.mid(bar + 1) == "command" ? Secrecy::AuthCommand : Secrecy::AuthResponse;
                t.addClientLine(bar >= 0 ? body.left(bar) : body, true, secrecy);
            }
        }
        const QString all = everything(t);
        for (const QString &secret : secrets)
            QVERIFY2(
                !all.contains(secret, Qt::CaseInsensitive), qPrintable(QStringLiteral("leaked: ") + secret));

        QStringList seen;
        for (const TranscriptEntry &e : t.entries()) {
            if (e.direction == Direction::Client && e.text.endsWith(QLatin1String("****")))
                seen << e.maskNote;
        }
        QCOMPARE(seen.size(), notes.size());
        for (qsizetype i = 0; i < notes.size(); ++i)
            QVERIFY2(seen.at(i).contains(notes.at(i)), qPrintable(seen.at(i)));
        // The note is shown next to the masked line in the text export.
        QVERIFY(t.toText().contains(seen.first()));
    }

    void cancelIsShown()
    {
        Transcript t;
        t.addClientLine("AUTH LOGIN", true, Secrecy::AuthCommand);
        t.addReply(Reply(334, { QStringLiteral("VXNlcm5hbWU6") }), true);
        t.addClientLine("*", true);
        t.addReply(Reply(501, { QStringLiteral("5.7.0 Authentication aborted") }), true);
        t.addClientLine("QUIT", true);
        QCOMPARE(t.entries().at(2).text, QStringLiteral("*"));
        QVERIFY(t.entries().at(2).maskNote.contains(QLatin1String("cancel")));
        // After the final reply, ordinary lines are no longer treated as answers.
        QCOMPARE(t.entries().at(4).text, QStringLiteral("QUIT"));
        QVERIFY(t.entries().at(4).maskNote.isEmpty());
    }

    void replyRows()
    {
        Transcript t;
        t.addReply(Reply(250,
                       { QStringLiteral("mail.example.com"), QStringLiteral("PIPELINING"),
                           QStringLiteral("STARTTLS") }),
            false, QStringLiteral("EHLO accepted"), QStringLiteral("RFC 5321 s.4.1.1.1"));
        t.addReply(Reply(550, EnhancedStatus(5, 1, 1), QStringLiteral("User unknown")), true);
        t.addReply(Reply(354, QStringList {}), false);

        QCOMPARE(t.size(), 5);
        const auto &e = t.entries();
        QCOMPARE(e.at(0).text, QStringLiteral("250-mail.example.com"));
        QCOMPARE(e.at(1).text, QStringLiteral("250-PIPELINING"));
        QCOMPARE(e.at(2).text, QStringLiteral("250 STARTTLS"));
        QVERIFY(!e.at(0).isLastLineOfReply);
        QVERIFY(e.at(2).isLastLineOfReply);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(e.at(i).direction, Direction::Server);
            QCOMPARE(e.at(i).replyCode, 250);
            QVERIFY(!e.at(i).tls);
        }
        QVERIFY(e.at(0).explanation.isEmpty());
        QCOMPARE(e.at(2).explanation, QStringLiteral("EHLO accepted"));
        QCOMPARE(e.at(2).rfcSection, QStringLiteral("RFC 5321 s.4.1.1.1"));

        QCOMPARE(e.at(3).text, QStringLiteral("550 5.1.1 User unknown"));
        QCOMPARE(e.at(3).enhancedStatus, QStringLiteral("5.1.1"));
        QVERIFY(e.at(3).tls);
        QCOMPARE(e.at(4).text, QStringLiteral("354"));

        const QStringList lines = t.toText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        const QRegularExpression row(QStringLiteral(R"(^\[\+\d+\.\d{3}s\] (->|<-|~>|<~|===|\*\*\*) .*$)"));
        for (const QString &line : lines)
            QVERIFY2(row.match(line).hasMatch(), qPrintable(line));
        QVERIFY(lines.at(0).endsWith(QLatin1String("<- 250-mail.example.com")));
        QVERIFY(lines.at(3).endsWith(QLatin1String("<~ 550 5.1.1 User unknown")));
    }

    void serverTextIsEscaped()
    {
        Transcript t;
        const QString hostile = QStringLiteral("2.0.0 Ok\x1b[2J\x07 and\ta tab");
        t.addReply(Reply(250, { hostile }), false);
        const QString text = t.entries().first().text;
        for (const QChar c : text)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(text));
        QVERIFY(text.contains(QLatin1String("\\x1B[2J")));
        QVERIFY(text.contains(QLatin1String("\\t")));
        QVERIFY(!t.toText().contains(QChar(0x1b)));

        // Client bytes are escaped too (a learner can paste anything).
        t.addClientLine(QByteArrayView("NOOP \x01\xff"), false);
        QCOMPARE(t.entries().last().text, QStringLiteral("NOOP \\x01\\xFF"));
    }

    void invalidUtf8FromServerShowsItsBytes()
    {
        // A reply read off the wire keeps its bytes: invalid UTF-8 is shown as \xNN, not as U+FFFD.
        ReplyParser parser;
        QVERIFY(parser.feed("250-caf\xe9\r\n250 ok\xff\r\n"));
        const std::optional<Reply> reply = parser.takeReply();
        QVERIFY(reply);
        Transcript t;
        t.addReply(*reply, false);
        QCOMPARE(t.entries().at(0).text, QStringLiteral("250-caf\\xE9"));
        QCOMPARE(t.entries().at(1).text, QStringLiteral("250 ok\\xFF"));
        QVERIFY(!t.toText().contains(QChar(0xfffd)));
    }

    void infoAndError()
    {
        Transcript t;
        t.addInfo(QStringLiteral("Connected to 127.0.0.1:25025"));
        t.addError(QStringLiteral("Certificate expired"), true);
        QCOMPARE(t.entries().at(0).direction, Direction::Info);
        QCOMPARE(t.entries().at(1).direction, Direction::Error);
        QVERIFY(t.entries().at(1).tls);
        QVERIFY(t.toText().contains(QLatin1String("=== Connected to 127.0.0.1:25025")));
        QVERIFY(t.toText().contains(QLatin1String("*** Certificate expired")));
    }

    void appendAndClearSignals()
    {
        Transcript t;
        QSignalSpy appended(&t, &Transcript::entriesAppended);
        QSignalSpy cleared(&t, &Transcript::cleared);
        t.addInfo(QStringLiteral("hello"));
        t.addReply(Reply(250, { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }), false);
        t.addClientLine("QUIT", false);
        QCOMPARE(appended.size(), 3);
        QCOMPARE(appended.at(0).at(0).value<qsizetype>(), qsizetype(0));
        QCOMPARE(appended.at(0).at(1).value<qsizetype>(), qsizetype(0));
        // A multi-line reply arrives in one signal covering all its lines.
        QCOMPARE(appended.at(1).at(0).value<qsizetype>(), qsizetype(1));
        QCOMPARE(appended.at(1).at(1).value<qsizetype>(), qsizetype(3));
        QCOMPARE(appended.at(2).at(0).value<qsizetype>(), qsizetype(4));

        t.clear();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(t.size(), 0);
        QVERIFY(t.toText().isEmpty());
        QVERIFY(t.toJson().isEmpty());
    }

    void timesAreMonotonic()
    {
        Transcript t;
        t.addInfo(QStringLiteral("start"));
        QTest::qWait(30);
        t.addInfo(QStringLiteral("later"));
        QVERIFY(t.entries().at(1).elapsedMs >= t.entries().at(0).elapsedMs + 25);
        QVERIFY(t.entries().at(0).elapsedMs < 1000);
    }

    void jsonShape()
    {
        Transcript t;
        t.addInfo(QStringLiteral("Connected"));
        t.addReply(Reply(220, { QStringLiteral("mail.example.com ESMTP") }), false);
        t.addClientLine("EHLO client.test", false);
        t.addReply(Reply(250, { QStringLiteral("mail.example.com"), QStringLiteral("AUTH PLAIN LOGIN") }),
            true, QStringLiteral("capabilities"), QStringLiteral("RFC 5321 s.4.1.1.1"));
        t.addClientLine("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=", true, Secrecy::AuthCommand);
        t.addReply(Reply(535, EnhancedStatus(5, 7, 8), QStringLiteral("Error: authentication failed")), true);
        t.addError(QStringLiteral("Authentication failed"), true);

        // The export survives a round trip through text and keeps one object per entry.
        const QJsonArray array = QJsonDocument::fromJson(QJsonDocument(t.toJson()).toJson()).array();
        QCOMPARE(array.size(), t.size());
        const QStringList dirs { QStringLiteral("client"), QStringLiteral("server"), QStringLiteral("info"),
            QStringLiteral("error") };
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            QVERIFY(o.value(QLatin1String("t_ms")).isDouble());
            QVERIFY(dirs.contains(o.value(QLatin1String("dir")).toString()));
            QVERIFY(o.value(QLatin1String("text")).isString());
            QVERIFY(o.value(QLatin1String("tls")).isBool());
            const bool server = o.value(QLatin1String("dir")).toString() == QLatin1String("server");
            QCOMPARE(o.contains(QLatin1String("code")), server);
        }
        QCOMPARE(array.at(0).toObject().value(QLatin1String("dir")).toString(), QStringLiteral("info"));
        QCOMPARE(array.at(1).toObject().value(QLatin1String("code")).toInt(), 220);
        QCOMPARE(array.at(2).toObject().value(QLatin1String("text")).toString(),
            QStringLiteral("EHLO client.test"));
        QCOMPARE(array.at(3).toObject().value(QLatin1String("more")).toBool(), true);
        QVERIFY(!array.at(3).toObject().contains(QLatin1String("explanation")));
        QCOMPARE(array.at(4).toObject().value(QLatin1String("explanation")).toString(),
            QStringLiteral("capabilities"));
        QCOMPARE(array.at(4).toObject().value(QLatin1String("tls")).toBool(), true);
        QCOMPARE(array.at(5).toObject().value(QLatin1String("text")).toString(),
            QStringLiteral("AUTH PLAIN ****"));
        QVERIFY(array.at(5)
                    .toObject()
                    .value(QLatin1String("mask_note"))
                    .toString()
                    .contains(QLatin1String("password")));
        QCOMPARE(array.at(6).toObject().value(QLatin1String("enhanced")).toString(), QStringLiteral("5.7.8"));
        QCOMPARE(array.at(7).toObject().value(QLatin1String("dir")).toString(), QStringLiteral("error"));
    }

    void tenThousandLinesAreQuick()
    {
        Transcript t;
        QSignalSpy appended(&t, &Transcript::entriesAppended);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 5000; ++i) {
            t.addClientLine(QByteArray("RCPT TO:<user") + QByteArray::number(i) + "@example.com>", i % 2);
            t.addReply(Reply(250, EnhancedStatus(2, 1, 5), QStringLiteral("Ok")), i % 2);
        }
        const qint64 appendMs = timer.elapsed();
        QCOMPARE(t.size(), 10000);
        QCOMPARE(appended.size(), 10000);
        timer.restart();
        const QString text = t.toText();
        const QJsonArray json = t.toJson();
        const qint64 exportMs = timer.elapsed();
        QCOMPARE(text.count(u'\n'), 10000);
        QCOMPARE(json.size(), 10000);
        qInfo("10,000 lines: append %lld ms, export text+json %lld ms", appendMs, exportMs);
        // Generous bounds (they hold under ASan on a busy CI machine); a quadratic append would not.
        QVERIFY2(appendMs < 2000, qPrintable(QString::number(appendMs)));
        QVERIFY2(exportMs < 3000, qPrintable(QString::number(exportMs)));
    }
};

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
