#include "portmatrixview.h"

#include "report/checkitem.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace SmtpTutor {

namespace {
enum Column { PortColumn, StateColumn, GreetingColumn, TlsColumn, AuthBeforeColumn, AuthAfterColumn, CertificateColumn, TimeColumn, ColumnCount };

QString listOrDash(const QStringList &list)
{
    return list.isEmpty() ? QStringLiteral("\u2014") : list.join(QLatin1Char(' '));
}
} // namespace

QList<quint16> portsToCheck(const QList<quint16> &standard, quint16 typed)
{
    QList<quint16> ports = standard;
    if (typed != 0 && !ports.contains(typed))
        ports.append(typed);
    std::sort(ports.begin(), ports.end());
    return ports;
}

PortMatrixView::PortMatrixView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("portsView"));
    setAccessibleName(tr("Ports"));
    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("portsNote"));
    m_note->setWordWrap(true);
    m_note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("portMatrix"));
    m_table->setAccessibleName(tr("Port matrix"));
    m_table->setHorizontalHeaderLabels({tr("Port"), tr("State"), tr("Greeting"), tr("TLS"), tr("AUTH before TLS"),
                                        tr("AUTH after TLS"), tr("Certificate"), tr("Time")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The two long columns share what is left; the short ones take what they need.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GreetingColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CertificateColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
}

void PortMatrixView::clear()
{
    m_table->setRowCount(0);
    m_note->clear();
}

void PortMatrixView::setNote(const QString &note)
{
    m_note->setText(note);
}

void PortMatrixView::setPorts(const QString &host, const QList<quint16> &ports)
{
    m_table->setRowCount(0);
    m_note->setText(tr("Ports of %1, checked at once:").arg(host));
    for (quint16 port : ports) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *portItem = new QTableWidgetItem(QString::number(port));
        portItem->setData(Qt::UserRole, port);
        m_table->setItem(row, PortColumn, portItem);
        m_table->setItem(row, StateColumn, new QTableWidgetItem(tr("checking ...")));
    }
}

int PortMatrixView::rowOf(quint16 port) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, PortColumn)->data(Qt::UserRole).toUInt() == port)
            return row;
    }
    return -1;
}

void PortMatrixView::setResult(const PortResult &result)
{
    const int row = rowOf(result.port);
    if (row < 0)
        return;
    const CheckStatus status = result.open ? CheckStatus::Pass : CheckStatus::Info;
    auto *state = new QTableWidgetItem(CheckStatusStyle::icon(status), result.open ? tr("open") : tr("closed"));
    state->setForeground(CheckStatusStyle::colour(status));
    m_table->setItem(row, StateColumn, state);
    m_table->setItem(row, GreetingColumn, new QTableWidgetItem(result.open ? result.banner : result.diagnosis));
    QString tls = result.open ? tlsUsedName(result.tls) : QString();
    if (result.tlsReport.used)
        tls = tr("%1 (%2)").arg(tlsUsedName(result.tls), result.tlsReport.protocol);
    m_table->setItem(row, TlsColumn, new QTableWidgetItem(tls));
    m_table->setItem(row, AuthBeforeColumn, new QTableWidgetItem(result.open ? listOrDash(result.authBeforeTls) : QString()));
    m_table->setItem(row, AuthAfterColumn, new QTableWidgetItem(result.open ? listOrDash(result.authAfterTls) : QString()));
    QString certificate;
    if (result.tlsReport.used)
        certificate = result.tlsReport.verified ? tr("verified") : tr("NOT verified: %1").arg(result.tlsReport.verdict());
    m_table->setItem(row, CertificateColumn, new QTableWidgetItem(certificate));
    m_table->setItem(row, TimeColumn, new QTableWidgetItem(tr("%1 ms").arg(result.ms)));
    for (int column = 0; column < ColumnCount; ++column)
        m_table->item(row, column)->setToolTip(m_table->item(row, column)->text());
    m_table->resizeRowToContents(row);
}

QList<quint16> PortMatrixView::ports() const
{
    QList<quint16> ports;
    for (int row = 0; row < m_table->rowCount(); ++row)
        ports.append(quint16(m_table->item(row, PortColumn)->data(Qt::UserRole).toUInt()));
    return ports;
}

QString PortMatrixView::toPlainText() const
{
    QStringList lines = {m_note->text()};
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(m_table->item(row, column) ? m_table->item(row, column)->text() : QString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace SmtpTutor
