#pragma once

#include "audit/auditreport.h"
#include "client/probereport.h"

#include <QList>
#include <QWidget>

namespace SmtpTutor {

// The timings as a waterfall, drawn with QPainter: one bar per step, offset by the moment it
// started, the step's name on the left and its milliseconds at the bar's end. Steps of a probe
// follow one another (Sequential); an audit's checks run side by side from the start (Parallel).
// It takes keyboard focus; Up and Down pick a bar, whose numbers then become the accessible
// description, so a screen reader says what the picture shows.
class TimingWaterfall : public QWidget
{
    Q_OBJECT
public:
    enum class Layout { Sequential, Parallel };
    explicit TimingWaterfall(QWidget *parent = nullptr);

    void setTimings(const QList<StepTiming> &timings, Layout layout = Layout::Sequential);
    // An audit's steps and checks, each with the moment it started (they overlap).
    void setTimings(const QList<AuditTiming> &timings);
    int barCount() const { return int(m_bars.size()); }
    QRect barRect(int index) const; // where bar `index` is drawn, in widget coordinates
    int currentBar() const { return m_current; }
    QString barText(int index) const; // "EHLO: starts at 12 ms, takes 3 ms"
    static QString stepLabel(const QString &step); // "ehlo_tls" -> "EHLO after TLS"

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Bar
    {
        QString label;
        qint64 start = 0;
        qint64 ms = 0;
    };
    int rowHeight() const;
    int labelWidth() const;
    int valueWidth() const;
    qint64 span() const;
    void setCurrentBar(int index);
    void barsChanged();
    void paintAxis(class QPainter &painter) const;

    QList<Bar> m_bars;
    int m_current = -1;
};

} // namespace SmtpTutor
