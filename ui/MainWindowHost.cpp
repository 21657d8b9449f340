// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindowHost.h"

#include "ui/AppContext.h"
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

void MainWindowHost::rebuild()
{
    if (m_window && !m_window->close()) {
        return; // an editor with unsaved changes was kept open: the user said Cancel
    }
    show();
    emit windowReplaced(m_window.get());
}

} // namespace irndesk::ui
