// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace irndesk::ui {

class AppContext;

/// A page of the main window (being built).
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(AppContext& context, QWidget* parent = nullptr);

private:
    AppContext& m_context;
};

} // namespace irndesk::ui
