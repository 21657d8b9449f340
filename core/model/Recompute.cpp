// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Recompute.h"

#include "core/model/Invoice.h"

namespace irndesk {

namespace {

int stateNumber(const Text& code)
{
    bool ok = false;
    const int n = code ? code->toInt(&ok) : 0;
    return ok ? n : -1;
}

/// Sets a computed amount. A zero for a head that does not apply stays absent unless the field
/// was already there, so that the written JSON keeps its shape.
void put(Amount& field, Money value, bool applies)
{
    if (applies || field) {
        field = applies ? value : Money();
    }
}

Money orZero(const Amount& a)
{
    return a.value_or(Money());
}

} // namespace

TaxHeads taxHeadsOf(const Invoice& invoice)
{
    const QString supply = invoice.tranDtls.supTyp.value_or(QString()).toUpper();
    if (supply == u"SEZWOP" || supply == u"EXPWOP") {
        return TaxHeads::None;
    }
    if (supply == u"SEZWP" || supply == u"EXPWP" || invoice.tranDtls.igstOnIntra.value_or(QString()) == u"Y") {
        return TaxHeads::Igst;
    }
    const int seller = stateNumber(invoice.sellerDtls.stcd);
    const int pos = stateNumber(invoice.buyerDtls.pos);
    return seller >= 0 && seller == pos ? TaxHeads::CgstSgst : TaxHeads::Igst;
}

void recompute(Invoice& invoice, const RecomputeOptions& options)
{
    const TaxHeads heads = taxHeadsOf(invoice);
    Money assVal, cgstVal, sgstVal, igstVal, cesVal, stCesVal, itemTotal;

    for (Item& item : invoice.itemList) {
        if (item.unitPrice) {
            item.totAmt = item.qty ? multiplyRounded<2>(*item.qty, *item.unitPrice)
                                   : item.unitPrice->rescaled<2>();
        }
        const Money assAmt = orZero(item.totAmt) - orZero(item.discount);
        item.assAmt = assAmt;
        const Rate rate = item.gstRt.value_or(Rate());

        const Money half = multiplyRounded<2>(assAmt, rate, 200);
        const Money full = multiplyRounded<2>(assAmt, rate, 100);
        put(item.cgstAmt, half, heads == TaxHeads::CgstSgst);
        put(item.sgstAmt, half, heads == TaxHeads::CgstSgst);
        put(item.igstAmt, full, heads == TaxHeads::Igst);

        const bool taxed = heads != TaxHeads::None;
        put(item.cesAmt, multiplyRounded<2>(assAmt, item.cesRt.value_or(Rate()), 100), taxed && item.cesRt);
        put(item.stateCesAmt,
            multiplyRounded<2>(assAmt, item.stateCesRt.value_or(Rate()), 100),
            taxed && item.stateCesRt);

        const Money total = assAmt + orZero(item.cgstAmt) + orZero(item.sgstAmt) + orZero(item.igstAmt)
            + orZero(item.cesAmt) + orZero(item.cesNonAdvlAmt) + orZero(item.stateCesAmt)
            + orZero(item.stateCesNonAdvlAmt) + orZero(item.othChrg);
        item.totItemVal = total;

        assVal += assAmt;
        cgstVal += orZero(item.cgstAmt);
        sgstVal += orZero(item.sgstAmt);
        igstVal += orZero(item.igstAmt);
        cesVal += orZero(item.cesAmt) + orZero(item.cesNonAdvlAmt);
        stCesVal += orZero(item.stateCesAmt) + orZero(item.stateCesNonAdvlAmt);
        itemTotal += total;
    }

    ValueDetails& v = invoice.valDtls;
    v.assVal = assVal;
    put(v.cgstVal, cgstVal, !cgstVal.isZero());
    put(v.sgstVal, sgstVal, !sgstVal.isZero());
    put(v.igstVal, igstVal, !igstVal.isZero());
    put(v.cesVal, cesVal, !cesVal.isZero());
    put(v.stCesVal, stCesVal, !stCesVal.isZero());

    const Money gross = itemTotal + orZero(v.othChrg) - orZero(v.discount);
    switch (options.roundOff) {
    case RecomputeOptions::RoundOff::Keep:
        break;
    case RecomputeOptions::RoundOff::None:
        v.rndOffAmt.reset();
        break;
    case RecomputeOptions::RoundOff::ToRupee: {
        const Money difference = roundToRupee(gross) - gross;
        put(v.rndOffAmt, difference, !difference.isZero());
        break;
    }
    }
    v.totInvVal = gross + orZero(v.rndOffAmt);
}

} // namespace irndesk
