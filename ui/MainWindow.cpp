// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/Version.h"
#include "core/store/InvoiceStatus.h"
#include "ui/AppContext.h"
#include "ui/DemoWorkspace.h"
#include "ui/ErrorGuideDialog.h"
#include "ui/FirstStartWizard.h"
#include "ui/InvoiceView.h"
#include "ui/InvoicesPage.h"
#include "ui/PartiesPage.h"
#include "ui/ProductsPage.h"
#include "ui/RecentFiles.h"
#include "ui/ReportsPage.h"
#include "ui/SettingsPage.h"
#include "ui/SubmitDialog.h"
#include "ui/WorkspaceDialog.h"
#include "ui/editor/InvoiceEditor.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {

// QSettings keys. Bump kSettingsLayoutVersion when a saved state could no longer be restored
// (e.g. pages reordered), so that the old one is ignored instead of misapplied.
constexpr int kSettingsLayoutVersion = 1;
constexpr auto kGroup = "MainWindow"_L1;
constexpr auto kLayoutVersionKey = "layoutVersion"_L1;
constexpr auto kGeometryKey = "geometry"_L1;
constexpr auto kStateKey = "state"_L1;
constexpr auto kSplitterKey = "splitter"_L1;
constexpr auto kPageKey = "page"_L1;

// A dropped file as a message names it: its file name, or the whole address when it is not local.
QString droppedName(const QUrl& url)
{
    return url.isLocalFile() ? QFileInfo(url.toLocalFile()).fileName() : url.toDisplayString();
}

// A recent file as a menu entry: a number to pick it by, and the path.
QString recentText(int index, const QString& path)
{
    return u'&' + QString::number(index + 1) + u' ' + QDir::toNativeSeparators(path);
}

