// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PartiesPage.h"

namespace irndesk::ui {

PartiesPage::PartiesPage(AppContext& context, QWidget* parent)
    : MasterPage(context, MasterKind::Party, parent)
{
}

} // namespace irndesk::ui
