// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace irndesk::ui {

class AppContext;

/// A registered (or sent) invoice, read-only (being built).
class InvoiceView : public QWidget
{
    Q_OBJECT

public:
    InvoiceView(AppContext& context, qint64 id, QWidget* parent = nullptr);
    qint64 invoiceId() const { return m_id; }

private:
    AppContext& m_context;
    qint64 m_id;
};

} // namespace irndesk::ui