constexpr int kPageCount = static_cast<int>(MainWindow::Page::Settings) + 1;

} // namespace

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("IRN Desk"));
    setAcceptDrops(true); // JSON, CSV and XLSX files dropped on the window are imported

    createPages();
    createMenus();
    createToolBar();

    statusBar()->setObjectName(u"statusBar"_s);
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(u"storeLabel"_s);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"countsLabel"_s);
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    connect(&m_context, &AppContext::storeOpened, this, [this] {
        RecentFiles(RecentFiles::Kind::Stores).add(m_context.storePath());
        fillRecentStores();
        reloadWorkspaces();
        updateStatusCounts();
    });
    connect(&m_context, &AppContext::workspacesChanged, this, &MainWindow::reloadWorkspaces);
    connect(&m_context, &AppContext::workspaceChanged, this, [this] {
        reloadWorkspaces();
        updateStatusCounts();
    });
    connect(&m_context, &AppContext::invoicesChanged, this, &MainWindow::updateStatusCounts);
    connect(&m_context, &AppContext::openInvoiceRequested, this, [this](qint64 id) { openInvoice(id); });
    connect(&m_context, &AppContext::newInvoiceRequested, this, [this](const QString& type) { newInvoice(type); });
    connect(&m_context, &AppContext::submitRequested, this, [this](const QList<qint64>& ids) { submitInvoices(ids); });
    reloadWorkspaces();
    updateStatusCounts();

    readSettings();
    m_navigationList->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    m_navigationList = new QListWidget(m_splitter);
    m_navigationList->setObjectName(u"navigationList"_s);
    m_navigationList->setAccessibleName(tr("Navigation"));
    m_navigationList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigationList->setUniformItemSizes(true);

    m_pageStack = new QStackedWidget(m_splitter);
    m_pageStack->setObjectName(u"pageStack"_s);

    // One entry per Page, in the enum's order.
    const QString titles[kPageCount] = { tr("Invoices"), tr("Parties"), tr("Products"), tr("Reports"), tr("Settings") };
    m_invoicesPage = new InvoicesPage(m_context, m_pageStack);
    QWidget* const pages[kPageCount] = {
        m_invoicesPage,
        new PartiesPage(m_context, m_pageStack),
        new ProductsPage(m_context, m_pageStack),
        new ReportsPage(m_context, m_pageStack),
        new SettingsPage(m_context, m_pageStack),
    };
    const QString keys[kPageCount] = { u"invoices"_s, u"parties"_s, u"products"_s, u"reports"_s, u"settings"_s };
    for (int i = 0; i < kPageCount; ++i) {
        m_navigationList->addItem(titles[i]);
        pages[i]->setObjectName(keys[i] + u"Page"_s);
        pages[i]->setAccessibleName(titles[i]);
        m_pageStack->addWidget(pages[i]);
    }

    // Size the list to its longest entry (the translations differ in length) instead of a
    // fixed width; the splitter lets the user widen it.
    m_navigationList->setMinimumWidth(m_navigationList->sizeHintForColumn(0) + 2 * m_navigationList->frameWidth() + 16);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ m_navigationList->minimumWidth() + 40, 800 });

    connect(m_navigationList, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    m_navigationList->setCurrentRow(0);

    setCentralWidget(m_splitter);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    m_openStoreAction = fileMenu->addAction(tr("&Open store…"));
    m_openStoreAction->setObjectName(u"openStoreAction"_s);
    m_openStoreAction->setShortcut(QKeySequence::Open);
    connect(m_openStoreAction, &QAction::triggered, this, &MainWindow::chooseStore);
    m_recentStoresMenu = fileMenu->addMenu(tr("Recent &stores"));
    m_recentStoresMenu->setObjectName(u"recentStoresMenu"_s);
    connect(m_recentStoresMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentStores);
    fileMenu->addSeparator();
    m_importAction = fileMenu->addAction(tr("&Import invoices…"));
    m_importAction->setObjectName(u"importAction"_s);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] {
        setCurrentPage(Page::Invoices);
        m_invoicesPage->importInvoices();
    });
    m_recentImportsMenu = fileMenu->addMenu(tr("Import &recent"));
    m_recentImportsMenu->setObjectName(u"recentImportsMenu"_s);
    connect(m_recentImportsMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentImports);
    fileMenu->addSeparator();
    m_quitAction = fileMenu->addAction(tr("&Quit"));
    m_quitAction->setObjectName(u"quitAction"_s);
    // Ctrl+Q everywhere: QKeySequence::Quit is empty on Windows.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* workspaceMenu = menuBar()->addMenu(tr("&Workspace"));
    workspaceMenu->setObjectName(u"workspaceMenu"_s);
    m_newInvoiceAction = workspaceMenu->addAction(tr("&New invoice"));
    m_newInvoiceAction->setObjectName(u"newInvoiceAction"_s);
    m_newInvoiceAction->setShortcut(QKeySequence::New);
    connect(m_newInvoiceAction, &QAction::triggered, this, [this] { newInvoice(); });
    m_submitAction = workspaceMenu->addAction(tr("&Submit to the IRP…"));
    m_submitAction->setObjectName(u"submitAction"_s);
    m_submitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_submitAction, &QAction::triggered, this, [this] { submitInvoices(); });
    workspaceMenu->addSeparator();
    m_newWorkspaceAction = workspaceMenu->addAction(tr("New &workspace…"));
    m_newWorkspaceAction->setObjectName(u"newWorkspaceAction"_s);
    connect(m_newWorkspaceAction, &QAction::triggered, this, &MainWindow::newWorkspace);
    m_editWorkspaceAction = workspaceMenu->addAction(tr("&Seller profile…"));
    m_editWorkspaceAction->setObjectName(u"editWorkspaceAction"_s);
    connect(m_editWorkspaceAction, &QAction::triggered, this, &MainWindow::editWorkspace);
    m_demoWorkspaceAction = workspaceMenu->addAction(tr("Add a &demo workspace"));
    m_demoWorkspaceAction->setObjectName(u"demoWorkspaceAction"_s);
    connect(m_demoWorkspaceAction, &QAction::triggered, this, &MainWindow::addDemoWorkspace);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    m_errorGuideAction = helpMenu->addAction(tr("IRP &error codes…"));
    m_errorGuideAction->setObjectName(u"errorGuideAction"_s);
    m_errorGuideAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_errorGuideAction, &QAction::triggered, this, [this] { showErrorGuide(); });
    m_guidedSetupAction = helpMenu->addAction(tr("&Guided setup…"));
    m_guidedSetupAction->setObjectName(u"guidedSetupAction"_s);
    connect(m_guidedSetupAction, &QAction::triggered, this, &MainWindow::showGuidedSetup);
    helpMenu->addSeparator();
    m_aboutAction = helpMenu->addAction(tr("&About IRN Desk"));
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    fillRecentStores();
    fillRecentImports();
}

