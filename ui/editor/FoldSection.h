// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QToolButton;

namespace irndesk::ui::editor {

/// A folded part of the invoice (dispatch, ship-to, payment, references, export, e-way bill): a
/// header button that opens and closes it (Space or Enter on the header), and its body.
class FoldSection : public QWidget
{
    Q_OBJECT

public:
    FoldSection(const QString& title, const QString& objectName, QWidget* parent = nullptr);

    /// The widget holding the section's fields.
    QWidget* body() const { return m_body; }
    QToolButton* header() const { return m_header; }
    bool isExpanded() const;

public slots:
    void setExpanded(bool expanded);

signals:
    void expandedChanged(bool expanded);

private:
    QToolButton* m_header = nullptr;
    QWidget* m_body = nullptr;
};

} // namespace irndesk::ui::editor
