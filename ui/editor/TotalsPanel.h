// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Invoice.h"
#include "core/model/Recompute.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace irndesk::ui::editor {

/// The invoice's totals (ValDtls) in Indian digit grouping, and the amount in words. Other charges
/// and the invoice discount are typed here; the editor binds those two fields.
class TotalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsPanel(QWidget* parent = nullptr);

    /// Shows the totals of `invoice`; the tax rows that do not apply to `heads` are hidden.
    void show(const Invoice& invoice, TaxHeads heads);

    QLineEdit* otherChargesEdit() const { return m_otherCharges; }
    QLineEdit* discountEdit() const { return m_discount; }

    /// "₹1,23,456.00" (an absent amount shows as zero).
    static QString formatAmount(const Amount& amount);

private:
    QLabel* addRow(const QString& title, const QString& objectName);

    QFormLayout* m_form = nullptr;
    QLabel* m_taxable = nullptr;
    QLabel* m_cgst = nullptr;
    QLabel* m_sgst = nullptr;
    QLabel* m_igst = nullptr;
    QLabel* m_cess = nullptr;
    QLineEdit* m_otherCharges = nullptr;
    QLineEdit* m_discount = nullptr;
    QLabel* m_roundOff = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_words = nullptr;
};

} // namespace irndesk::ui::editor
