#pragma once

#include "client/portcheck.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace SmtpTutor {

// "Check all ports" as a matrix: one row per port (the standard ones and the one the user
// typed), with open/closed, greeting, TLS, AUTH before and after TLS, the certificate and the
// time. Long texts wrap inside their column, so the table never runs off the window's edge.
class PortMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit PortMatrixView(QWidget *parent = nullptr);
    void setPorts(const QString &host, const QList<quint16> &ports); // rows "checking ..."
    void setResult(const PortResult &result);                        // fills its row
    void setNote(const QString &note);                               // a line above (MX lookup, total)
    void clear();
    QList<quint16> ports() const;
    QString toPlainText() const;
    QTableWidget *table() const { return m_table; }

private:
    int rowOf(quint16 port) const;

    QLabel *m_note = nullptr;
    QTableWidget *m_table = nullptr;
};

// The ports "Check all ports" looks at: the standard ones and, when it is not one of them, the
// port the user typed (0 = none), in ascending order.
QList<quint16> portsToCheck(const QList<quint16> &standard, quint16 typed);

} // namespace SmtpTutor
