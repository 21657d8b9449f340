// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QCloseEvent;
class QListWidget;
class QMessageBox;
class QSplitter;
class QStackedWidget;

namespace irndesk::ui {

class ErrorGuideDialog;

/// The main window: a navigation list on the left that picks one page of a stack on the right,
/// a File and a Help menu, and a status bar. Geometry and dock/toolbar state are kept in
/// QSettings between runs.
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

    explicit MainWindow(QWidget* parent = nullptr);
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void createMenus();
    void readSettings();
    void writeSettings() const;
    void onPageChanged(int row);

    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigationList = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_errorGuideAction = nullptr;
    ErrorGuideDialog* m_errorGuide = nullptr;
    QMessageBox* m_aboutBox = nullptr;
};

} // namespace irndesk::ui
