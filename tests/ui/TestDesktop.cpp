// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop conventions: one irndesk per store (real processes), recent stores and imports in the
// File menu, files dropped on the main window, and the light and dark themes.
#include "core/json/InvoiceWriter.h"
#include "core/model/Invoice.h"
#include "core/store/Store.h"
#include "ui/AppContext.h"
#include "ui/ImportReportDialog.h"
#include "ui/InvoiceListModel.h"
#include "ui/InvoicesPage.h"
#include "ui/MainWindow.h"
#include "ui/RecentFiles.h"
#include "ui/SingleInstance.h"
#include "ui/Theme.h"

#include "tests/support/TestData.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using irndesk::ui::Appearance;
using irndesk::ui::MainWindow;
using irndesk::ui::RecentFiles;
using irndesk::ui::SingleInstance;
using irndesk::ui::Theme;

namespace {

constexpr int kStartMs = 60'000; // a Debug build under load starts slowly

// Invoices in the store at `path`, read on a connection of the test's own.
qint64 invoicesIn(const QString& path)
{
    auto store = irndesk::store::Store::open(path, { irndesk::store::Store::IntegrityCheck::Never, 5000, {} });
    if (!store) {
        return -1;
    }
    qint64 total = 0;
    const auto counts = store.value()->countsByStatus();
    for (const qint64 count : counts) {
        total += count;
    }
    return total;
}

bool answers(const QString& storePath)
{
    QLocalSocket probe;
    probe.connectToServer(SingleInstance::serverName(storePath));
    return probe.waitForConnected(200);
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serverNameIsPerStoreAndUser();
    void protocolRefusesOtherVersions();
    void openingAnotherStoreServesThatOne();
    void secondStartHandsOverToFirst();

    void recentStoresKeepOrderLimitAndSurviveRestart();
    void recentImportsAreListedAndImportAgain();

    void droppedJsonAndCsvAreImported();
    void droppedTextFileIsRefused();

    void darkChoiceGivesDarkPalette();
    void themeColoursKeepContrast();
    void systemFollowsWhatTheSystemSays();
    void settingsChoiceIsSavedAndApplied();

private:
    MainWindow* showWindow();
    QString writeSampleJson(const QString& name, const QString& number);
    QStringList recentStoreTexts();

    QTemporaryDir m_dir;
    std::unique_ptr<irndesk::ui::AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Theme> m_theme;
};

void TestDesktop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    irndesk::test::isolateSettings(m_dir.filePath(u"settings"_s), u"TestDesktop"_s);
}

void TestDesktop::init()
{
    QSettings().clear();
}

void TestDesktop::cleanup()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget != m_window.get() && widget->isVisible()) {
            widget->close();
        }
    }
    m_window.reset();
    m_context.reset();
    if (m_theme) {
        m_theme->setAppearance(Appearance::System);
        m_theme.reset();
    }
}

MainWindow* TestDesktop::showWindow()
{
    m_window.reset();
    m_context = std::make_unique<irndesk::ui::AppContext>();
    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get())) {
        return nullptr;
    }
    return m_window.get();
}

QString TestDesktop::writeSampleJson(const QString& name, const QString& number)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(irndesk::invoicesToJsonArray({ irndesk::test::sampleInvoice(number) }));
    return path;
}

QStringList TestDesktop::recentStoreTexts()
{
    auto* menu = m_window->findChild<QMenu*>(u"recentStoresMenu"_s);
    emit menu->aboutToShow(); // as when the user opens it
    QStringList list;
    for (QAction* action : menu->actions()) {
        if (action->objectName() == u"recentStoreAction"_s) {
            list << action->data().toString();
        }
    }
    return list;
}

// ---- single instance -------------------------------------------------------------------------

