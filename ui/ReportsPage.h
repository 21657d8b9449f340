// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Store.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace irndesk::ui {

class AppContext;
class ReportsModel;

/// The per-invoice status report of the current workspace, filtered by status, date range and
/// document type, with a dashboard above it: counts by status, invoices close to the 30-day
/// reporting limit (sellers with a turnover of ₹10 crore or more) and registered invoices whose
/// 24-hour cancel window is closing. "Save as CSV/XLSX…" writes the report through
/// core/io/StatusReport off the GUI thread. A double-click (or Enter) opens the invoice.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(AppContext& context, QWidget* parent = nullptr);
    ~ReportsPage() override;

    /// The clock the cancel windows are measured against; an invalid time is the real clock.
    void setNow(const QDateTime& now);
    /// Writes the report of the current filter to `path` (.xlsx: a workbook, else CSV);
    /// reportSaved() follows. False while one is being written.
    bool startSave(const QString& path);
    bool isSaving() const { return m_thread != nullptr; }
    ReportsModel* model() const { return m_model; }

signals:
    /// After startSave(): the rows written, or the error (empty on success).
    void reportSaved(const QString& path, qint64 rows, const QString& error);

public slots:
    void refresh();
    void chooseSaveFile();
    void cancelSave();

private:
    store::InvoiceFilter currentFilter() const;
    void updateDashboard();
    void finishSave(const QString& path, qint64 rows, const QString& error);

    AppContext& m_context;
    QDateTime m_now;
    QHash<int, QLabel*> m_countLabels; ///< by InvoiceStatus
    QLabel* m_reportingLabel = nullptr;
    QLabel* m_cancelLabel = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QComboBox* m_typeCombo = nullptr;
    QLabel* m_countLabel = nullptr;
    QTableView* m_table = nullptr;
    ReportsModel* m_model = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_saveLabel = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace irndesk::ui
