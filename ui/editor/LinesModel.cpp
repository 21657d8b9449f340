// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/LinesModel.h"

#include "ui/Theme.h"

#include "ui/editor/FieldAccess.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui::editor {

namespace {

struct ColumnInfo
{
    const char* json;
    const char* title;
};

constexpr ColumnInfo kColumns[] = {
    { "PrdDesc", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Description") },
    { "HsnCd", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "HSN") },
    { "IsServc", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Service") },
    { "Qty", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Qty") },
    { "Unit", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Unit") },
    { "UnitPrice", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Price") },
    { "Discount", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Discount") },
    { "GstRt", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "GST %") },
    { "CesRt", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Cess %") },
    { "TotAmt", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Amount") },
    { "AssAmt", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Taxable") },
    { "IgstAmt", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "IGST") },
    { "CgstAmt", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "CGST") },
    { "SgstAmt", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "SGST") },
    { "CesAmt", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Cess") },
    { "TotItemVal", QT_TRANSLATE_NOOP("irndesk::ui::editor::LinesModel", "Line total") },
};
static_assert(std::size(kColumns) == LinesModel::ColumnCount);

} // namespace

LinesModel::LinesModel(const Invoice& invoice, EditHandler onEdit, QObject* parent)
    : QAbstractTableModel(parent)
    , m_invoice(invoice)
    , m_onEdit(std::move(onEdit))
    , m_rows(int(invoice.itemList.size()))
{
}

int LinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LinesModel::fieldName(int column)
{
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(kColumns[column].json) : QString();
}

int LinesModel::columnOfField(const QString& name)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (name == QLatin1StringView(kColumns[c].json)) {
            return c;
        }
    }
    // Fields without a column of their own are shown on the line's description.
    return name.isEmpty() ? -1 : Description;
}

QString LinesModel::cellText(const Item& item, int column)
{
    std::optional<QString> text;
    switch (column) {
    case Description: text = toText(item.prdDesc); break;
    case Hsn: text = toText(item.hsnCd); break;
    case Service: text = toText(item.isServc); break;
    case Qty: text = toText(item.qty); break;
    case Unit: text = toText(item.unit); break;
    case UnitPrice: text = toText(item.unitPrice); break;
    case Discount: text = toText(item.discount); break;
    case GstRate: text = toText(item.gstRt); break;
    case CessRate: text = toText(item.cesRt); break;
    case TotAmt: text = toText(item.totAmt); break;
    case AssAmt: text = toText(item.assAmt); break;
    case Igst: text = toText(item.igstAmt); break;
    case Cgst: text = toText(item.cgstAmt); break;
    case Sgst: text = toText(item.sgstAmt); break;
    case Cess: text = toText(item.cesAmt); break;
    case TotItemVal: text = toText(item.totItemVal); break;
    default: break;
    }
    return text.value_or(QString());
}

bool LinesModel::setCellText(Item& item, int column, const QString& text)
{
    switch (column) {
    case Description: return fromText(text, item.prdDesc);
    case Hsn: return fromText(text.trimmed(), item.hsnCd);
    case Service: return fromText(text.trimmed().toUpper(), item.isServc);
    case Qty: return fromText(text, item.qty);
    case Unit: return fromText(text.trimmed().toUpper(), item.unit);
    case UnitPrice: return fromText(text, item.unitPrice);
    case Discount: return fromText(text, item.discount);
    case GstRate: return fromText(text, item.gstRt);
    case CessRate: return fromText(text, item.cesRt);
    default: return false;
    }
}

QVariant LinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.row() >= m_invoice.itemList.size()) {
        return {};
    }
    const Item& item = m_invoice.itemList.at(index.row());
    const auto finding = m_findings.constFind({ index.row(), index.column() });
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(item, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Qty && index.column() != Unit
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return finding != m_findings.constEnd() ? QVariant(finding->code + u": "_s + finding->message) : QVariant();
    case Qt::BackgroundRole:
        if (finding != m_findings.constEnd()) {
            return QBrush(Theme::colour(finding->isError() ? Theme::Colour::ErrorFill : Theme::Colour::WarningFill));
        }
        if (!isEditableColumn(index.column())) {
            return QBrush(Theme::colour(Theme::Colour::ReadOnlyFill));
        }
        return {};
    case Qt::AccessibleTextRole:
        return cellText(item, index.column());
    default:
        return {};
    }
}

QVariant LinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= ColumnCount) {
            return {};
        }
        if (role == Qt::DisplayRole) {
            return tr(kColumns[section].title);
        }
        if (role == Qt::ToolTipRole) {
            return QString::fromLatin1(kColumns[section].json);
        }
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0 && section < m_rows && section < m_invoice.itemList.size()) {
        // SlNo: the number the line carries, else its position.
        return m_invoice.itemList.at(section).slNo.value_or(QString::number(section + 1));
    }
    return {};
}

Qt::ItemFlags LinesModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditableColumn(index.column())) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool LinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !isEditableColumn(index.column()) || (role != Qt::EditRole && role != ProductRole)) {
        return false;
    }
    if (!m_onEdit || (role == Qt::EditRole && value.toString() == data(index, Qt::EditRole).toString())) {
        return true;
    }
    m_onEdit(index.row(), index.column(), value, role);
    return true;
}

void LinesModel::refresh()
{
    const int rows = int(m_invoice.itemList.size());
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
    if (m_rows > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
        emit headerDataChanged(Qt::Vertical, 0, m_rows - 1);
    }
}

void LinesModel::setFindings(const Findings& findings)
{
    static const QRegularExpression linePath(u"^ItemList\\[(\\d+)\\](?:\\.([A-Za-z]+))?"_s);
    m_findings.clear();
    for (const Finding& finding : findings) {
        const auto match = linePath.match(finding.path);
        if (!match.hasMatch()) {
            continue;
        }
        const int row = match.captured(1).toInt();
        int column = columnOfField(match.captured(2));
        if (column < 0) {
            column = Description;
        }
        const QPair<int, int> key{ row, column };
        // An error wins over a warning on the same cell.
        if (!m_findings.contains(key) || (finding.isError() && !m_findings.value(key).isError())) {
            m_findings.insert(key, finding);
        }
    }
    if (m_rows > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1), { Qt::ToolTipRole, Qt::BackgroundRole });
    }
}

} // namespace irndesk::ui::editor