void MainWindow::fillRecentStores()
{
    fillRecentMenu(m_recentStoresMenu, RecentFiles::Kind::Stores, u"recentStore"_s, true,
        [this](const QString& path) { openStore(path); });
}

void MainWindow::fillRecentImports()
{
    fillRecentMenu(m_recentImportsMenu, RecentFiles::Kind::Imports, u"recentImport"_s, m_context.store() != nullptr,
        [this](const QString& path) { importFiles({ path }); });
}

void MainWindow::fillRecentMenu(QMenu* menu, RecentFiles::Kind kind, const QString& name, bool enabled,
    const std::function<void(const QString&)>& open)
{
    menu->clear();
    const QStringList files = RecentFiles(kind).files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const bool exists = QFileInfo::exists(path);
        QAction* action = menu->addAction(exists ? recentText(i, path) : tr("%1 (missing)").arg(recentText(i, path)));
        action->setObjectName(name + u"Action"_s);
        action->setData(path);
        action->setEnabled(exists && enabled); // a file on a drive not plugged in: shown, not offered
        connect(action, &QAction::triggered, this, [open, path] { open(path); });
    }
    menu->addSeparator();
    QAction* clear = menu->addAction(tr("&Clear list"));
    clear->setObjectName(u"clear"_s + name.at(0).toUpper() + name.mid(1) + u"sAction"_s); // clearRecentStoresAction
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this, menu, kind, name, enabled, open] {
        RecentFiles(kind).clear();
        fillRecentMenu(menu, kind, name, enabled, open);
    });
}

void MainWindow::chooseStore()
{
    auto* dialog = new QFileDialog(this, tr("Open store"), QString(), tr("IRN Desk stores (*.sqlite);;All files (*)"));
    dialog->setObjectName(u"openStoreDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openStore);
    dialog->open();
}

bool MainWindow::openStore(const QString& path)
{
    const auto refuse = [this](const QString& why) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Open store"), why, QMessageBox::Ok, this);
        box->setObjectName(u"openStoreProblemBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    };
    if (!QFileInfo(path).isFile()) {
        return refuse(tr("%1 is not there.").arg(QDir::toNativeSeparators(path)));
    }
    // The invoices open belong to the store open: they close first (an editor may keep its
    // unsaved changes by refusing, and the store stays).
    for (QWidget* window : findChildren<QWidget*>()) {
        if (window->isWindow() && window->isVisible() && window != this && !window->close()) {
            return false;
        }
    }
    if (const Status opened = m_context.switchStore(path); !opened) {
        return refuse(tr("The store was not opened: %1").arg(opened.error().message));
    }
    return true;
}

bool MainWindow::isImportable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"json"_s || suffix == u"csv"_s || suffix == u"xlsx"_s;
}

void MainWindow::importFiles(const QStringList& files)
{
    if (files.isEmpty()) {
        return;
    }
    setCurrentPage(Page::Invoices);
    m_invoicesPage->importFiles(files); // records them as recent imports
    fillRecentImports();
}

void MainWindow::bringToFront()
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // Shown as accepted only when something in it can be imported.
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool importable = std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) {
        return url.isLocalFile() && isImportable(url.toLocalFile());
    });
    if (importable) {
        event->acceptProposedAction();
        return;
    }
    event->ignore();
    // The cursor says no; the status bar says why, naming the files.
    QStringList names;
    for (const QUrl& url : urls) {
        names << droppedName(url);
    }
    if (!names.isEmpty()) {
        statusBar()->showMessage(refusedText(names), 10'000);
    }
}

QString MainWindow::refusedText(const QStringList& names)
{
    return tr("Not imported: %1. Only JSON, CSV and XLSX files can be imported.").arg(names.join(u", "_s));
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    QStringList refused;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isImportable(url.toLocalFile())) {
            files << url.toLocalFile();
        } else {
            refused << droppedName(url);
        }
    }
    if (!refused.isEmpty()) {
        if (!m_dropRefusedBox) {
            m_dropRefusedBox = new QMessageBox(QMessageBox::Warning, tr("Import invoices"), QString(), QMessageBox::Ok, this);
            m_dropRefusedBox->setObjectName(u"dropRefusedBox"_s);
            m_dropRefusedBox->setTextFormat(Qt::PlainText);
        }
        m_dropRefusedBox->setText(refusedText(refused));
        m_dropRefusedBox->open();
    }
    if (files.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    importFiles(files);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pageStack->currentIndex());
}

