// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProductsPage.h"

#include "ui/AppContext.h"

namespace irndesk::ui {

ProductsPage::ProductsPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
}

} // namespace irndesk::ui