void TestDesktop::serverNameIsPerStoreAndUser()
{
    const QString a = m_dir.filePath(u"a.sqlite"_s);
    const QString b = m_dir.filePath(u"b.sqlite"_s);
    // The same store however it is named; another store, another name.
    QVERIFY(QDir().mkpath(m_dir.filePath(u"sub"_s)));
    QCOMPARE(SingleInstance::serverName(a), SingleInstance::serverName(m_dir.filePath(u"sub/../a.sqlite"_s)));
    QVERIFY(SingleInstance::serverName(a) != SingleInstance::serverName(b));
    QVERIFY(SingleInstance::serverName(a).startsWith(u"irndesk-"_s));
    // Through a symbolic link to the folder: the same (canonical) store.
    QVERIFY(QDir().mkpath(m_dir.filePath(u"real"_s)));
    QVERIFY(QFile::link(m_dir.filePath(u"real"_s), m_dir.filePath(u"link"_s)));
    QCOMPARE(SingleInstance::serverName(m_dir.filePath(u"link/s.sqlite"_s)),
             SingleInstance::serverName(m_dir.filePath(u"real/s.sqlite"_s)));
}

void TestDesktop::protocolRefusesOtherVersions()
{
    const QString store = m_dir.filePath(u"protocol.sqlite"_s);
    SingleInstance first;
    QCOMPARE(first.start(store, {}), SingleInstance::Start::First);
    QSignalSpy asked(&first, &SingleInstance::activationRequested);

    // A request of a later version is answered with an error and asks nothing.
    QLocalSocket socket;
    socket.connectToServer(SingleInstance::serverName(store));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("IRNDESK-INSTANCE 2\nACTIVATE\nEND\n");
    QTRY_VERIFY(socket.canReadLine());
    QCOMPARE(socket.readLine().trimmed(), "ERROR unsupported version"_ba);
    QCOMPARE(asked.count(), 0);

    // Version 1 in pieces, with a line this version does not know: taken, files decoded.
    QLocalSocket second;
    second.connectToServer(SingleInstance::serverName(store));
    QVERIFY(second.waitForConnected(5000));
    second.write("IRNDESK-INSTANCE 1\nACTIVATE\nIMPORT /tmp/a%20b%0Ac.json\n");
    second.flush();
    QCoreApplication::processEvents(); // the server may see the first part alone
    second.write("LATER-THING x\nIMPORT not-absolute.json\nEND\n");
    QTRY_VERIFY(second.canReadLine());
    QCOMPARE(second.readLine().trimmed(), "OK"_ba);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.first().first().toStringList(), QStringList{ u"/tmp/a b\nc.json"_s });
}

void TestDesktop::openingAnotherStoreServesThatOne()
{
    const QString one = m_dir.filePath(u"serve-1.sqlite"_s);
    const QString two = m_dir.filePath(u"serve-2.sqlite"_s);
    SingleInstance app;
    QCOMPARE(app.start(one, {}), SingleInstance::Start::First);
    QVERIFY(answers(one));
    // File > Open store: the instance is now the one of the other store, and no more of the first.
    QVERIFY(app.serve(two));
    QVERIFY(answers(two));
    QVERIFY(!answers(one));
    QSignalSpy asked(&app, &SingleInstance::activationRequested);
    QLocalSocket later; // a later start on the second store (its blocking wait cannot run in this thread)
    later.connectToServer(SingleInstance::serverName(two));
    QVERIFY(later.waitForConnected(5000));
    later.write("IRNDESK-INSTANCE 1\nACTIVATE\nEND\n");
    QTRY_COMPARE(asked.count(), 1);
    SingleInstance onFirst;
    QCOMPARE(onFirst.start(one, {}), SingleInstance::Start::First);
    // A store another instance already serves is not taken from it.
    QVERIFY(!onFirst.serve(two));
    QVERIFY(!onFirst.isListening());
    QVERIFY(!onFirst.error().isEmpty());
    QVERIFY(app.isListening());
}

