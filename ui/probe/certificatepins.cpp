#include "certificatepins.h"

#include <QSettings>

namespace SmtpTutor {

namespace {
const QString kArray = QStringLiteral("probe/trustedCertificates");

void store(const QList<CertificatePin> &pins)
{
    QSettings settings;
    settings.remove(kArray);
    settings.beginWriteArray(kArray, int(pins.size()));
    for (int i = 0; i < pins.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("host"), pins.at(i).host);
        settings.setValue(QStringLiteral("port"), pins.at(i).port);
        settings.setValue(QStringLiteral("sha256"), pins.at(i).sha256);
    }
    settings.endArray();
}

CertificatePin normalised(CertificatePin pin)
{
    pin.host = pin.host.trimmed().toLower();
    pin.sha256 = pin.sha256.trimmed().toLower();
    return pin;
}
} // namespace

QList<CertificatePin> CertificatePins::all()
{
    QSettings settings;
    QList<CertificatePin> pins;
    const int count = settings.beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const CertificatePin pin{settings.value(QStringLiteral("host")).toString(),
                                 quint16(settings.value(QStringLiteral("port")).toUInt()),
                                 settings.value(QStringLiteral("sha256")).toString()};
        if (!pin.host.isEmpty() && pin.port != 0 && !pin.sha256.isEmpty())
            pins.append(normalised(pin));
    }
    settings.endArray();
    return pins;
}

void CertificatePins::add(const CertificatePin &pin)
{
    QList<CertificatePin> pins = all();
    const CertificatePin added = normalised(pin);
    if (added.host.isEmpty() || added.port == 0 || added.sha256.isEmpty() || pins.contains(added))
        return;
    pins.append(added);
    store(pins);
}

void CertificatePins::remove(const CertificatePin &pin)
{
    QList<CertificatePin> pins = all();
    if (pins.removeAll(normalised(pin)) > 0)
        store(pins);
}

bool CertificatePins::isPinned(const QString &host, quint16 port, const QString &sha256)
{
    return !sha256.isEmpty() && all().contains(normalised({host, port, sha256}));
}

} // namespace SmtpTutor
