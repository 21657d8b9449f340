// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BulkTask.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMutexLocker>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace irndesk::ui {

BulkTask::BulkTask(const QString& title, Work work, QObject* parent)
    : QObject(parent)
    , m_title(title)
    , m_work(std::move(work))
{
}

BulkTask::~BulkTask()
{
    m_cancelled = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BulkTask::start()
{
    if (m_thread) {
        return;
    }
    m_running = true;
    m_lastReport.start();
    m_thread = QThread::create([this] {
        Outcome outcome = m_work(*this);
        if (m_cancelled.load()) {
            outcome.cancelled = true;
        }
        // Back on the GUI thread: the outcome is read there only after the thread has ended.
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_outcome = outcome;
                m_running = false;
                m_finished = true;
                m_thread->wait();
                emit finished(m_outcome);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("BulkTask"));
    m_thread->start();
}

bool BulkTask::report(qint64 done, qint64 total)
{
    {
        QMutexLocker lock(&m_reportLock);
        if (done < total && m_lastReport.isValid() && m_lastReport.elapsed() < 50) {
            return !m_cancelled.load();
        }
        m_lastReport.restart();
    }
    emit progress(done, total); // queued to the GUI thread's receivers
    return !m_cancelled.load();
}

void BulkTask::cancel()
{
    m_cancelled = true;
}

// BulkProgressDialog --------------------------------------------------------------------------------

BulkProgressDialog::BulkProgressDialog(BulkTask* task, QWidget* parent)
    : QDialog(parent)
    , m_task(task)
{
    setObjectName(QStringLiteral("bulkProgressDialog"));
    setWindowTitle(task->title());
    setAttribute(Qt::WA_DeleteOnClose);
    task->setParent(this);

    m_label = new QLabel(tr("Working…"), this);
    m_label->setObjectName(QStringLiteral("bulkProgressLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setMinimumWidth(360);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("bulkProgressBar"));
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setRange(0, 0);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("bulkProgressButtons"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("bulkCancelButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BulkProgressDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_buttons);

    connect(task, &BulkTask::progress, this, &BulkProgressDialog::onProgress);
    connect(task, &BulkTask::finished, this, &BulkProgressDialog::onFinished);
    task->start();
}

QString BulkProgressDialog::summary() const
{
    return m_task->isFinished() ? m_label->text() : QString();
}

void BulkProgressDialog::reject()
{
    if (m_task->isRunning()) {
        // Cancel first; the dialog stays until the work has stopped and says what was done.
        m_task->cancel();
        m_label->setText(tr("Cancelling…"));
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        return;
    }
    QDialog::reject();
}

void BulkProgressDialog::onProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        return;
    }
    // QProgressBar counts in int: scale to per mille.
    m_bar->setRange(0, 1000);
    m_bar->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
}

void BulkProgressDialog::onFinished(const BulkTask::Outcome& outcome)
{
    m_bar->setRange(0, 1000);
    if (!outcome.cancelled && !outcome.failed) {
        m_bar->setValue(1000);
    }
    m_label->setText(outcome.summary);
    m_buttons->clear();
    QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("bulkCloseButton"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    close->setFocus();
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

} // namespace irndesk::ui
