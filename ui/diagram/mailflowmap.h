#pragma once

#include <QList>
#include <QRectF>
#include <QWidget>

namespace SmtpTutor {

struct Scenario;

// The map of where a message travels: the sender's mail program, the submission server, the
// sending MTA, the recipient domain's MX and the mailbox, joined by four hops. The hop the
// current session plays is highlighted (in colour and with a "this session" mark); the hop the
// learner picked (click, or Left/Right and Enter) has its explanation under the map.
// Wide, the stations stand in a row of boxes; at a dock's width they are dots on one line with
// their names below; narrower still, a line map from top to bottom with one row per station.
class MailFlowMap : public QWidget
{
    Q_OBJECT
public:
    enum class Hop { None = -1, Submission, Handoff, Relay, Delivery };
    Q_ENUM(Hop)
    static constexpr int HopCount = 4;
    static constexpr int StationCount = HopCount + 1;

    explicit MailFlowMap(QWidget *parent = nullptr);

    // Which hop a session on this port plays: 587, 465 and 2525 are submission (RFC 6409,
    // RFC 8314), 25 is MTA to MX (RFC 5321 s.5.1); any other port plays no hop of the map.
    static Hop hopForPort(int port);
    static Hop hopForScenario(const Scenario &scenario);

    // The hop the current session plays (highlighted). Also becomes the current hop.
    void setSessionHop(Hop hop);
    Hop sessionHop() const { return m_sessionHop; }
    // The hop whose explanation is shown under the map.
    void setCurrentHop(Hop hop);
    Hop currentHop() const { return m_currentHop; }
    // The current hop's explanation under the map (default). Without it, a click or Enter shows
    // the explanation as a tooltip (where room is short, as in the lesson panel).
    void setCaptionVisible(bool visible);
    bool isCaptionVisible() const { return m_captionVisible; }

    static QString stationName(int station);
    static QString hopLabel(Hop hop);       // "587 / 465"
    static QString hopTitle(Hop hop);       // "Submission: your program to your provider"
    static QString hopExplanation(Hop hop); // a few sentences in plain words

    // Where a hop is drawn (arrow and label), in widget coordinates; for tests and tooltips.
    QRectF hopRect(Hop hop) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void currentHopChanged(SmtpTutor::MailFlowMap::Hop hop);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Mode { Boxes, Strip, Line }; // wide, a dock's width, narrower
    struct Geometry
    {
        Mode mode = Mode::Boxes;
        QList<QRectF> stations; // StationCount boxes
        QList<QRectF> hops;     // HopCount areas between them (arrow and label)
        QRectF caption;         // the current hop's explanation
        qreal height = 0;
    };
    Geometry layoutFor(int width) const; // cached for the last width asked
    Geometry computeLayout(int width) const;
    qreal captionHeight(qreal width) const;
    qreal horizontalMinimumWidth() const;
    qreal stripMinimumWidth() const;
    qreal lineMinimumWidth() const;
    void layoutBoxes(Geometry &geometry, int width) const;
    void layoutStrip(Geometry &geometry, int width) const;
    void layoutLine(Geometry &geometry, int width) const;
    static QString captionHtml(const QString &title, const QString &text, bool thisSession);
    Hop hopAt(const QPointF &point) const;
    QString captionText() const;
    QString tooltipFor(Hop hop) const;
    bool touchesSessionHop(int station) const;
    void paintStation(QPainter &painter, const Geometry &geometry, int station) const;
    QRectF paintSessionTag(QPainter &painter, const QPointF &anchor, bool centred) const;
    void paintHop(QPainter &painter, const Geometry &geometry, int hop) const;
    void paintSummary(QPainter &painter) const;
    void updateAccessibleText();

    Hop m_sessionHop = Hop::None;
    Hop m_currentHop = Hop::None;
    bool m_captionVisible = true;
    mutable Geometry m_layout;
    mutable int m_layoutWidth = -1; // -1: nothing cached (start, font change)
};

} // namespace SmtpTutor
