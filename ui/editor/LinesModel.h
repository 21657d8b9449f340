// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Invoice.h"
#include "core/rules/Finding.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace irndesk::ui::editor {

/// The lines of the invoice the editor holds, as a table. The model does not own the invoice: it
/// reads the editor's, and hands every edit back to the editor (which records it for undo,
/// recomputes the amounts and calls refresh()).
class LinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Description,
        Hsn,
        Service,
        Qty,
        Unit,
        UnitPrice,
        Discount,
        GstRate,
        CessRate,
        TotAmt,
        AssAmt,
        Igst,
        Cgst,
        Sgst,
        Cess,
        TotItemVal,
        ColumnCount
    };
    /// setData() with this role on a Description cell fills the line from product `value` (its
    /// row in the product list).
    static constexpr int ProductRole = Qt::UserRole + 1;

    using EditHandler = std::function<void(int row, int column, const QVariant& value, int role)>;

    LinesModel(const Invoice& invoice, EditHandler onEdit, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Replaces the handler of edits; an empty one drops them (the editor going away).
    void setEditHandler(EditHandler onEdit) { m_onEdit = std::move(onEdit); }
    /// Follows the editor's invoice after a change (rows added or removed at the end).
    void refresh();
    /// The findings that point into the lines, shown on their cells.
    void setFindings(const Findings& findings);

    /// The JSON name of a column ("GstRt"), and the column of a JSON name (-1 when none).
    static QString fieldName(int column);
    static int columnOfField(const QString& name);
    static bool isEditableColumn(int column) { return column <= CessRate; }
    /// Reads and writes one cell of `item` as text.
    static QString cellText(const Item& item, int column);
    static bool setCellText(Item& item, int column, const QString& text);

private:
    const Invoice& m_invoice;
    EditHandler m_onEdit;
    int m_rows = 0;
    QHash<QPair<int, int>, Finding> m_findings;
};

} // namespace irndesk::ui::editor
