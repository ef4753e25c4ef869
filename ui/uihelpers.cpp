#include "uihelpers.h"

#include <QAction>
#include <QCoreApplication>
#include <QIconEngine>
#include <QLineEdit>
#include <QPainter>
#include <QWidget>

namespace SmtpTutor::Ui {

namespace {
// An icon read from its file the first time it is drawn. QIcon(fileName) decodes a PNG at once;
// most of our icons sit in menus nobody opens during start-up, and the window's first frame
// should not wait for them.
class DeferredFileIconEngine : public QIconEngine
{
public:
    explicit DeferredFileIconEngine(const QString &fileName)
        : m_fileName(fileName)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return icon().isNull(); }
    QString key() const override { return QStringLiteral("SmtpTutor::DeferredFileIconEngine"); }
    QIconEngine *clone() const override { return new DeferredFileIconEngine(m_fileName); }

private:
    const QIcon &icon()
    {
        if (!m_loaded) {
            m_icon = QIcon(m_fileName);
            m_loaded = true;
        }
        return m_icon;
    }

    const QString m_fileName;
    QIcon m_icon;
    bool m_loaded = false;
};
} // namespace

bool hasDesktopIconTheme()
{
    static const bool desktopTheme = [] {
        const QString theme = QIcon::themeName();
        return !theme.isEmpty() && theme != QLatin1String("hicolor");
    }();
    return desktopTheme;
}

QIcon themeIcon(const QString &name)
{
    // With a real desktop icon theme, its icon wins and our SVG is the fallback. Without one
    // (hicolor only, as on a bare X server or a CI machine), asking the theme only costs start-up
    // time and the SVG would pull in the svg plugin, so the PNG rendering of the same drawing is
    // used directly.
    if (hasDesktopIconTheme())
        return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return QIcon(new DeferredFileIconEngine(QStringLiteral(":/icons/png/%1.png").arg(name)));
}

void useBundledIconsWithoutDesktopTheme()
{
    if (!hasDesktopIconTheme())
        QIcon::setThemeSearchPaths({ QStringLiteral(":/icons") });
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor replyClassColor(int code, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (code / 100) {
    case 2: return dark ? QColor(0x6f, 0xd4, 0x7f) : QColor(0x1a, 0x7f, 0x37);
    case 3: return dark ? QColor(0x79, 0xb8, 0xff) : QColor(0x0b, 0x5c, 0xc2);
    case 4: return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x95, 0x5f, 0x00);
    case 5: return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc4, 0x1e, 0x2a);
    }
    return {};
}

QString replyClassName(int code)
{
    switch (code / 100) {
    case 2: return QCoreApplication::translate("SmtpTutor::Ui", "success");
    case 3: return QCoreApplication::translate("SmtpTutor::Ui", "intermediate: the server waits for more");
    case 4: return QCoreApplication::translate("SmtpTutor::Ui", "temporary failure: try again later");
    case 5: return QCoreApplication::translate("SmtpTutor::Ui", "permanent failure: fix something before trying again");
    }
    return {};
}

void addClearButton(QLineEdit *edit)
{
    QAction *clear = edit->addAction(themeIcon(QStringLiteral("edit-clear")), QLineEdit::TrailingPosition);
    clear->setObjectName(edit->objectName() + QStringLiteral("ClearAction"));
    clear->setToolTip(QCoreApplication::translate("SmtpTutor::Ui", "Clear"));
    clear->setVisible(!edit->text().isEmpty());
    QObject::connect(edit, &QLineEdit::textChanged, clear, [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
    QObject::connect(clear, &QAction::triggered, edit, [edit] {
        edit->clear();
        edit->setFocus();
    });
}

void name(QWidget *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
}

} // namespace SmtpTutor::Ui
