// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/irp/Submitter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace irndesk::ui {

class AppContext;
class LocalSandbox;

/// Submits invoices to an IRP — a configured profile or the local sandbox — with a progress bar,
/// a live row per invoice (outcome, IRN, Ack No and date, or the IRP's errors) and Cancel. The
/// work runs in a thread of its own (each worker with its own store connection); the dialog
/// never blocks. A rejected row opens the error guide on its code.
class SubmitDialog : public QDialog
{
    Q_OBJECT

public:
    /// `ids` empty: every invoice of the workspace that can go (ready, exported, and what a
    /// crash left submitting or unknown).
    SubmitDialog(AppContext& context, LocalSandbox& sandbox, QList<qint64> ids, QWidget* parent = nullptr);
    ~SubmitDialog() override;

    /// The profile choices: "" for the local sandbox, else a profile name.
    QStringList profileChoices() const;
    void setProfile(const QString& name); ///< "" for the local sandbox
    void setConcurrency(int n);
    bool isRunning() const { return m_thread != nullptr; }
    const irp::SubmitSummary& summary() const { return m_summary; }

public slots:
    void start();
    void cancelRun();

signals:
    void finishedRun();
    void explainRequested(const QString& code);

protected:
    void reject() override;

private:
    void addEvent(const irp::SubmitEvent& event);
    void onFinished(const Result<irp::SubmitSummary>& result);
    void saveTable();

    AppContext& m_context;
    LocalSandbox& m_sandbox;
    QList<qint64> m_ids;
    QComboBox* m_profileCombo = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
    irp::SubmitSummary m_summary;
};

} // namespace irndesk::ui