void MainWindow::setCurrentPage(Page page)
{
    m_navigationList->setCurrentRow(static_cast<int>(page));
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0 || row >= m_pageStack->count()) {
        return; // the list is being cleared; keep the page that is shown
    }
    m_pageStack->setCurrentIndex(row);
}

QString MainWindow::aboutText()
{
    QString text = tr("IRN Desk %1").arg(QStringLiteral(IRNDESK_VERSION));
    const auto gitHash = QStringLiteral(IRNDESK_GIT_HASH);
    if (!gitHash.isEmpty()) {
        text += u" ("_s + gitHash + u')';
    }
    text += u"\n\n"_s
        + tr("Prepares GST e-invoices (INV-01), checks them offline against the rules of the Invoice "
             "Registration Portal and writes bulk JSON files that the portal accepts.");
    return text;
}

void MainWindow::addDemoWorkspace()
{
    const Result<DemoWorkspace> demo = ui::addDemoWorkspace(m_context);
    if (!demo) {
        QMessageBox::warning(this, tr("Demo workspace"), tr("The demo workspace could not be added: %1").arg(demo.error().message));
        return;
    }
    m_context.setWorkspace(demo.value().workspaceId);
    statusBar()->showMessage(tr("Workspace %1: %2 sample invoices, %3 of them with mistakes to fix")
                                 .arg(demo.value().name)
                                 .arg(demo.value().imported)
                                 .arg(demo.value().withErrors),
        15'000);
}

void MainWindow::showGuidedSetup()
{
    // Non-blocking: a change of language there replaces this window while the wizard goes on.
    openFirstStart(m_context, this);
}

void MainWindow::showAbout()
{
    if (!m_aboutBox) {
        m_aboutBox = new QMessageBox(this);
        m_aboutBox->setObjectName(u"aboutBox"_s);
        m_aboutBox->setWindowTitle(tr("About IRN Desk"));
        m_aboutBox->setIcon(QMessageBox::Information);
        m_aboutBox->setTextFormat(Qt::PlainText);
        m_aboutBox->setStandardButtons(QMessageBox::Ok);
    }
    m_aboutBox->setText(aboutText());
    m_aboutBox->open();
}

void MainWindow::showErrorGuide(const QString& code)
{
    if (!m_errorGuide) {
        m_errorGuide = new ErrorGuideDialog(this);
    }
    if (!code.isEmpty()) {
        m_errorGuide->showCode(code);
    }
    m_errorGuide->show();
    m_errorGuide->raise();
    m_errorGuide->activateWindow();
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Workspace"));
    toolBar->setObjectName(u"workspaceToolBar"_s);
    toolBar->setMovable(false);
    auto* label = new QLabel(tr("&Workspace:"), toolBar);
    m_workspaceCombo = new QComboBox(toolBar);
    m_workspaceCombo->setObjectName(u"workspaceCombo"_s);
    m_workspaceCombo->setAccessibleName(tr("Workspace"));
    m_workspaceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workspaceCombo->setMinimumContentsLength(30);
    label->setBuddy(m_workspaceCombo);
    toolBar->addWidget(label);
    toolBar->addWidget(m_workspaceCombo);
    toolBar->addAction(m_newWorkspaceAction);
    toolBar->addAction(m_editWorkspaceAction);
    toolBar->addSeparator();
    toolBar->addAction(m_newInvoiceAction);
    toolBar->addAction(m_submitAction);
    connect(m_workspaceCombo, &QComboBox::activated, this, [this](int index) {
        const QVariant id = m_workspaceCombo->itemData(index);
        if (id.isValid() && (!m_context.workspaceId() || *m_context.workspaceId() != id.toLongLong())) {
            m_context.setWorkspace(id.toLongLong());
        }
    });
}

void MainWindow::reloadWorkspaces()
{
    const QSignalBlocker blocker(m_workspaceCombo);
    m_workspaceCombo->clear();
    if (store::Store* store = m_context.store()) {
        for (const store::Workspace& workspace : store->workspaces()) {
            const QString name = workspace.profile.tradeName.isEmpty() ? workspace.profile.legalName
                                                                       : workspace.profile.tradeName;
            m_workspaceCombo->addItem(workspace.profile.gstin + u" — "_s + name, workspace.id);
        }
    }
    const auto current = m_context.workspaceId();
    m_workspaceCombo->setCurrentIndex(current ? m_workspaceCombo->findData(*current) : -1);
    m_editWorkspaceAction->setEnabled(current.has_value());
    m_newInvoiceAction->setEnabled(current.has_value());
    m_submitAction->setEnabled(current.has_value());
    m_newWorkspaceAction->setEnabled(m_context.store() != nullptr);
    m_demoWorkspaceAction->setEnabled(m_context.store() != nullptr);
    m_guidedSetupAction->setEnabled(m_context.store() != nullptr);
}

void MainWindow::updateStatusCounts()
{
    store::Store* store = m_context.store();
    m_storeLabel->setText(store ? tr("Store: %1").arg(QDir::toNativeSeparators(store->path())) : tr("No store open"));
    if (!store || !m_context.workspaceId()) {
        m_countsLabel->clear();
        return;
    }
    QStringList parts;
    const auto counts = store->countsByStatus(m_context.workspaceId());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 0) {
            parts << tr("%1: %L2").arg(store::statusTitle(it.key())).arg(it.value());
        }
    }
    m_countsLabel->setText(parts.isEmpty() ? tr("No invoices") : parts.join(u" · "_s));
}