void TestDesktop::secondStartHandsOverToFirst()
{
    const QString program = qEnvironmentVariable("IRNDESK_GUI");
    QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));
    const QString storeA = m_dir.filePath(u"store-a.sqlite"_s);
    const QString storeB = m_dir.filePath(u"store-b.sqlite"_s);
    const QString json = writeSampleJson(u"handed.json"_s, u"HAND/1"_s);
    QVERIFY(!json.isEmpty());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"process-config"_s)); // its settings
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"process-data"_s));
    std::vector<std::unique_ptr<QProcess>> processes;
    const auto launch = [&](const QStringList& args) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->start(program, args);
        QProcess* p = process.get();
        processes.push_back(std::move(process));
        return p;
    };
    const auto cleanUp = qScopeGuard([&] {
        for (auto& process : processes) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(10'000);
            }
        }
        // Killed, they leave their socket files in the temporary folder.
        QLocalServer::removeServer(SingleInstance::serverName(storeA));
        QLocalServer::removeServer(SingleInstance::serverName(storeB));
    });

    // The first on A listens once its store is open.
    QProcess* first = launch({ u"--store"_s, storeA });
    QVERIFY(first->waitForStarted(kStartMs));
    QTRY_VERIFY_WITH_TIMEOUT(answers(storeA), kStartMs);
    QCOMPARE(first->state(), QProcess::Running);

    // A second on A, with a file to import: hands it over and ends at once, with 0.
    QProcess* second = launch({ u"--store"_s, storeA, json });
    QVERIFY(second->waitForFinished(kStartMs));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    // The first is still there, said so, and imported the file into its store.
    QCOMPARE(first->state(), QProcess::Running);
    QByteArray firstErr;
    QTRY_VERIFY_WITH_TIMEOUT((firstErr += first->readAllStandardError()).contains("handed over (1 files to import)"), kStartMs);
    QTRY_VERIFY2_WITH_TIMEOUT(invoicesIn(storeA) == 1, (firstErr += first->readAllStandardError()).constData(), kStartMs);

    // Another store: an instance of its own, which keeps running.
    QProcess* third = launch({ u"--store"_s, storeB });
    QTRY_VERIFY_WITH_TIMEOUT(answers(storeB), kStartMs);
    QCOMPARE(third->state(), QProcess::Running);
    QCOMPARE(first->state(), QProcess::Running);

    // The first killed: its socket file stays behind...
    first->kill();
    QVERIFY(first->waitForFinished(kStartMs));
    const QString socketFile = QDir(QDir::tempPath()).filePath(SingleInstance::serverName(storeA));
    QVERIFY2(QFileInfo::exists(socketFile), qPrintable(socketFile));
    QVERIFY(!answers(storeA));
    // ...and does not keep a new start on A from becoming the instance of A.
    QProcess* fourth = launch({ u"--store"_s, storeA });
    QTRY_VERIFY_WITH_TIMEOUT(answers(storeA), kStartMs);
    QCOMPARE(fourth->state(), QProcess::Running);
    QProcess* fifth = launch({ u"--store"_s, storeA });
    QVERIFY(fifth->waitForFinished(kStartMs));
    QCOMPARE(fifth->exitCode(), 0);
    QByteArray fourthErr;
    QTRY_VERIFY_WITH_TIMEOUT((fourthErr += fourth->readAllStandardError()).contains("handed over (0 files to import)"), kStartMs);
    QCOMPARE(third->state(), QProcess::Running);
}

// ---- recent files ----------------------------------------------------------------------------

