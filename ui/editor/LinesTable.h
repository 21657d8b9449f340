// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>
#include <QTableView>

namespace irndesk::ui::editor {

class Completers;

/// Edits the cells of the lines: a product completer on the description (choosing a product
/// fills the line), decimal validators on the numbers.
class LinesDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    LinesDelegate(Completers& completers, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    Completers& m_completers;
};

/// The table of lines, keyboard first: typing edits the cell, Tab moves to the next editable cell,
/// Enter on the last editable cell of the last line asks for a new line.
class LinesView : public QTableView
{
    Q_OBJECT

public:
    explicit LinesView(QWidget* parent = nullptr);

    /// The editable column Enter adds a line after.
    int lastEditableColumn() const;

signals:
    void addLineRequested();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool isLastCell(const QModelIndex& index) const;
};

} // namespace irndesk::ui::editor
