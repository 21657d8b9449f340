// SPDX-License-Identifier: GPL-3.0-or-later
// The real main window, offscreen, with settings in a temporary directory.
#include "core/Version.h"
#include "core/store/InvoiceStatus.h"
#include "ui/AppContext.h"
#include "ui/FirstStartWizard.h"
#include "ui/MainWindow.h"

#include "tests/support/TestData.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using irndesk::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsWithTitle();
    void navigationListsEveryPage();
    void clickSwitchesPage_data();
    void clickSwitchesPage();
    void keyboardSwitchesPage();
    void menusHaveQuitAndAbout();
    void quitShortcutClosesWindow();
    void aboutShowsVersion();
    void geometryAndPageAreRestored();
    void demoWorkspaceAndGuidedSetupFromTheMenus();

private:
    MainWindow* showWindow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<irndesk::ui::AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Never touch the real profile: every QSettings lands in the temporary dir.
    irndesk::test::isolateSettings(m_settingsDir.path(), u"TestMainWindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
    showWindow();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_list = nullptr;
    m_stack = nullptr;
}

MainWindow* TestMainWindow::showWindow()
{
    m_context = std::make_unique<irndesk::ui::AppContext>();
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        qWarning("the main window was not exposed");
    }
    m_list = m_window->findChild<QListWidget*>(u"navigationList"_s);
    m_stack = m_window->findChild<QStackedWidget*>(u"pageStack"_s);
    return m_window.get();
}

void TestMainWindow::showsWithTitle()
{
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->windowTitle(), u"IRN Desk"_s);
    QVERIFY(m_window->statusBar()->isVisible());
    QCOMPARE(m_window->statusBar()->objectName(), u"statusBar"_s);
    QVERIFY(m_list);
    QVERIFY(m_stack);
    QVERIFY(m_list->isVisible());
    QVERIFY(m_stack->isVisible());
}

void TestMainWindow::navigationListsEveryPage()
{
    const QStringList titles{ u"Invoices"_s, u"Parties"_s, u"Products"_s, u"Reports"_s, u"Settings"_s };
    QCOMPARE(m_list->count(), titles.size());
    QCOMPARE(m_stack->count(), titles.size());
    for (int i = 0; i < titles.size(); ++i) {
        QCOMPARE(m_list->item(i)->text(), titles.at(i));
        // Each page has its own object name and an accessible name a screen reader says.
        QWidget* page = m_stack->widget(i);
        QCOMPARE(page->objectName(), titles.at(i).toLower() + u"Page"_s);
        QCOMPARE(page->accessibleName(), titles.at(i));
    }
    QCOMPARE(m_list->currentRow(), 0);
    QCOMPARE(m_stack->currentIndex(), 0);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Invoices);
}

void TestMainWindow::clickSwitchesPage_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("pageName");
    QTest::addColumn<MainWindow::Page>("page");
    QTest::newRow("Parties") << 1 << u"partiesPage"_s << MainWindow::Page::Parties;
    QTest::newRow("Products") << 2 << u"productsPage"_s << MainWindow::Page::Products;
    QTest::newRow("Reports") << 3 << u"reportsPage"_s << MainWindow::Page::Reports;
    QTest::newRow("Settings") << 4 << u"settingsPage"_s << MainWindow::Page::Settings;
    QTest::newRow("back to Invoices") << 0 << u"invoicesPage"_s << MainWindow::Page::Invoices;
}

void TestMainWindow::clickSwitchesPage()
{
    QFETCH(int, row);
    QFETCH(QString, pageName);
    QFETCH(MainWindow::Page, page);

    if (row == 0) {
        m_window->setCurrentPage(MainWindow::Page::Reports); // so that the click has work to do
        QCOMPARE(m_stack->currentIndex(), 3);
    }
    const QRect rect = m_list->visualItemRect(m_list->item(row));
    QVERIFY(rect.isValid());
    QTest::mouseClick(m_list->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());

    QCOMPARE(m_list->currentRow(), row);
    QCOMPARE(m_stack->currentIndex(), row);
    QCOMPARE(m_stack->currentWidget()->objectName(), pageName);
    QVERIFY(m_stack->currentWidget()->isVisible());
    QCOMPARE(m_window->currentPage(), page);
}

void TestMainWindow::keyboardSwitchesPage()
{
    m_list->setFocus();
    QCOMPARE(m_stack->currentIndex(), 0);

    QTest::keyClick(m_list, Qt::Key_Down);
    QCOMPARE(m_stack->currentWidget()->objectName(), u"partiesPage"_s);
    QTest::keyClick(m_list, Qt::Key_Down);
    QCOMPARE(m_stack->currentWidget()->objectName(), u"productsPage"_s);
    QTest::keyClick(m_list, Qt::Key_End);
    QCOMPARE(m_stack->currentWidget()->objectName(), u"settingsPage"_s);
    QTest::keyClick(m_list, Qt::Key_Up);
    QCOMPARE(m_stack->currentWidget()->objectName(), u"reportsPage"_s);
    QTest::keyClick(m_list, Qt::Key_Home);
    QCOMPARE(m_stack->currentWidget()->objectName(), u"invoicesPage"_s);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Invoices);
}

