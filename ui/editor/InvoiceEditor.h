// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>

namespace irndesk::ui {

class AppContext;

/// The editor of one invoice, a window of its own (being built).
class InvoiceEditor : public QWidget
{
    Q_OBJECT

public:
    /// Opens invoice `id` of the store, or a new invoice of `docType` (INV, CRN, DBN) in the
    /// current workspace when `id` is empty.
    InvoiceEditor(AppContext& context, std::optional<qint64> id, const QString& docType, QWidget* parent = nullptr);

    /// The stored invoice shown, once saved.
    std::optional<qint64> invoiceId() const { return m_id; }

signals:
    void saved(qint64 id);

private:
    AppContext& m_context;
    std::optional<qint64> m_id;
};

} // namespace irndesk::ui
