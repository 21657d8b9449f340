// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PartiesPage.h"

#include "ui/AppContext.h"

namespace irndesk::ui {

PartiesPage::PartiesPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

} // namespace irndesk::ui
