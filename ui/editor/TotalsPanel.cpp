// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/TotalsPanel.h"

#include "core/print/AmountInWords.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::Literals::StringLiterals;

namespace irndesk::ui::editor {

TotalsPanel::TotalsPanel(QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(u"totalsPanel"_s);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_taxable = addRow(tr("Taxable value"), u"totalTaxableLabel"_s);
    m_cgst = addRow(tr("CGST"), u"totalCgstLabel"_s);
    m_sgst = addRow(tr("SGST"), u"totalSgstLabel"_s);
    m_igst = addRow(tr("IGST"), u"totalIgstLabel"_s);
    m_cess = addRow(tr("Cess"), u"totalCessLabel"_s);

    const auto* amountValidator = new QRegularExpressionValidator(QRegularExpression(u"\\d{0,13}(\\.\\d{0,2})?"_s), this);
    m_otherCharges = new QLineEdit(this);
    m_otherCharges->setObjectName(u"otherChargesEdit"_s);
    m_otherCharges->setAccessibleName(tr("Other charges"));
    m_otherCharges->setValidator(amountValidator);
    m_otherCharges->setAlignment(Qt::AlignRight);
    auto* otherLabel = new QLabel(tr("Other c&harges"), this);
    otherLabel->setBuddy(m_otherCharges);
    m_form->addRow(otherLabel, m_otherCharges);

    m_discount = new QLineEdit(this);
    m_discount->setObjectName(u"invoiceDiscountEdit"_s);
    m_discount->setAccessibleName(tr("Invoice discount"));
    m_discount->setValidator(amountValidator);
    m_discount->setAlignment(Qt::AlignRight);
    auto* discountLabel = new QLabel(tr("Disco&unt"), this);
    discountLabel->setBuddy(m_discount);
    m_form->addRow(discountLabel, m_discount);

    m_roundOff = addRow(tr("Round-off"), u"totalRoundOffLabel"_s);
    m_total = addRow(tr("Invoice total"), u"totalInvoiceLabel"_s);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_words = new QLabel(this);
    m_words->setObjectName(u"amountInWordsLabel"_s);
    m_words->setAccessibleName(tr("Amount in words"));
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(m_words);
}

QLabel* TotalsPanel::addRow(const QString& title, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setAccessibleName(title);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(title, value);
    return value;
}

QString TotalsPanel::formatAmount(const Amount& amount)
{
    return u"₹"_s + print::indianGrouping(amount.value_or(Money{}));
}

void TotalsPanel::show(const Invoice& invoice, TaxHeads heads)
{
    const ValueDetails& v = invoice.valDtls;
    m_taxable->setText(formatAmount(v.assVal));
    m_cgst->setText(formatAmount(v.cgstVal));
    m_sgst->setText(formatAmount(v.sgstVal));
    m_igst->setText(formatAmount(v.igstVal));
    Money cess = v.cesVal.value_or(Money{}) + v.stCesVal.value_or(Money{});
    m_cess->setText(formatAmount(cess));
    m_roundOff->setText(formatAmount(v.rndOffAmt));
    m_total->setText(formatAmount(v.totInvVal));
    m_words->setText(print::amountInWords(v.totInvVal.value_or(Money{})));
    // Rows of tax heads that do not apply are hidden, unless they hold an amount.
    const bool split = heads == TaxHeads::CgstSgst || v.cgstVal.value_or(Money{}) != Money{};
    const bool igst = heads == TaxHeads::Igst || v.igstVal.value_or(Money{}) != Money{};
    m_form->setRowVisible(m_cgst, split);
    m_form->setRowVisible(m_sgst, split);
    m_form->setRowVisible(m_igst, igst);
}

} // namespace irndesk::ui::editor
