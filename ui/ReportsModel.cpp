// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportsModel.h"

#include "core/model/Dates.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui {

namespace {
constexpr int kPage = 200;
}

QString formatRupees(const Money& amount)
{
    const qint64 raw = amount.raw() < 0 ? -amount.raw() : amount.raw();
    const QString rupees = QLocale(QLocale::English, QLocale::India).toString(raw / 100);
    return (amount.isNegative() ? u"-"_s : QString()) + rupees + u'.' + QString::number(raw % 100).rightJustified(2, u'0');
}

ReportsModel::ReportsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReportsModel::reset(store::Store* store, const store::InvoiceFilter& filter)
{
    beginResetModel();
    m_store = store;
    m_filter = filter;
    m_rows.clear();
    m_total = store ? store->countInvoices(filter) : 0;
    if (store) {
        m_rows = store->listInvoices(filter, store::InvoiceSort::DocDate, Qt::DescendingOrder, 0, kPage);
    }
    endResetModel();
}

qint64 ReportsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int ReportsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const store::InvoiceSummary& s = m_rows[index.row()];
    if (role == kIdRole) {
        return s.id;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Total || index.column() == Errors)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case DocNo:
        return s.docNo;
    case Date:
        return s.docDate.isValid() ? formatInvoiceDate(s.docDate) : QString();
    case Type:
        return s.docType;
    case Buyer:
        return s.buyerGstin.isEmpty() ? s.buyerName : s.buyerName + u" ("_s + s.buyerGstin + u')';
    case Total:
        return s.total ? formatRupees(*s.total) : QString();
    case Status:
        return store::statusTitle(s.status);
    case Irn:
        return s.irn;
    case AckNo:
        return s.ackNo;
    case AckDate:
        return s.ackDate;
    case Errors:
        return s.errors > 0 ? QString::number(s.errors) : QString();
    default:
        return {};
    }
}

QVariant ReportsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DocNo:
        return tr("Doc no");
    case Date:
        return tr("Date");
    case Type:
        return tr("Type");
    case Buyer:
        return tr("Buyer");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    case Irn:
        return tr("IRN");
    case AckNo:
        return tr("Ack No");
    case AckDate:
        return tr("Ack date");
    case Errors:
        return tr("Errors");
    default:
        return {};
    }
}

bool ReportsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_store && m_rows.size() < m_total;
}

void ReportsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const QList<store::InvoiceSummary> more =
        m_store->listInvoices(m_filter, store::InvoiceSort::DocDate, Qt::DescendingOrder, int(m_rows.size()), kPage);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the store changed under us: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

} // namespace irndesk::ui
