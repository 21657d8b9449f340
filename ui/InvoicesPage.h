// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Store.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace irndesk::ui {

class AppContext;
class BulkProgressDialog;
class BulkTask;
class InvoiceListModel;

/// The invoices of the current workspace: a filter bar, the list (any size), and the bulk
/// actions — validate, export bulk JSON, import files — on the selection or, with nothing
/// selected, on every invoice the filter shows.
class InvoicesPage : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesPage(AppContext& context, QWidget* parent = nullptr);
    ~InvoicesPage() override;

    InvoiceListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// The ids the bulk actions work on: the selection, else every row of the list.
    QList<qint64> targetIds() const;
    QList<qint64> selectedIds() const;

public slots:
    void validateInvoices();
    /// Asks for a folder and a size limit, then exports.
    void exportInvoices();
    /// Asks for files, then imports them.
    void importInvoices();
    /// Imports `files` (JSON, CSV, XLSX) into the current workspace.
    void importFiles(const QStringList& files);
    /// Exports to `folder` in files of at most `maxBytes`.
    void exportTo(const QString& folder, qint64 maxBytes);
    void deleteSelected();

signals:
    /// A bulk action started (tests and the main window may watch its dialog).
    void bulkStarted(irndesk::ui::BulkProgressDialog* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilterBar(QHBoxLayout* bar);
    void applyFilter();
    store::InvoiceFilter currentFilter(QString* problem) const;
    void updateCounts();
    void onStoreOpened();
    void onInvoicesChanged();
    void onLoaded();
    void restoreSelection();
    BulkProgressDialog* runBulk(const QString& title, std::function<void()> done, BulkTask* task);
    bool filterIsWholeWorkspace() const;

    AppContext& m_context;
    InvoiceListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QToolButton* m_statusButton = nullptr;
    QMenu* m_statusMenu = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    QComboBox* m_docType = nullptr;
    QLineEdit* m_buyer = nullptr;
    QLineEdit* m_text = nullptr;
    QTimer* m_debounce = nullptr;
    QLabel* m_filterProblem = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_searching = nullptr;
    QToolButton* m_newButton = nullptr;
    QPushButton* m_validate = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_delete = nullptr;
    // Kept across a refresh: the selection and the current row, by invoice id.
    QList<qint64> m_keepSelected;
    qint64 m_keepCurrent = 0;
};

} // namespace irndesk::ui