void MainWindow::openWorkspaceDialog(std::optional<qint64> id)
{
    auto* dialog = new WorkspaceDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_context.notifyWorkspacesChanged();
        if (dialog->workspaceId()) {
            m_context.setWorkspace(dialog->workspaceId());
        }
    });
    dialog->open();
}

void MainWindow::newWorkspace()
{
    openWorkspaceDialog(std::nullopt);
}

void MainWindow::editWorkspace()
{
    if (m_context.workspaceId()) {
        openWorkspaceDialog(m_context.workspaceId());
    }
}

QWidget* MainWindow::openInvoice(qint64 id)
{
    if (QPointer<QWidget> open = m_invoiceWindows.value(id); open) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    store::Store* store = m_context.store();
    if (!store) {
        return nullptr;
    }
    auto stored = store->invoice(id);
    if (!stored) {
        QMessageBox::warning(this, tr("Invoice"), tr("The invoice could not be opened: %1").arg(stored.error().message));
        return nullptr;
    }
    QWidget* window = nullptr;
    if (store::isEditable(stored.value().summary.status)) {
        window = new InvoiceEditor(m_context, id, stored.value().summary.docType, this);
    } else {
        window = new InvoiceView(m_context, id, this);
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_invoiceWindows.insert(id, window);
    window->show();
    return window;
}

QWidget* MainWindow::submitInvoices(const QList<qint64>& ids)
{
    if (!m_context.store() || !m_context.workspaceId()) {
        return nullptr;
    }
    auto* dialog = new SubmitDialog(m_context, m_context.localSandbox(), ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SubmitDialog::explainRequested, this, [this](const QString& code) { showErrorGuide(code); });
    dialog->show();
    return dialog;
}

QWidget* MainWindow::newInvoice(const QString& docType)
{
    if (!m_context.store() || !m_context.workspaceId()) {
        return nullptr;
    }
    auto* editor = new InvoiceEditor(m_context, std::nullopt, docType, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &InvoiceEditor::saved, this, [this, editor](qint64 id) { m_invoiceWindows.insert(id, editor); });
    editor->show();
    return editor;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Editors with unsaved changes ask first (they may refuse to close).
    for (QWidget* window : findChildren<QWidget*>()) {
        if (window->isWindow() && window->isVisible() && window != this && !window->close()) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const bool usable = settings.value(kLayoutVersionKey).toInt() == kSettingsLayoutVersion;
    if (!usable || !restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1100, 720);
    }
    if (!usable) {
        return;
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const int page = settings.value(kPageKey, 0).toInt();
    if (page >= 0 && page < kPageCount) {
        setCurrentPage(static_cast<Page>(page));
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(kLayoutVersionKey, kSettingsLayoutVersion);
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kPageKey, static_cast<int>(currentPage()));
}

} // namespace irndesk::ui
