// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <optional>

namespace irndesk::ui {

class AppContext;

/// Creates a workspace or edits the seller profile of one (being built).
class WorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits workspace `id`, or creates one when `id` is empty.
    WorkspaceDialog(AppContext& context, std::optional<qint64> id, QWidget* parent = nullptr);
    /// The workspace saved, after accept().
    std::optional<qint64> workspaceId() const { return m_id; }

private:
    AppContext& m_context;
    std::optional<qint64> m_id;
};

} // namespace irndesk::ui
