// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsPage.h"

#include "ui/AppContext.h"

namespace irndesk::ui {

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

} // namespace irndesk::ui
