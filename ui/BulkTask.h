// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QThread;

namespace irndesk::ui {

/// Bulk work (validate, export, import) on a thread of its own, with progress and cancel.
///
/// The work function runs off the GUI thread: it must open its own Store (on
/// AppContext::storePath()) and touch no widget. It calls report() now and then, which returns
/// false once the user cancelled; it returns the summary a user reads at the end.
class BulkTask : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString summary;
        bool failed = false;
        bool cancelled = false;
    };
    using Work = std::function<Outcome(BulkTask& task)>;

    BulkTask(const QString& title, Work work, QObject* parent = nullptr);
    /// Cancels and waits for the work to stop.
    ~BulkTask() override;

    QString title() const { return m_title; }
    void start();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    Outcome outcome() const { return m_outcome; }

    /// From the work function (any thread): `done` of `total` steps; false when cancelled. Signals
    /// at most every 50 ms, and always for the last step.
    bool report(qint64 done, qint64 total);
    bool isCancelled() const { return m_cancelled.load(); }

public slots:
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void finished(const irndesk::ui::BulkTask::Outcome& outcome);

private:
    QString m_title;
    Work m_work;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    bool m_running = false;
    bool m_finished = false;
    Outcome m_outcome;
    QMutex m_reportLock;
    QElapsedTimer m_lastReport;
};

/// Shows a BulkTask: what it does, a progress bar and Cancel; at the end the summary and Close.
/// Deletes itself when closed.
class BulkProgressDialog : public QDialog
{
    Q_OBJECT

public:
    /// Takes `task` over (it becomes a child) and starts it.
    BulkProgressDialog(BulkTask* task, QWidget* parent);

    BulkTask* task() const { return m_task; }
    QString summary() const;

protected:
    void reject() override;

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(const BulkTask::Outcome& outcome);

    BulkTask* m_task;
    QLabel* m_label;
    QProgressBar* m_bar;
    QDialogButtonBox* m_buttons;
};

} // namespace irndesk::ui
