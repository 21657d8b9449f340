// SPDX-License-Identifier: GPL-3.0-or-later
// The app's identity as the GUI gets it (installer/AppIdentity.h): the ID names the desktop file
// that is installed, and the window icon is the drawing of resources/linux/<app id>.svg.
#include "installer/AppIdentity.h"

#include <QFileInfo>
#include <QImage>
#include <QTest>

class TestAppIdentity : public QObject
{
    Q_OBJECT

private slots:
    void idNamesTheDesktopFile()
    {
        QCOMPARE(irndesk::desktop::appId(), QStringLiteral("io.github.irndesk.IrnDesk"));
        // The build tree's copy of what is installed in share/applications.
        const QString desktopFile = qEnvironmentVariable("IRNDESK_DESKTOP_DIR") + u'/' + irndesk::desktop::appId() + QStringLiteral(".desktop");
        QVERIFY2(QFileInfo::exists(desktopFile), qPrintable(desktopFile));
    }

    void iconIsTheDrawing()
    {
        const QIcon icon = irndesk::desktop::appIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
        const QImage image = icon.pixmap(QSize(256, 256)).toImage();
        QCOMPARE(image.size(), QSize(256, 256));
        // The corners are clear; the page's left edge (x 20 of 128, 8 wide) is its dark blue; its
        // inside is white.
        QCOMPARE(qAlpha(image.pixel(2, 2)), 0);
        QCOMPARE(QColor(image.pixel(40, 160)).name(), QStringLiteral("#1d4e89"));
        QCOMPARE(QColor(image.pixel(70, 230)).name(), QStringLiteral("#ffffff"));
    }
};

QTEST_MAIN(TestAppIdentity)
#include "TestAppIdentity.moc"
