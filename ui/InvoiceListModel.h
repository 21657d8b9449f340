// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/Store.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <atomic>
#include <list>
#include <memory>

class QThread;

namespace irndesk::ui {

class InvoiceIdLoader;

/// The invoices of a filter, for a QTableView, over a store of any size.
///
/// The model holds the ordered ids of the filter (8 bytes a row: 8 MB for a million invoices),
/// read by a worker thread on a Store of its own, and the summaries of the rows a view shows, read
/// by page of 200 from the GUI thread's store into a small least-recently-used cache. A new
/// filter or sort starts a new id query; while it runs the old rows stay and isSearching() is
/// true; a result that a newer request made stale is dropped (and the query behind it stopped).
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Type, Number, Date, BuyerGstin, Buyer, Total, Items, Status, Findings, Irn, AckDate, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the invoice id (qint64)
        StatusRole, ///< the InvoiceStatus, as int
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 40;

    /// Rows from `store` (GUI thread) and ids from another Store the worker opens on `storePath`.
    InvoiceListModel(store::Store* store, const QString& storePath, QObject* parent = nullptr);
    ~InvoiceListModel() override;

    /// Switches to another store (or none); the list reloads.
    void setStore(store::Store* store, const QString& storePath);
    /// The rows to show; the list reloads. workspaceId is usually set: the current workspace.
    void setFilter(const store::InvoiceFilter& filter);
    store::InvoiceFilter filter() const { return m_filter; }
    store::InvoiceSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /// Reads the ids again (after a change in the store), keeping filter and sort.
    void refresh();
    /// Whether an id query is running: the rows shown may be those of the last one.
    bool isSearching() const { return m_searching; }
    /// Rows per page read at once, and pages kept (tests make them small; the cache empties).
    void setPageCache(int pageSize, int pages);
    int cachedPages() const { return static_cast<int>(m_pages.size()); }
    /// Why the last id query failed, empty when it did not.
    QString lastError() const { return m_error; }

    qint64 idAt(int row) const;
    /// The row of invoice `id`, -1 when the list does not hold it (a linear scan of the ids).
    int rowOf(qint64 id) const;
    /// Every id of the list, in its order (for bulk work on "everything shown").
    const QList<qint64>& ids() const { return m_ids; }
    /// The summary of `row`, read into the cache when missing; nullptr when the row is gone.
    const store::InvoiceSummary* summaryAt(int row) const;
    /// The sort a column gives, std::nullopt for the columns the store cannot sort by.
    static std::optional<store::InvoiceSort> sortOfColumn(int column);
    static int columnOfSort(store::InvoiceSort sort);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts by date (default, newest first), number, buyer, total or status; other columns are
    /// left as they are.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void searchingChanged(bool searching);
    /// A new list of ids was swapped in (after a filter, sort or refresh).
    void loaded();
    void loadFailed(const QString& message);

private:
    void request();
    void onIdsReady(quint64 generation, const QList<qint64>& ids);
    void onIdsFailed(quint64 generation, const QString& message);
    void setSearching(bool searching);
    const QList<store::InvoiceSummary>* page(int index) const;

    store::Store* m_store = nullptr;
    QString m_storePath;
    store::InvoiceFilter m_filter;
    store::InvoiceSort m_sort = store::InvoiceSort::DocDate;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<qint64> m_ids;
    bool m_searching = false;
    QString m_error;

    // Page cache: page index -> summaries of its rows (by row, with gaps for rows gone), LRU order.
    struct Page
    {
        QList<store::InvoiceSummary> rows; ///< m_pageSize entries or fewer (last page); id 0: gone
        std::list<int>::iterator lru;
    };
    mutable QHash<int, Page> m_pages;
    mutable std::list<int> m_lru; ///< most recently used first
    int m_pageSize = kPageSize;
    int m_cachedPages = kCachedPages;

    std::shared_ptr<std::atomic<quint64>> m_generation;
    QThread* m_thread = nullptr;
    InvoiceIdLoader* m_loader = nullptr;
};

/// Runs the id queries of an InvoiceListModel in its thread, on a Store of its own (internal).
class InvoiceIdLoader : public QObject
{
    Q_OBJECT

public:
    explicit InvoiceIdLoader(std::shared_ptr<std::atomic<quint64>> generation);
    ~InvoiceIdLoader() override;

public slots:
    void load(quint64 generation,
              const QString& storePath,
              const irndesk::store::InvoiceFilter& filter,
              irndesk::store::InvoiceSort sort,
              Qt::SortOrder order);

signals:
    void idsReady(quint64 generation, const QList<qint64>& ids);
    void failed(quint64 generation, const QString& message);

private:
    std::shared_ptr<std::atomic<quint64>> m_generation;
    QString m_path;
    std::unique_ptr<store::Store> m_store;
};

} // namespace irndesk::ui
