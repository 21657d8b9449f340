// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/LinesTable.h"

#include "ui/editor/Completers.h"
#include "ui/editor/LinesModel.h"

#include <QCompleter>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui::editor {

namespace {
constexpr const char* kProductProperty = "irndeskProduct";
}

LinesDelegate::LinesDelegate(Completers& completers, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_completers(completers)
{
}

QWidget* LinesDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    auto* edit = new QLineEdit(parent);
    edit->setFrame(false);
    const QString field = LinesModel::fieldName(index.column());
    edit->setObjectName(u"line"_s + field + u"Edit"_s);
    edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    switch (index.column()) {
    case LinesModel::Description: {
        QCompleter* completer = m_completers.productCompleter(edit);
        edit->setCompleter(completer);
        // Choosing a product (Enter or a click in the popup) remembers it; the cell is committed
        // with Tab or Enter, and then fills the whole line.
        connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), edit, [edit](const QModelIndex& i) {
            edit->setProperty(kProductProperty, Completers::indexOf(i));
        });
        connect(edit, &QLineEdit::textEdited, edit, [edit] { edit->setProperty(kProductProperty, QVariant()); });
        break;
    }
    case LinesModel::Qty:
    case LinesModel::UnitPrice:
    case LinesModel::GstRate:
    case LinesModel::CessRate:
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,12}(\\.\\d{0,3})?"_s), edit));
        break;
    case LinesModel::Discount:
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,12}(\\.\\d{0,2})?"_s), edit));
        break;
    case LinesModel::Service:
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[YNyn]?"_s), edit));
        break;
    default:
        break;
    }
    return edit;
}

void LinesDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    // While the user types, the model refreshes the row: never overwrite what is being typed.
    if (edit && !edit->isModified()) {
        edit->setText(index.data(Qt::EditRole).toString());
    }
}

void LinesDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    auto* edit = qobject_cast<QLineEdit*>(editor);
    if (!edit) {
        return;
    }
    const QVariant product = edit->property(kProductProperty);
    if (product.isValid() && product.toInt() >= 0) {
        model->setData(index, product, LinesModel::ProductRole);
        edit->setProperty(kProductProperty, QVariant());
    } else {
        model->setData(index, edit->text(), Qt::EditRole);
    }
    edit->setModified(false);
}

LinesView::LinesView(QWidget* parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTabKeyNavigation(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
}

int LinesView::lastEditableColumn() const
{
    int last = -1;
    if (!model()) {
        return last;
    }
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (!isColumnHidden(c) && LinesModel::isEditableColumn(c)) {
            last = c;
        }
    }
    return last;
}

bool LinesView::isLastCell(const QModelIndex& index) const
{
    return index.isValid() && model() && index.row() == model()->rowCount() - 1
        && index.column() == lastEditableColumn();
}

QModelIndex LinesView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if ((cursorAction != MoveNext && cursorAction != MovePrevious) || !model()) {
        return QTableView::moveCursor(cursorAction, modifiers);
    }
    // Tab and Backtab go through the editable cells only; past the last (or the first) one they
    // leave the table.
    const int columns = model()->columnCount();
    const int rows = model()->rowCount();
    const QModelIndex current = currentIndex();
    int position = current.isValid() ? current.row() * columns + current.column() : -1;
    const int step = cursorAction == MoveNext ? 1 : -1;
    for (position += step; position >= 0 && position < rows * columns; position += step) {
        const int column = position % columns;
        if (LinesModel::isEditableColumn(column) && !isColumnHidden(column)) {
            return model()->index(position / columns, column);
        }
    }
    return {};
}

void LinesView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    const bool addLine = hint == QAbstractItemDelegate::SubmitModelCache && isLastCell(currentIndex());
    QTableView::closeEditor(editor, hint);
    if (addLine) {
        emit addLineRequested();
    }
}

void LinesView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier
        && state() != EditingState) {
        if (isLastCell(currentIndex())) {
            emit addLineRequested();
        } else if (currentIndex().isValid()) {
            // Enter elsewhere moves on, as in a spreadsheet.
            const QModelIndex next = moveCursor(MoveNext, Qt::NoModifier);
            if (next.isValid()) {
                setCurrentIndex(next);
            }
        }
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace irndesk::ui::editor
