// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportsPage.h"

#include "ui/AppContext.h"

namespace irndesk::ui {

ReportsPage::ReportsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

} // namespace irndesk::ui
