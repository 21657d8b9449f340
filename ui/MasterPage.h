// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/MasterImport.h"

#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QThread;

namespace irndesk::ui {

class AppContext;

/// What the Parties and Products pages share: a table of the current workspace's parties or
/// products, a search box, Add / Edit / Delete through MasterDialog, and Import from CSV/XLSX
/// (run off the GUI thread, with its per-row report).
class MasterPage : public QWidget
{
    Q_OBJECT

public:
    MasterPage(AppContext& context, MasterKind kind, QWidget* parent = nullptr);
    ~MasterPage() override;

    /// Reads `path` and adds its good rows; importFinished() follows. False when one is running.
    bool startImport(const QString& path);
    bool isImporting() const { return m_thread != nullptr; }
    /// The id of the party or product on `row` of the table.
    qint64 idAt(int row) const;

    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    void importFinished(const irndesk::ui::MasterImportResult& result);

public slots:
    void reload();
    void addRecord();
    void editCurrent();
    void deleteCurrent();
    void chooseImportFile();
    void cancelImport();

private:
    void openDialog(qint64 id, const MasterRecord& record);
    void updateButtons();
    void finishImport(const MasterImportResult& result, const QString& path);

    AppContext& m_context;
    MasterKind m_kind;
    QLineEdit* m_searchEdit = nullptr;
    QTableView* m_table = nullptr;
    QStandardItemModel* m_model = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_importSummary = nullptr;
    QListWidget* m_importReport = nullptr;
    QHash<qint64, MasterRecord> m_records;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace irndesk::ui
