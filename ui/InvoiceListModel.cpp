// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/InvoiceListModel.h"

#include "ui/Theme.h"

#include "core/print/AmountInWords.h"

#include <QBrush>
#include <QColor>
#include <QThread>

#include <algorithm>

namespace irndesk::ui {

using store::InvoiceSort;
using store::InvoiceStatus;
using store::InvoiceSummary;

namespace {

// A colour per status, from the theme's light or dark set; the status is always written out as
// well, so the colour is never the only cue.
QColor statusColour(InvoiceStatus status)
{
    return Theme::statusColour(status);
}

} // namespace

// InvoiceIdLoader -----------------------------------------------------------------------------------

InvoiceIdLoader::InvoiceIdLoader(std::shared_ptr<std::atomic<quint64>> generation)
    : m_generation(std::move(generation))
{
}

InvoiceIdLoader::~InvoiceIdLoader() = default;

void InvoiceIdLoader::load(quint64 generation,
                           const QString& storePath,
                           const store::InvoiceFilter& filter,
                           InvoiceSort sort,
                           Qt::SortOrder order)
{
    if (generation != m_generation->load()) {
        return; // a newer request is queued behind this one
    }
    if (!m_store || m_path != storePath) {
        m_store.reset();
        m_path = storePath;
        // The GUI thread opened (and checked, and migrated) this file already.
        store::Store::Options options;
        options.integrity = store::Store::IntegrityCheck::Never;
        auto opened = store::Store::open(storePath, options);
        if (!opened) {
            emit failed(generation, opened.error().message);
            return;
        }
        m_store = std::move(opened.value());
        // It streams ids: a small cache, and big sorts on disk rather than in RAM.
        m_store->limitReadMemory(2048);
    }
    m_store->clearQueryError();
    const std::atomic<quint64>& latest = *m_generation;
    const std::function<bool()> stale = [&latest, generation] { return latest.load() != generation; };
    std::optional<QList<qint64>> ids = m_store->sortedInvoiceIds(filter, sort, order, stale);
    if (ids) {
        emit idsReady(generation, *ids);
    } else if (!stale()) {
        const auto error = m_store->queryError();
        emit failed(generation, error ? error->message : tr("cannot read the list of invoices"));
    }
}

// InvoiceListModel ----------------------------------------------------------------------------------

InvoiceListModel::InvoiceListModel(store::Store* store, const QString& storePath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_storePath(storePath)
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("InvoiceIdLoader"));
    m_loader = new InvoiceIdLoader(m_generation);
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &InvoiceIdLoader::idsReady, this, &InvoiceListModel::onIdsReady, Qt::QueuedConnection);
    connect(m_loader, &InvoiceIdLoader::failed, this, &InvoiceListModel::onIdsFailed, Qt::QueuedConnection);
    m_thread->start();
    request();
}

InvoiceListModel::~InvoiceListModel()
{
    m_generation->fetch_add(1); // stops a running query
    m_thread->quit();
    m_thread->wait();
}

void InvoiceListModel::setStore(store::Store* store, const QString& storePath)
{
    beginResetModel();
    m_store = store;
    m_storePath = storePath;
    m_ids.clear();
    m_pages.clear();
    m_lru.clear();
    endResetModel();
    request();
}

void InvoiceListModel::setPageCache(int pageSize, int pages)
{
    m_pageSize = std::max(1, pageSize);
    m_cachedPages = std::max(1, pages);
    m_pages.clear();
    m_lru.clear();
}

void InvoiceListModel::setFilter(const store::InvoiceFilter& filter)
{
    m_filter = filter;
    request();
}

void InvoiceListModel::refresh()
{
    request();
}

void InvoiceListModel::request()
{
    const quint64 generation = m_generation->fetch_add(1) + 1;
    if (!m_store || m_storePath.isEmpty()) {
        onIdsReady(generation, {});
        return;
    }
    setSearching(true);
    InvoiceIdLoader* loader = m_loader;
    QMetaObject::invokeMethod(
        loader,
        [loader, generation, path = m_storePath, filter = m_filter, sort = m_sort, order = m_order] {
            loader->load(generation, path, filter, sort, order);
        },
        Qt::QueuedConnection);
}

void InvoiceListModel::onIdsReady(quint64 generation, const QList<qint64>& ids)
{
    if (generation != m_generation->load()) {
        return; // stale: a newer request is on its way
    }
    beginResetModel();
    m_ids = ids;
    m_pages.clear();
    m_lru.clear();
    m_error.clear();
    endResetModel();
    setSearching(false);
    emit loaded();
}

void InvoiceListModel::onIdsFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation->load()) {
        return;
    }
    m_error = message;
    setSearching(false);
    emit loadFailed(message);
}

void InvoiceListModel::setSearching(bool searching)
{
    if (m_searching != searching) {
        m_searching = searching;
        emit searchingChanged(searching);
    }
}

