// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Finding.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace irndesk::ui::editor {

/// The findings of the last validation: code, field and message per row. Enter or a click on a
/// row asks to go to its field; "Explain" asks for the error guide of its code; "Apply fixes"
/// for the repairs the rule engine offers.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setFindings(const Findings& findings);
    /// The repairs on offer, as lines of text ("BuyerDtls.Stcd: 29 → 27"); none disables the button.
    void setFixes(const QStringList& fixes);

    QTreeWidget* list() const { return m_list; }
    /// The finding of the current row, if any.
    const Finding* currentFinding() const;

signals:
    void goToRequested(const QString& path);
    void explainRequested(const QString& code);
    void applyFixesRequested();

private:
    Findings m_findings;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_explainButton = nullptr;
    QPushButton* m_fixButton = nullptr;
};

} // namespace irndesk::ui::editor
