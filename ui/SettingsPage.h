// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Store.h"

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QThread;

namespace irndesk::ui {

class AppContext;

/// The preferences: language, the store (open another, new, backup, restore), rounding, NIC
/// sandbox mode, and for the current workspace its ₹10 crore turnover band and number series.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);
    ~SettingsPage() override;

signals:
    /// After backupTo(): the error, empty on success.
    void backupFinished(const QString& path, const QString& error);

public slots:
    /// Opens the store at `path` (created when `create`; an existing file is then refused) and
    /// remembers it for the next start; on failure the open store stays and the message says why.
    bool switchStore(const QString& path, bool create = false);
    /// Copies the store to `path` on a connection of its own, off the GUI thread; backupFinished()
    /// follows. False when no store is open or a backup is running.
    bool backupTo(const QString& path);
    /// Replaces the open store's content with the backup at `path` (the caller has confirmed).
    bool restoreFrom(const QString& path);
    /// Asks, then restores.
    void confirmRestore(const QString& path);
    void reload();

private:
    void showResult(const QString& message, bool failed);
    void saveAato(bool on);
    void seriesEdited(QTableWidgetItem* item);
    void chooseFile(bool save, const QString& title, const QString& suffix, const std::function<void(const QString&)>& then);

    AppContext& m_context;
    QComboBox* m_languageCombo = nullptr;
    QComboBox* m_appearanceCombo = nullptr;
    QCheckBox* m_roundCheck = nullptr;
    QCheckBox* m_sandboxCheck = nullptr;
    QLabel* m_storePathLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QPushButton* m_openStoreButton = nullptr;
    QPushButton* m_newStoreButton = nullptr;
    QPushButton* m_backupButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QCheckBox* m_aatoCheck = nullptr;
    QTableWidget* m_seriesTable = nullptr;
    QLabel* m_seriesLabel = nullptr;
    QList<store::NumberSeries> m_shownSeries; ///< as stored (or the default), one per row
    bool m_loading = false;
    QThread* m_backupThread = nullptr;
};

} // namespace irndesk::ui
