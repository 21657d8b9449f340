// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Store.h"

#include <QAbstractTableModel>
#include <QList>

namespace irndesk::ui {

/// The invoices a filter selects, one row each, for the status report; rows are read from the
/// store a page at a time as the view scrolls (canFetchMore / fetchMore), newest first.
class ReportsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DocNo,
        Date,
        Type,
        Buyer,
        Total,
        Status,
        Irn,
        AckNo,
        AckDate,
        Errors,
        ColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;

    explicit ReportsModel(QObject* parent = nullptr);

    /// Shows the invoices of `filter` in `store` (null: none), from the first page.
    void reset(store::Store* store, const store::InvoiceFilter& filter);
    const store::InvoiceFilter& filter() const { return m_filter; }
    /// How many invoices the filter selects (not only the rows read so far).
    qint64 totalCount() const { return m_total; }
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    store::Store* m_store = nullptr;
    store::InvoiceFilter m_filter;
    QList<store::InvoiceSummary> m_rows;
    qint64 m_total = 0;
};

/// An amount with Indian digit grouping: 1,23,456.50.
QString formatRupees(const Money& amount);

} // namespace irndesk::ui
