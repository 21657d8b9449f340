// SPDX-License-Identifier: GPL-3.0-or-later
// The System appearance follows the desktop portal's color-scheme over a real D-Bus: a session bus
// of the test's own (dbus-daemon) and a portal on it that answers Read and sends SettingChanged,
// as xdg-desktop-portal does.
#include "ui/Theme.h"

#include "tests/support/TestData.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using irndesk::ui::Appearance;
using irndesk::ui::Theme;

namespace {

constexpr auto kService = "org.freedesktop.portal.Desktop"_L1;
constexpr auto kPath = "/org/freedesktop/portal/desktop"_L1;
constexpr auto kInterface = "org.freedesktop.portal.Settings"_L1;
constexpr auto kBusName = "fakePortal"_L1;

} // namespace

/// What the portal's Settings interface does for the one setting the app reads.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint scheme = 1; // 0 no preference, 1 dark, 2 light
    int reads = 0;

public slots:
    QDBusVariant Read(const QString& group, const QString& key)
    {
        ++reads;
        if (group != u"org.freedesktop.appearance"_s || key != u"color-scheme"_s) {
            return QDBusVariant(QVariant());
        }
        // The portal's Read wraps the value in a second variant.
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(scheme))));
    }

public:
    void change(const QString& key, uint value)
    {
        scheme = key == u"color-scheme"_s ? value : scheme;
        QDBusMessage signal = QDBusMessage::createSignal(kPath, kInterface, u"SettingChanged"_s);
        signal << u"org.freedesktop.appearance"_s << key << QVariant::fromValue(QDBusVariant(QVariant::fromValue(value)));
        QDBusConnection(kBusName).send(signal);
    }
};

class TestDesktopPortal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void systemFollowsThePortal();

private:
    QProcess m_bus;
    FakePortal m_portal;
};

void TestDesktopPortal::initTestCase()
{
    // A session bus of our own, before anything in this process connects to one.
    const QString daemon = qEnvironmentVariable("IRNDESK_DBUS_DAEMON");
    QVERIFY2(QFileInfo(daemon).isExecutable(), qPrintable(daemon));
    m_bus.start(daemon, { u"--session"_s, u"--nofork"_s, u"--print-address"_s });
    QVERIFY(m_bus.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 30'000);
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY(!address.isEmpty());
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    qunsetenv("GTK_THEME");

    QDBusConnection portal = QDBusConnection::connectToBus(QString::fromUtf8(address), kBusName);
    QVERIFY2(portal.isConnected(), qPrintable(portal.lastError().message()));
    QVERIFY(portal.registerObject(kPath, &m_portal, QDBusConnection::ExportAllSlots));
    QVERIFY(portal.registerService(kService));
}

void TestDesktopPortal::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(kBusName);
    m_bus.kill();
    m_bus.waitForFinished();
}

void TestDesktopPortal::systemFollowsThePortal()
{
    QVERIFY(QDBusConnection::sessionBus().isConnected());
    // The offscreen platform's palette is light; the portal says dark and is asked at the start.
    m_portal.scheme = 1;
    Theme theme;
    theme.setAppearance(Appearance::System);
    QTRY_VERIFY_WITH_TIMEOUT(Theme::isDark(QApplication::palette()), 30'000);
    QCOMPARE(m_portal.reads, 1);

    // The user switches the desktop to light, then to dark: the app follows while running.
    m_portal.change(u"color-scheme"_s, 2);
    QTRY_VERIFY_WITH_TIMEOUT(!Theme::isDark(QApplication::palette()), 30'000);
    m_portal.change(u"color-scheme"_s, 1);
    QTRY_VERIFY_WITH_TIMEOUT(Theme::isDark(QApplication::palette()), 30'000);

    // "No preference" leaves it to the platform's palette.
    m_portal.change(u"color-scheme"_s, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!Theme::isDark(QApplication::palette()), 30'000);

    // A choice of Light in the settings is not undone by the portal saying dark.
    theme.setAppearance(Appearance::Light);
    m_portal.change(u"color-scheme"_s, 1);
    QTRY_VERIFY_WITH_TIMEOUT(theme.systemPrefersDark(), 30'000);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    // Back to System: dark at once.
    theme.setAppearance(Appearance::System);
    QVERIFY(Theme::isDark(QApplication::palette()));
}

QTEST_MAIN(TestDesktopPortal)
#include "TestDesktopPortal.moc"