void TestDesktop::recentStoresKeepOrderLimitAndSurviveRestart()
{
    QVERIFY(showWindow());
    QStringList stores;
    for (int i = 0; i < 10; ++i) {
        const QString path = m_dir.filePath(u"recent-%1.sqlite"_s.arg(i));
        QVERIFY(irndesk::store::Store::open(path)); // made beforehand, as a user's stores are
        stores << QFileInfo(path).canonicalFilePath();
    }
    for (const QString& store : stores) {
        QVERIFY(m_window->openStore(store));
    }
    // Newest first, at most eight.
    QStringList expected;
    for (int i = 9; i >= 2; --i) {
        expected << stores.at(i);
    }
    QCOMPARE(recentStoreTexts(), expected);
    QCOMPARE(RecentFiles(RecentFiles::Kind::Stores).files(), expected);
    QCOMPARE(QSettings().value(u"session/store"_s).toString(), stores.at(9));

    // A store that is gone is shown, disabled, and says so.
    QVERIFY(QFile::remove(stores.at(5)));
    auto* menu = m_window->findChild<QMenu*>(u"recentStoresMenu"_s);
    emit menu->aboutToShow();
    QAction* missing = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == stores.at(5)) {
            missing = action;
        }
    }
    QVERIFY(missing);
    QVERIFY(!missing->isEnabled());
    QVERIFY2(missing->text().contains(u"(missing)"_s), qPrintable(missing->text()));

    // Picking one opens it (and remembers it for the next start); it moves to the top.
    QAction* third = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->data().toString() == stores.at(3)) {
            third = action;
        }
    }
    QVERIFY(third && third->isEnabled());
    QVERIFY(third->text().startsWith(u"&7 "_s)); // the seventh, picked by its number
    third->trigger();
    QCOMPARE(QFileInfo(m_context->storePath()).canonicalFilePath(), stores.at(3));
    QCOMPARE(QSettings().value(u"session/store"_s).toString(), stores.at(3));
    QCOMPARE(recentStoreTexts().first(), stores.at(3));
    QCOMPARE(recentStoreTexts().size(), 8);

    // A new run shows the same list.
    const QStringList before = recentStoreTexts();
    QVERIFY(showWindow());
    QCOMPARE(recentStoreTexts(), before);

    // Clear list empties it, for this run and the next.
    menu = m_window->findChild<QMenu*>(u"recentStoresMenu"_s);
    emit menu->aboutToShow();
    auto* clear = m_window->findChild<QAction*>(u"clearRecentStoresAction"_s);
    QVERIFY(clear && clear->isEnabled());
    clear->trigger();
    QCOMPARE(recentStoreTexts(), QStringList());
    QVERIFY(!m_window->findChild<QAction*>(u"clearRecentStoresAction"_s)->isEnabled());
    QVERIFY(showWindow());
    QCOMPARE(recentStoreTexts(), QStringList());

    // A store that cannot be opened: a message, and the store open stays.
    const QString open = m_context->storePath();
    QVERIFY(!m_window->openStore(m_dir.filePath(u"no-such.sqlite"_s)));
    QTRY_VERIFY(m_window->findChild<QMessageBox*>(u"openStoreProblemBox"_s));
    QVERIFY(m_window->findChild<QMessageBox*>(u"openStoreProblemBox"_s)->text().contains(u"no-such.sqlite"_s));
    QCOMPARE(m_context->storePath(), open);
}

void TestDesktop::recentImportsAreListedAndImportAgain()
{
    QVERIFY(showWindow());
    const QString store = m_dir.filePath(u"imports.sqlite"_s);
    QVERIFY(m_context->openStore(store));
    const QString one = writeSampleJson(u"recent-one.json"_s, u"REC/1"_s);
    const QString two = writeSampleJson(u"recent-two.json"_s, u"REC/2"_s);
    const auto reports = [this] { return m_window->findChildren<irndesk::ui::ImportReportDialog*>().size(); };
    m_window->importFiles({ one });
    QTRY_COMPARE_WITH_TIMEOUT(reports(), 1, 60'000);
    QCOMPARE(invoicesIn(store), 1);
    m_window->importFiles({ two });
    QTRY_COMPARE_WITH_TIMEOUT(reports(), 2, 60'000);
    QCOMPARE(invoicesIn(store), 2);

    const QStringList expected{ QFileInfo(two).canonicalFilePath(), QFileInfo(one).canonicalFilePath() };
    QCOMPARE(RecentFiles(RecentFiles::Kind::Imports).files(), expected);
    auto* menu = m_window->findChild<QMenu*>(u"recentImportsMenu"_s);
    emit menu->aboutToShow();
    QList<QAction*> entries;
    for (QAction* action : menu->actions()) {
        if (action->objectName() == u"recentImportAction"_s) {
            entries << action;
        }
    }
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0)->data().toString(), expected.at(0));
    QCOMPARE(entries.at(1)->data().toString(), expected.at(1));

    // Imported again from the menu: the same invoice is recognised, nothing doubles; the file
    // moves to the top.
    QSignalSpy started(m_window->findChild<irndesk::ui::InvoicesPage*>(), &irndesk::ui::InvoicesPage::bulkStarted);
    entries.at(1)->trigger();
    QCOMPARE(started.count(), 1);
    QCOMPARE(RecentFiles(RecentFiles::Kind::Imports).files().first(), expected.at(1));
    QTRY_COMPARE_WITH_TIMEOUT(reports(), 3, 60'000);
    QCOMPARE(invoicesIn(store), 2);

    // At most eight, and a clear list.
    RecentFiles recent(RecentFiles::Kind::Imports);
    for (int i = 0; i < 12; ++i) {
        recent.add(m_dir.filePath(u"many-%1.csv"_s.arg(i)));
    }
    QCOMPARE(recent.files().size(), RecentFiles::kMax);
    QCOMPARE(QFileInfo(recent.files().first()).fileName(), u"many-11.csv"_s);
    emit menu->aboutToShow();
    auto* clear = m_window->findChild<QAction*>(u"clearRecentImportsAction"_s);
    clear->trigger();
    QVERIFY(recent.files().isEmpty());
}

// ---- drag and drop ---------------------------------------------------------------------------

void TestDesktop::droppedJsonAndCsvAreImported()
{
    QVERIFY(showWindow());
    const QString store = m_dir.filePath(u"drop.sqlite"_s);
    QVERIFY(m_context->openStore(store));
    const QString json = writeSampleJson(u"dropped.json"_s, u"DROP/1"_s);
    const QString csv = irndesk::test::dataPath(u"import/roundtrip/invoices.csv"_s);

    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(json), QUrl::fromLocalFile(csv) });
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QCOMPARE(enter.dropAction(), Qt::CopyAction);

    QSignalSpy started(m_window->findChild<irndesk::ui::InvoicesPage*>(), &irndesk::ui::InvoicesPage::bulkStarted);
    QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    drop.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(drop.isAccepted());
    // The Invoices page's own import: its progress, then its report.
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Invoices);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<irndesk::ui::ImportReportDialog*>(), 60'000);
    QCOMPARE(invoicesIn(store), 1 + 3); // the sample, and the CSV's three invoices
    QVERIFY(!m_window->findChild<QMessageBox*>(u"dropRefusedBox"_s));
}

