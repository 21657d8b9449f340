// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Validator.h"

#include "core/model/Dates.h"
#include "core/model/Invoice.h"
#include "core/rules/Checks.h"

namespace irndesk {

namespace rules {

std::optional<int> stateCodeOf(const Text& text)
{
    if (!text || text->isEmpty() || text->size() > 2)
        return std::nullopt;
    int value = 0;
    for (QChar c : *text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

Supply supplyOf(const Text& supTyp)
{
    if (!supTyp)
        return Supply::Unknown;
    const QStringView s(*supTyp);
    auto is = [&](const char* name) { return s.compare(QLatin1StringView(name), Qt::CaseInsensitive) == 0; };
    if (is("B2B"))
        return Supply::B2b;
    if (is("SEZWP"))
        return Supply::SezWithPayment;
    if (is("SEZWOP"))
        return Supply::SezWithoutPayment;
    if (is("EXPWP"))
        return Supply::ExportWithPayment;
    if (is("EXPWOP"))
        return Supply::ExportWithoutPayment;
    if (is("DEXP"))
        return Supply::Deemed;
    return Supply::Unknown;
}

} // namespace rules

Findings validate(const Invoice& invoice, const RuleContext& context)
{
    Q_ASSERT(context.masters);
    Findings findings;
    rules::Report report(findings);
    rules::checkSchema(invoice, context, report);
    rules::checkDocument(invoice, context, report);
    rules::checkParties(invoice, context, report);
    rules::checkSupply(invoice, context, report);
    rules::checkItems(invoice, context, report);
    rules::checkTotals(invoice, context, report);
    rules::checkEwayBill(invoice, context, report);
    return findings;
}

Findings BatchChecker::add(const Invoice& invoice, int index)
{
    Findings findings;
    const QDate date = parseInvoiceDate(invoice.docDtls.dt.value_or(QString()));
    if (!invoice.sellerDtls.gstin || !invoice.docDtls.typ || !invoice.docDtls.no || !date.isValid())
        return findings;
    const QString key = invoice.sellerDtls.gstin->toUpper() + u'|' + financialYear(date) + u'|'
                        + invoice.docDtls.typ->toUpper() + u'|' + invoice.docDtls.no->toUpper();
    const auto it = m_firstIndex.constFind(key);
    if (it == m_firstIndex.cend()) {
        m_firstIndex.insert(key, index);
    } else {
        rules::Report report(findings);
        report.error("2150", "batch.duplicate-document", QStringLiteral("DocDtls.No"),
                     rules::Rules::tr("Document %1 %2 of %3 appears again: invoice [%4] of this batch has the same "
                                     "number in financial year %5 (the IRP compares numbers ignoring case)")
                         .arg(*invoice.docDtls.typ, *invoice.docDtls.no, *invoice.sellerDtls.gstin)
                         .arg(it.value())
                         .arg(financialYear(date)),
                     rules::Rules::tr("Give each document its own number, or remove the duplicate. The IRP registers "
                                     "a number only once per GSTIN, financial year and document type (2150)."));
    }
    return findings;
}

} // namespace irndesk
