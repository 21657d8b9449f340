// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoiceView.h"

#include "ui/AppContext.h"

namespace irndesk::ui {

InvoiceView::InvoiceView(AppContext& context, qint64 id, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_id(id)
{
}

} // namespace irndesk::ui
