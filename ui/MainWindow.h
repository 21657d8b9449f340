// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/RecentFiles.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QCloseEvent;
class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QMenu;
class QMessageBox;
class QSplitter;
class QStackedWidget;

namespace irndesk::ui {

class AppContext;
class ErrorGuideDialog;
class InvoicesPage;

/// The main window: a workspace switcher in the tool bar, a navigation list on the left that
/// picks one page of a stack on the right, File, Workspace and Help menus, and a status bar with
/// the store and the counts by status. It opens invoices in windows of their own (the editor, or
/// the read-only view of a sent one), one window per invoice. Geometry, dock/toolbar state and
/// the page are kept in QSettings between runs.
///
/// The File menu opens stores (and the recent ones) and imports invoices (and the recently
/// imported files); JSON, CSV and XLSX files dropped on the window are imported the same way.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The pages, in the order of the navigation list.
    enum class Page
    {
        Invoices,
        Parties,
        Products,
        Reports,
        Settings,
    };
    Q_ENUM(Page)

    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    void setCurrentPage(Page page);

    /// The text of the About box (name, version, what the program is for).
    static QString aboutText();

public slots:
    /// Shows the About box (window-modal, non-blocking, so tests can look at it).
    void showAbout();
    /// Opens the guide to the IRP's error codes (one non-modal dialog, raised if already open)
    /// and, when `code` is given, selects it.
    void showErrorGuide(const QString& code = QString());
    /// Opens invoice `id`: the editor while it can be edited, else the read-only view. An
    /// invoice already open is raised.
    QWidget* openInvoice(qint64 id);
    /// Opens the editor on a new invoice of `docType` in the current workspace.
    QWidget* newInvoice(const QString& docType = QStringLiteral("INV"));
    /// Opens the dialog that creates a workspace, or edits the current one.
    void newWorkspace();
    void editWorkspace();
    /// Adds a workspace of sample invoices (a made-up seller, a few typical mistakes) and switches
    /// to it; the status bar says what it holds.
    void addDemoWorkspace();
    /// Opens the guided setup of the first start again (non-blocking).
    void showGuidedSetup();
    /// Opens the dialog that submits `ids` (empty: what the workspace has ready) to an IRP.
    QWidget* submitInvoices(const QList<qint64>& ids = {});
    /// Imports `files` into the current workspace as the Invoices page's Import does (progress,
    /// then the report), on that page.
    void importFiles(const QStringList& files);
    /// Opens the store at `path` and remembers it for the next start; false (after saying why)
    /// when it could not be opened.
    bool openStore(const QString& path);
    /// Shows the window in front of the others (a second start on this store asked for it).
    void bringToFront();

public:
    /// Whether a file of this name can be imported (JSON, CSV, XLSX).
    static bool isImportable(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createPages();
    void createMenus();
    void readSettings();
    void writeSettings() const;
    void onPageChanged(int row);
    void createToolBar();
    void reloadWorkspaces();
    void updateStatusCounts();
    void openWorkspaceDialog(std::optional<qint64> id);
    void fillRecentStores();
    void fillRecentImports();
    /// Fills `menu` with the recent files of `kind` (actions named `<name>Action`, disabled unless
    /// `enabled` and the file exists), each calling `open`, and "Clear list".
    void fillRecentMenu(QMenu* menu, RecentFiles::Kind kind, const QString& name, bool enabled,
        const std::function<void(const QString&)>& open);
    void chooseStore();
    static QString refusedText(const QStringList& names);

    AppContext& m_context;
    QComboBox* m_workspaceCombo = nullptr;
    QLabel* m_storeLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
    QHash<qint64, QPointer<QWidget>> m_invoiceWindows;

    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigationList = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    InvoicesPage* m_invoicesPage = nullptr;
    QMenu* m_recentStoresMenu = nullptr;
    QMenu* m_recentImportsMenu = nullptr;
    QAction* m_openStoreAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_errorGuideAction = nullptr;
    QAction* m_newWorkspaceAction = nullptr;
    QAction* m_demoWorkspaceAction = nullptr;
    QAction* m_guidedSetupAction = nullptr;
    QAction* m_editWorkspaceAction = nullptr;
    QAction* m_newInvoiceAction = nullptr;
    QAction* m_submitAction = nullptr;
    ErrorGuideDialog* m_errorGuide = nullptr;
    QMessageBox* m_aboutBox = nullptr;
    QMessageBox* m_dropRefusedBox = nullptr;
};

} // namespace irndesk::ui