void TestDesktop::droppedTextFileIsRefused()
{
    QVERIFY(showWindow());
    const QString store = m_dir.filePath(u"refuse.sqlite"_s);
    QVERIFY(m_context->openStore(store));
    const QString text = m_dir.filePath(u"notes.txt"_s);
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not invoices\n");
    }
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(text) });
    QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(true);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(!enter.isAccepted()); // the cursor says no, and the status bar why
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"notes.txt"_s), qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(invoicesIn(store), 0);
    QSignalSpy started(m_window->findChild<irndesk::ui::InvoicesPage*>(), &irndesk::ui::InvoicesPage::bulkStarted);

    // A .txt beside a JSON: the JSON comes in, the .txt is named.
    const QString json = writeSampleJson(u"beside.json"_s, u"BESIDE/1"_s);
    data.setUrls({ QUrl::fromLocalFile(text), QUrl::fromLocalFile(json) });
    QDragEnterEvent both(QPoint(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    both.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &both);
    QVERIFY(both.isAccepted());
    QDropEvent dropBoth(QPointF(200, 200), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &dropBoth);
    QCOMPARE(started.count(), 1);
    auto* box = m_window->findChild<QMessageBox*>(u"dropRefusedBox"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(u"notes.txt"_s));
    QVERIFY(!box->text().contains(u"beside.json"_s));
    QTRY_COMPARE_WITH_TIMEOUT(invoicesIn(store), 1, 60'000);
}

// ---- themes ----------------------------------------------------------------------------------

void TestDesktop::darkChoiceGivesDarkPalette()
{
    m_theme = std::make_unique<Theme>();
    auto* label = new QLabel(u"problem"_s);
    std::unique_ptr<QLabel> owner(label);
    Theme::setStyleSheet(label, u"color: {error};"_s);

    QTreeWidget tree;
    auto* item = new QTreeWidgetItem(&tree, { u"2189"_s, u"ValDtls"_s });
    Theme::setItemColour(item, 0, Theme::Colour::ErrorText);

    QSignalSpy changed(m_theme.get(), &Theme::changed);
    m_theme->setAppearance(Appearance::Dark);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toBool(), true);
    const QPalette dark = QApplication::palette();
    QVERIFY(Theme::isDark(dark));
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    QVERIFY(dark.color(QPalette::Base).lightness() < 64);
    QVERIFY(Theme::contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7.0);
    QVERIFY(Theme::contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 4.5);
    // A coloured label follows the change, in the dark variant.
    QVERIFY2(label->styleSheet().contains(Theme::colour(Theme::Colour::ErrorText, dark).name()), qPrintable(label->styleSheet()));
    // So does an item given a colour, in the column it was given.
    QCOMPARE(item->foreground(0).color(), Theme::colour(Theme::Colour::ErrorText, dark));
    QCOMPARE(item->foreground(1).style(), Qt::NoBrush);

    m_theme->setAppearance(Appearance::Light);
    const QPalette light = QApplication::palette();
    QVERIFY(!Theme::isDark(light));
    QVERIFY(light.color(QPalette::Base).lightness() > 240);
    QVERIFY(label->styleSheet().contains(Theme::colour(Theme::Colour::ErrorText, light).name()));
    QCOMPARE(item->foreground(0).color(), Theme::colour(Theme::Colour::ErrorText, light));
    QVERIFY(Theme::colour(Theme::Colour::ErrorText, light) != Theme::colour(Theme::Colour::ErrorText, dark));

    // The invoice list's status colours come from the theme too.
    QVERIFY(showWindow());
    QVERIFY(m_context->openStore(m_dir.filePath(u"theme.sqlite"_s)));
    auto* view = m_window->findChild<irndesk::ui::InvoicesPage*>()->view();
    m_window->importFiles({ writeSampleJson(u"theme.json"_s, u"THEME/1"_s) });
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<irndesk::ui::ImportReportDialog*>(), 60'000);
    const auto workspaces = m_context->store()->workspaces(); // the seller's, made by the import
    QCOMPARE(workspaces.size(), 1);
    m_context->setWorkspace(workspaces.first().id);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 1, 60'000);
    const QModelIndex status = view->model()->index(0, irndesk::ui::InvoiceListModel::Status);
    for (const Appearance appearance : { Appearance::Light, Appearance::Dark }) {
        m_theme->setAppearance(appearance);
        // The widgets take the application's new palette as its change event reaches them.
        QTRY_COMPARE(view->palette().color(QPalette::Base), QApplication::palette().color(QPalette::Base));
        const QColor text = view->model()->data(status, Qt::ForegroundRole).value<QBrush>().color();
        const double ratio = Theme::contrast(text, view->palette().color(QPalette::Base));
        QVERIFY2(ratio >= 4.5, qPrintable(u"%1 on %2: %3"_s.arg(text.name(), view->palette().color(QPalette::Base).name()).arg(ratio)));
    }
}

