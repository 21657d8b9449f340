// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindowHost.h"

#include "ui/AppContext.h"
#include "ui/BulkTask.h"
#include "ui/InvoicesPage.h"
#include "ui/MainWindow.h"

namespace irndesk::ui {

MainWindowHost::MainWindowHost(AppContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    // Queued: the change comes from a control inside the window being replaced.
    connect(&m_context, &AppContext::languageChanged, this, &MainWindowHost::rebuild, Qt::QueuedConnection);
}

MainWindowHost::~MainWindowHost() = default;

void MainWindowHost::show()
{
    m_window = std::make_unique<MainWindow>(m_context);
    m_window->show();
}

void MainWindowHost::activate(const QStringList& files)
{
    if (!m_window) {
        return;
    }
    // A line on standard error, for whoever looks at a session's log (and the tests).
    qInfo("irndesk: another start on this store handed over (%lld files to import)", static_cast<long long>(files.size()));
    m_window->bringToFront();
    if (files.isEmpty()) {
        return;
    }
    // The import's outcome in the log too: the user who started it from a file manager may look
    // there when no window came up in front.
    auto* page = m_window->findChild<InvoicesPage*>();
    if (page && m_context.store()) {
        connect(page, &InvoicesPage::bulkStarted, this, [](BulkProgressDialog* dialog) {
            connect(dialog->task(), &BulkTask::finished, [](const BulkTask::Outcome& outcome) {
                qInfo("irndesk: import of the handed over files: %s", qPrintable(outcome.summary));
            });
        }, Qt::SingleShotConnection);
    }
    m_window->importFiles(files);
}

void MainWindowHost::rebuild()
{
    if (m_window && !m_window->close()) {
        return; // an editor with unsaved changes was kept open: the user said Cancel
    }
    show();
    emit windowReplaced(m_window.get());
}

} // namespace irndesk::ui