void TestMainWindow::menusHaveQuitAndAbout()
{
    auto* fileMenu = m_window->findChild<QMenu*>(u"fileMenu"_s);
    auto* workspaceMenu = m_window->findChild<QMenu*>(u"workspaceMenu"_s);
    auto* helpMenu = m_window->findChild<QMenu*>(u"helpMenu"_s);
    QVERIFY(fileMenu);
    QVERIFY(workspaceMenu);
    QVERIFY(helpMenu);
    const QList<QAction*> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.size(), 3);
    QCOMPARE(menus.at(0), fileMenu->menuAction());
    QCOMPARE(menus.at(1), workspaceMenu->menuAction());
    QCOMPARE(menus.at(2), helpMenu->menuAction());

    auto* quitAction = m_window->findChild<QAction*>(u"quitAction"_s);
    QVERIFY(quitAction);
    QVERIFY(fileMenu->actions().contains(quitAction));
    QCOMPARE(quitAction->shortcut(), QKeySequence(u"Ctrl+Q"_s));

    auto* aboutAction = m_window->findChild<QAction*>(u"aboutAction"_s);
    QVERIFY(aboutAction);
    QVERIFY(helpMenu->actions().contains(aboutAction));
}

void TestMainWindow::quitShortcutClosesWindow()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->isVisible());
    // Closing saved the layout.
    QSettings settings;
    QVERIFY(settings.contains(u"MainWindow/geometry"_s));
}

void TestMainWindow::aboutShowsVersion()
{
    QVERIFY(!m_window->findChild<QMessageBox*>(u"aboutBox"_s));
    auto* aboutAction = m_window->findChild<QAction*>(u"aboutAction"_s);
    QVERIFY(aboutAction);
    aboutAction->trigger();

    auto* box = m_window->findChild<QMessageBox*>(u"aboutBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(QStringLiteral(IRNDESK_VERSION).count(u'.') == 2); // a real x.y.z, not an empty macro
    QVERIFY2(box->text().contains(QStringLiteral(IRNDESK_VERSION)), qPrintable(box->text()));
    QVERIFY(box->text().contains(u"IRN Desk"_s));
    QCOMPARE(box->text(), MainWindow::aboutText());

    // Non-blocking: the window stays usable and the box goes away with its button.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!box->isVisible());
}

void TestMainWindow::geometryAndPageAreRestored()
{
    const QSize size(937, 611);
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    m_window->setCurrentPage(MainWindow::Page::Reports);
    QVERIFY(m_window->close());
    cleanup();

    showWindow();
    QCOMPARE(m_window->size(), size);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Reports);
    QCOMPARE(m_list->currentRow(), 3);
    QCOMPARE(m_stack->currentWidget()->objectName(), u"reportsPage"_s);

    // A saved page index that no longer exists falls back to the first page.
    m_window->close();
    cleanup();
    QSettings().setValue(u"MainWindow/page"_s, 99);
    showWindow();
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Invoices);
}

/// Workspace > Add a demo workspace: a workspace of sample invoices, switched to, the status bar
/// saying what it holds; Help > Guided setup opens the setup of the first start again.
void TestMainWindow::demoWorkspaceAndGuidedSetupFromTheMenus()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(m_context->openStore(dir.filePath(u"menus.sqlite"_s)));
    auto* demoAction = m_window->findChild<QAction*>(u"demoWorkspaceAction"_s);
    auto* setupAction = m_window->findChild<QAction*>(u"guidedSetupAction"_s);
    QVERIFY(demoAction && setupAction);
    QVERIFY(m_window->findChild<QMenu*>(u"workspaceMenu"_s)->actions().contains(demoAction));
    QVERIFY(m_window->findChild<QMenu*>(u"helpMenu"_s)->actions().contains(setupAction));
    QTRY_VERIFY(demoAction->isEnabled());

    demoAction->trigger();
    const auto workspace = m_context->workspace();
    QVERIFY(workspace.has_value());
    QVERIFY2(workspace->profile.tradeName.startsWith(u"Demo"_s) || workspace->profile.legalName.contains(u"Demo"_s),
        qPrintable(workspace->profile.legalName));
    const auto counts = m_context->store()->countsByStatus(workspace->id);
    qint64 total = 0;
    for (const qint64 n : counts) {
        total += n;
    }
    QCOMPARE(total, 20);
    QVERIFY(counts.value(irndesk::store::InvoiceStatus::Draft) > 0); // the ones with mistakes
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"20"_s), qPrintable(m_window->statusBar()->currentMessage()));

    // A second one does not clash with the first.
    demoAction->trigger();
    QVERIFY(m_context->workspaceId() != workspace->id);
    QCOMPARE(m_context->store()->workspaces().size(), 2);

    setupAction->trigger();
    // The wizard is a window of its own (it survives the main window's rebuild on a change of
    // language).
    const auto openWizard = [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* wizard = qobject_cast<irndesk::ui::FirstStartWizard*>(widget); wizard && wizard->isVisible()) {
                return wizard;
            }
        }
        return static_cast<irndesk::ui::FirstStartWizard*>(nullptr);
    };
    QTRY_VERIFY(openWizard() != nullptr);
    irndesk::ui::FirstStartWizard* wizard = openWizard();
    QTRY_VERIFY(wizard->isVisible());
    wizard->reject();
    m_context.reset(); // before the store's directory goes
    m_window.reset();
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