void TestDesktop::themeColoursKeepContrast()
{
    using C = Theme::Colour;
    using S = irndesk::store::InvoiceStatus;
    for (const QPalette& palette : { Theme::lightPalette(), Theme::darkPalette() }) {
        const QString which = Theme::isDark(palette) ? u"dark"_s : u"light"_s;
        const auto check = [&](const QColor& fore, const QColor& back, const QString& what) {
            const double ratio = Theme::contrast(fore, back);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1 (%2): %3 on %4 is %5"_s.arg(what, which, fore.name(), back.name()).arg(ratio)));
        };
        const QPalette::ColorRole backgrounds[] = { QPalette::Base, QPalette::AlternateBase, QPalette::Window };
        // Coloured text: messages, findings, outcomes, status badges.
        for (const C text : { C::ErrorText, C::WarningText, C::SuccessText, C::MutedText }) {
            for (const QPalette::ColorRole back : backgrounds) {
                check(Theme::colour(text, palette), palette.color(back), u"text %1"_s.arg(static_cast<int>(text)));
            }
        }
        for (const S status : { S::Draft, S::Ready, S::Exported, S::Submitting, S::Registered, S::Unknown, S::Rejected, S::Cancelled }) {
            for (const QPalette::ColorRole back : backgrounds) {
                check(Theme::statusColour(status, palette), palette.color(back), u"status %1"_s.arg(static_cast<int>(status)));
            }
        }
        // The palette's text on the fills; the banners' own text on their fill.
        for (const C fill : { C::ErrorFill, C::WarningFill, C::ReadOnlyFill }) {
            check(palette.color(QPalette::Text), Theme::colour(fill, palette), u"fill %1"_s.arg(static_cast<int>(fill)));
        }
        check(Theme::colour(C::BannerText, palette), Theme::colour(C::BannerFill, palette), u"banner"_s);
        check(palette.color(QPalette::Text), palette.color(QPalette::Base), u"text"_s);
        check(palette.color(QPalette::WindowText), palette.color(QPalette::Window), u"window text"_s);
        check(palette.color(QPalette::ButtonText), palette.color(QPalette::Button), u"button text"_s);
        check(palette.color(QPalette::ToolTipText), palette.color(QPalette::ToolTipBase), u"tool tip"_s);
        check(palette.color(QPalette::Link), palette.color(QPalette::Base), u"link"_s);
    }
    // The contrast itself: black on white is 21, a colour on itself 1.
    QCOMPARE(qRound(Theme::contrast(Qt::black, Qt::white)), 21);
    QCOMPARE(Theme::contrast(QColor(0x80, 0x80, 0x80), QColor(0x80, 0x80, 0x80)), 1.0);
}