qint64 InvoiceListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int InvoiceListModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.cbegin(), m_ids.cend(), id);
    return it == m_ids.cend() ? -1 : static_cast<int>(it - m_ids.cbegin());
}

const QList<InvoiceSummary>* InvoiceListModel::page(int index) const
{
    if (auto it = m_pages.find(index); it != m_pages.end()) {
        m_lru.splice(m_lru.begin(), m_lru, it->lru);
        return &it->rows;
    }
    if (!m_store) {
        return nullptr;
    }
    const int first = index * m_pageSize;
    const int count = std::min<int>(m_pageSize, static_cast<int>(m_ids.size()) - first);
    if (count <= 0) {
        return nullptr;
    }
    const QList<qint64> ids = m_ids.mid(first, count);
    const QList<InvoiceSummary> found = m_store->invoiceSummaries(ids);
    Page p;
    p.rows.resize(count); // rows deleted since the ids were read stay empty (id 0)
    for (qsizetype i = 0, j = 0; i < ids.size() && j < found.size(); ++i) {
        if (found[j].id == ids[i]) {
            p.rows[i] = found[j++];
        }
    }
    if (m_pages.size() >= m_cachedPages) {
        m_pages.remove(m_lru.back());
        m_lru.pop_back();
    }
    m_lru.push_front(index);
    p.lru = m_lru.begin();
    return &m_pages.insert(index, std::move(p))->rows;
}

const InvoiceSummary* InvoiceListModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_ids.size()) {
        return nullptr;
    }
    const QList<InvoiceSummary>* rows = page(row / m_pageSize);
    if (!rows) {
        return nullptr;
    }
    const InvoiceSummary& s = (*rows)[row % m_pageSize];
    return s.id == 0 ? nullptr : &s;
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == IdRole) {
        return idAt(index.row());
    }
    const InvoiceSummary* s = summaryAt(index.row());
    if (!s) {
        return role == Qt::DisplayRole && index.column() == Number ? QVariant(tr("(deleted)")) : QVariant();
    }
    switch (role) {
    case StatusRole:
        return static_cast<int>(s->status);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Type:
            return s->docType;
        case Number:
            return s->docNo;
        case Date:
            return s->docDate.isValid() ? s->docDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
        case BuyerGstin:
            return s->buyerGstin;
        case Buyer:
            return s->buyerName;
        case Total:
            return s->total ? QStringLiteral("₹") + print::indianGrouping(*s->total) : QString();
        case Items:
            return s->items;
        case Status:
            return store::statusTitle(s->status);
        case Findings:
            if (s->errors == 0 && s->warnings == 0) {
                return QString();
            }
            return tr("%1 / %2").arg(s->errors).arg(s->warnings);
        case Irn:
            return s->irn;
        case AckDate:
            return s->ackDate;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            return QBrush(statusColour(s->status));
        }
        if (index.column() == Findings && s->errors > 0) {
            return QBrush(statusColour(InvoiceStatus::Rejected));
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Status) {
            return statusColour(s->status); // a swatch beside the word
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Items || index.column() == Findings) {
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == Findings) {
            return tr("%1 errors, %2 warnings").arg(s->errors).arg(s->warnings);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Type:
        return tr("Type");
    case Number:
        return tr("No.");
    case Date:
        return tr("Date");
    case BuyerGstin:
        return tr("Buyer GSTIN");
    case Buyer:
        return tr("Buyer");
    case Total:
        return tr("Total");
    case Items:
        return tr("Items");
    case Status:
        return tr("Status");
    case Findings:
        return tr("Errors/Warnings");
    case Irn:
        return tr("IRN");
    case AckDate:
        return tr("Ack date");
    default:
        return {};
    }
}

std::optional<InvoiceSort> InvoiceListModel::sortOfColumn(int column)
{
    switch (column) {
    case Date:
        return InvoiceSort::DocDate;
    case Number:
        return InvoiceSort::DocNo;
    case Buyer:
        return InvoiceSort::Buyer;
    case Total:
        return InvoiceSort::Total;
    case Status:
        return InvoiceSort::Status;
    default:
        return std::nullopt;
    }
}

int InvoiceListModel::columnOfSort(InvoiceSort sort)
{
    switch (sort) {
    case InvoiceSort::DocNo:
        return Number;
    case InvoiceSort::Buyer:
        return Buyer;
    case InvoiceSort::Total:
        return Total;
    case InvoiceSort::Status:
        return Status;
    case InvoiceSort::DocDate:
    case InvoiceSort::Updated:
        break;
    }
    return Date;
}

void InvoiceListModel::sort(int column, Qt::SortOrder order)
{
    const auto sort = sortOfColumn(column);
    if (!sort || (*sort == m_sort && order == m_order)) {
        return;
    }
    m_sort = *sort;
    m_order = order;
    request();
}

} // namespace irndesk::ui
