// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/MasterPage.h"

namespace irndesk::ui {

class AppContext;

/// The products of the current workspace: a table, a search box, Add / Edit / Delete and Import from
/// CSV/XLSX (MasterPage).
class ProductsPage : public MasterPage
{
    Q_OBJECT

public:
    explicit ProductsPage(AppContext& context, QWidget* parent = nullptr);
};

} // namespace irndesk::ui
