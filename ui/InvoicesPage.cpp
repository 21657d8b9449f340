// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoicesPage.h"

#include "ui/AppContext.h"

namespace irndesk::ui {

InvoicesPage::InvoicesPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

} // namespace irndesk::ui
