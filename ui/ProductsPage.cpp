// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProductsPage.h"

namespace irndesk::ui {

ProductsPage::ProductsPage(AppContext& context, QWidget* parent)
    : MasterPage(context, MasterKind::Product, parent)
{
}

} // namespace irndesk::ui
