// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/InvoiceEditor.h"

#include "ui/AppContext.h"

namespace irndesk::ui {

InvoiceEditor::InvoiceEditor(AppContext& context, std::optional<qint64> id, const QString& docType, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_id(id)
{
    Q_UNUSED(docType);
}

} // namespace irndesk::ui
