// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WorkspaceDialog.h"

#include "ui/AppContext.h"

namespace irndesk::ui {

WorkspaceDialog::WorkspaceDialog(AppContext& context, std::optional<qint64> id, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(id)
{
}

} // namespace irndesk::ui
