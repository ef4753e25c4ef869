#include "probedetailpages.h"

#include "report/certificatechainview.h"
#include "report/timingwaterfall.h"

#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace SmtpTutor {

CapabilitiesTable::CapabilitiesTable(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("capabilitiesView"));
    setAccessibleName(tr("Capabilities"));
    setRootIsDecorated(false);
    setHeaderLabels({tr("Extension"), tr("Before TLS"), tr("After TLS")});
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
}

void CapabilitiesTable::showReport(const ProbeReport &report)
{
    clear();
    // One row per line the server wrote, in its order; a line seen on only one side says so.
    QStringList lines = report.capabilitiesBeforeTls.lines();
    for (const QString &line : report.capabilitiesAfterTls.lines()) {
        if (!lines.contains(line))
            lines.append(line);
    }
    const bool hadBefore = report.tlsUsed != TlsUsed::Implicit;
    const bool hadAfter = report.tls.used;
    for (const QString &line : lines) {
        const auto mark = [&line](bool asked, const Capabilities &side) {
            if (!asked)
                return tr("\u2014 (not asked)");
            return side.lines().contains(line) ? tr("\u2713 offered") : tr("\u2715 not offered");
        };
        new QTreeWidgetItem(this, {line, mark(hadBefore, report.capabilitiesBeforeTls), mark(hadAfter, report.capabilitiesAfterTls)});
    }
    if (lines.isEmpty())
        new QTreeWidgetItem(this, {tr("No EHLO reply in this session."), QString(), QString()});
}

QString CapabilitiesTable::toPlainText() const
{
    QStringList rows;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = topLevelItem(i);
        rows.append(item->text(0) + QLatin1Char('\t') + item->text(1) + QLatin1Char('\t') + item->text(2));
    }
    return rows.join(QLatin1Char('\n'));
}

ProbeTlsPage::ProbeTlsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("certificateView"));
    setAccessibleName(tr("TLS and certificate"));
    m_facts = new QLabel;
    m_facts->setObjectName(QStringLiteral("tlsFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_chain = new CertificateChainView;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_facts);
    layout->addWidget(m_chain, 1);
    clear();
}

void ProbeTlsPage::clear()
{
    m_facts->setText(tr("No TLS in this session."));
    m_chain->setChain({});
}

void ProbeTlsPage::showTls(const TlsReport &tls)
{
    if (!tls.used && tls.errors.isEmpty()) {
        clear();
        return;
    }
    QStringList facts;
    if (tls.used)
        facts.append(tr("Protocol: %1, cipher: %2").arg(tls.protocol, tls.cipher));
    facts.append(tr("Verdict: %1").arg(tls.verdict()));
    for (const QString &explanation : tls.explanations)
        facts.append(QStringLiteral("\u2022 ") + explanation);
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_chain->setChain(tls.chain);
}

QString ProbeTlsPage::toPlainText() const
{
    QStringList lines = {m_facts->text()};
    for (QTreeWidgetItemIterator it(m_chain); *it; ++it)
        lines.append((*it)->text(0) + QStringLiteral(": ") + (*it)->text(1));
    return lines.join(QLatin1Char('\n'));
}

ProbeTimingsPage::ProbeTimingsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timingsView"));
    setAccessibleName(tr("Timings"));
    m_waterfall = new TimingWaterfall;
    m_total = new QLabel;
    m_total->setObjectName(QStringLiteral("timingsTotal"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_waterfall);
    layout->addWidget(m_total);
    layout->addStretch(1);
}

void ProbeTimingsPage::showTimings(const QList<StepTiming> &timings, qint64 totalMs)
{
    m_waterfall->setTimings(timings);
    m_total->setText(timings.isEmpty() ? QString() : tr("In total: %1 ms").arg(totalMs));
}

QString ProbeTimingsPage::toPlainText() const
{
    return m_waterfall->accessibleDescription() + QLatin1Char('\n') + m_total->text();
}

} // namespace SmtpTutor