void TestDesktop::systemFollowsWhatTheSystemSays()
{
    qunsetenv("GTK_THEME");
    m_theme = std::make_unique<Theme>();
    m_theme->setAppearance(Appearance::System);
    // The offscreen platform's own palette is light, and nothing says otherwise.
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QVERIFY(!m_theme->systemPrefersDark());

    // The desktop portal says dark (as its SettingChanged signal would): dark at once.
    m_theme->setPortalScheme(Theme::Scheme::Dark);
    QVERIFY(m_theme->systemPrefersDark());
    QVERIFY(Theme::isDark(QApplication::palette()));
    // ...and light again.
    m_theme->setPortalScheme(Theme::Scheme::Light);
    QVERIFY(!Theme::isDark(QApplication::palette()));

    // No portal preference: GTK_THEME ending in ":dark" counts, once the platform says its theme
    // changed.
    m_theme->setPortalScheme(Theme::Scheme::NoPreference);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    qputenv("GTK_THEME", "Adwaita:dark");
    const auto unset = qScopeGuard([] { qunsetenv("GTK_THEME"); });
    QVERIFY(m_theme->systemPrefersDark());
    QVERIFY(showWindow());
    QEvent themeChange(QEvent::ThemeChange);
    QApplication::sendEvent(m_window.get(), &themeChange);
    QTRY_VERIFY(Theme::isDark(QApplication::palette()));

    // A choice of Light wins over the system's dark, and System follows it again.
    m_theme->setAppearance(Appearance::Light);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    m_theme->setAppearance(Appearance::System);
    QVERIFY(Theme::isDark(QApplication::palette()));
}

void TestDesktop::settingsChoiceIsSavedAndApplied()
{
    m_theme = std::make_unique<Theme>();
    QVERIFY(showWindow());
    m_theme->setAppearance(m_context->appearance());
    connect(m_context.get(), &irndesk::ui::AppContext::appearanceChanged, m_theme.get(), &Theme::setAppearance);
    m_window->setCurrentPage(MainWindow::Page::Settings);
    auto* combo = m_window->findChild<QComboBox*>(u"appearanceCombo"_s);
    QVERIFY(combo);
    QVERIFY(!combo->accessibleName().isEmpty());
    QCOMPARE(combo->currentData().toString(), u"system"_s);
    QCOMPARE(combo->count(), 3);

    // Chosen with the keyboard, as a user does: Dark is the last entry.
    combo->setFocus();
    QTRY_VERIFY(combo->hasFocus());
    QTest::keyClick(combo, Qt::Key_End);
    QCOMPARE(combo->currentData().toString(), u"dark"_s);
    QCOMPARE(m_context->appearance(), Appearance::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QCOMPARE(QSettings().value(u"ui/appearance"_s).toString(), u"dark"_s);

    // The next run starts with it.
    QVERIFY(showWindow());
    QCOMPARE(m_context->appearance(), Appearance::Dark);
    QCOMPARE(m_window->findChild<QComboBox*>(u"appearanceCombo"_s)->currentData().toString(), u"dark"_s);
}

QTEST_MAIN(TestDesktop)
#include "TestDesktop.moc"
