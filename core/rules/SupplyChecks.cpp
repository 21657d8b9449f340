// SPDX-License-Identifier: GPL-3.0-or-later
// The supply: place of supply and which tax heads a line may carry (spec §3.4), reverse charge
// (§3.7), the e-commerce operator (§3.8) and export details (§3.9).
//
// Which heads apply comes from taxHeadsOf() (core/model/Recompute.h), the same function the fixer
// uses to compute them. Here only which heads may be non-zero and CGST = SGST are checked; the
// amounts against the rate (2234, 2235) are the item checks'.
#include "core/model/Recompute.h"
#include "core/rules/Checks.h"
#include "core/rules/Gstin.h"

namespace irndesk::rules {

namespace {

constexpr int kOtherCountry = 96;

bool isNonZero(const Amount& amount)
{
    return amount && !amount->isZero();
}

/// A Stcd/Pos code of the master, else std::nullopt (the party checks report those).
std::optional<int> masterState(const Text& text, const RuleContext& context)
{
    const std::optional<int> code = stateCodeOf(text);
    return code && context.masters->isStateCode(*code) ? code : std::nullopt;
}

QString amountText(const Amount& amount)
{
    return amount ? amount->toPlainString() : Rules::tr("absent");
}

/// Goods transport (9965) and courier (9968) services may have place of supply 96 on a B2B
/// invoice: the place of supply of transporting goods abroad is their destination (NIC update of
/// January 2023, spec §3.4). Choice: the exception holds when every line is such a service, since
/// any other line's place of supply is in India.
bool onlyTransportServices(const Invoice& invoice)
{
    if (invoice.itemList.isEmpty())
        return false;
    for (const Item& item : invoice.itemList) {
        if (!item.hsnCd || !(item.hsnCd->startsWith(u"9965") || item.hsnCd->startsWith(u"9968")))
            return false;
    }
    return true;
}

// --- reverse charge, e-commerce, export details --------------------------------------------------

void checkReverseCharge(const Invoice& invoice, Supply supply, Report& report)
{
    if (!isYes(invoice.tranDtls.regRev) || supply == Supply::B2b || supply == Supply::Unknown)
        return;
    report.error("2162",
        "supply.reverse-charge",
        QStringLiteral("TranDtls.RegRev"),
        Rules::tr("TranDtls.RegRev is Y on a %1 supply, but reverse charge applies only to B2B supplies")
            .arg(*invoice.tranDtls.supTyp),
        Rules::tr("Set RegRev to N. Tax on SEZ supplies, exports and deemed exports is never paid by the "
                  "recipient under reverse charge."));
}

// E-commerce operator (spec §3.2, §3.8).
// - 2195: EcmGstin must be a TCS registration: GSTN gives operators a GSTIN with 'C' in position
//   14, so a GSTIN of any other pattern cannot be one (the IRP looks the type up in the GSTN
//   master; in sandbox mode, whose GSTINs follow no pattern, a warning).
// - 2224 (EcmGstin not allowed): the IRP's exact condition is not published. Decidable offline is
//   only an operator named on its own supply: an EcmGstin with the supplier's PAN. An operator
//   selling on its own account collects no TCS from itself, so the field does not belong there.
//   A warning, as the IRP may not check this.
// - 2197 (EcmGstin required for an e-commerce supply) is not checked: whether a supply was made
//   through an operator is not in the invoice.
void checkEcommerce(const Invoice& invoice, const RuleContext& context, Report& report)
{
    const Text& ecm = invoice.tranDtls.ecmGstin;
    if (!ecm || !isGstinShaped(*ecm))
        return; // absent, or the schema check reports it
    if (gstinKind(*ecm) != GstinKind::Tcs) {
        report.add(context.sandbox ? Finding::Severity::Warning : Finding::Severity::Error,
            "2195",
            "supply.ecom.tcs",
            QStringLiteral("TranDtls.EcmGstin"),
            Rules::tr("TranDtls.EcmGstin %1 is not the GSTIN of an e-commerce operator: an operator's TCS "
                      "GSTIN has C as its 14th character")
                .arg(*ecm),
            Rules::tr("Give the e-commerce operator's TCS registration (e.g. 07AAECA1234B1CR), not its "
                      "regular GSTIN, or leave EcmGstin out when the supply was not made through an "
                      "operator."));
        return;
    }
    const Text& seller = invoice.sellerDtls.gstin;
    const QStringView sellerPan = seller ? panOfGstin(*seller) : QStringView();
    if (!sellerPan.isEmpty() && sellerPan == panOfGstin(*ecm)) {
        report.warning("2224",
            "supply.ecom.own-supply",
            QStringLiteral("TranDtls.EcmGstin"),
            Rules::tr("TranDtls.EcmGstin %1 belongs to the supplier itself (PAN %2 of SellerDtls.Gstin %3)")
                .arg(*ecm, sellerPan.toString(), *seller),
            Rules::tr("Leave EcmGstin out when the operator sells on its own account: EcmGstin names the "
                      "operator through whom another supplier sells (2224)."));
    }
}

/// A code of a master, exact; written in lower case it is a warning (the lists are upper case,
/// whether the IRP folds case is not known).
template <class Hint>
void checkMasterCode(const Text& value,
    const char* field,
    const char* code,
    const char* rule,
    bool (Masters::*known)(QStringView) const,
    Hint hint,
    const RuleContext& context,
    Report& report)
{
    if (!value || (context.masters.get()->*known)(*value))
        return;
    const QString path = fieldPath("ExpDtls", field);
    if (report.hasFindingAt(path))
        return; // malformed: the schema check reports it
    const QString upper = value->toUpper();
    if ((context.masters.get()->*known)(upper)) {
        report.warning(code,
            rule,
            path,
            Rules::tr("%1 is %2; the master lists the code in capitals: %3").arg(path, *value, upper),
            Rules::tr("Write the code in capital letters."));
        return;
    }
    report.error(code, rule, path, Rules::tr("%1 %2 is not a code of the master").arg(path, *value), hint());
}

// Exports need ExpDtls (2208). Its codes are checked against the masters wherever ExpDtls is sent
// (2201 port, 2202 country, 2203 currency). Choice: a missing Port, CntCode or ForCur is not
// reported; the schema makes them optional, services have no port, and the india-compliance
// export sample the IRP accepted has no ForCur.
void checkExportDetails(const Invoice& invoice, Supply supply, const RuleContext& context, Report& report)
{
    if (!invoice.expDtls) {
        if (isExport(supply)) {
            report.error("2208",
                "supply.export.details",
                QStringLiteral("ExpDtls"),
                Rules::tr("ExpDtls is missing on an export (%1)").arg(*invoice.tranDtls.supTyp),
                Rules::tr("Add ExpDtls with the country code (CntCode), the currency (ForCur), for goods the "
                          "port (Port) and, when known, the shipping bill number and date."));
        }
        return;
    }
    const ExportDetails& exp = *invoice.expDtls;
    checkMasterCode(
        exp.port,
        "Port",
        "2201",
        "supply.export.port",
        &Masters::isPort,
        [] {
            return Rules::tr("Use a port code of the master (six characters, e.g. INNSA1 Nhava Sheva, INBOM1 Mumbai, "
                             "INMAA1 Chennai); leave Port out for services.");
        },
        context,
        report);
    checkMasterCode(
        exp.cntCode,
        "CntCode",
        "2202",
        "supply.export.country",
        &Masters::isCountry,
        [] { return Rules::tr("Use the ISO 3166 two-letter code of the buyer's country, e.g. US, AE, GB."); },
        context,
        report);
    checkMasterCode(
        exp.forCur,
        "ForCur",
        "2203",
        "supply.export.currency",
        &Masters::isCurrency,
        [] { return Rules::tr("Use the ISO 4217 code of the invoice currency, e.g. USD, EUR, AED."); },
        context,
        report);
}

// --- place of supply ---------------------------------------------------------------------------

/// Place-of-supply rules of spec §3.4. Returns false when the place of supply is wrong in a way
/// that makes the expected tax heads meaningless (B2B/DEXP/SEZ with Pos 96).
bool checkPlaceOfSupply(const Invoice& invoice,
    Supply supply,
    std::optional<int> sellerState,
    std::optional<int> pos,
    const RuleContext& context,
    Report& report)
{
    const BuyerDetails& buyer = invoice.buyerDtls;
    const bool igstOnIntra = isYes(invoice.tranDtls.igstOnIntra);
    if (isExport(supply)) {
        // An export's place of supply is outside India: 96. The IRP has two codes for it (2229,
        // 2232) and no source tells them apart: we answer 2229. Pos equal to the supplier's state
        // makes the export intra-state, which has its own code (2181) and is reported instead.
        if (pos && *pos != kOtherCountry) {
            if (sellerState && *pos == *sellerState) {
                report.error("2181",
                    "supply.export.intra",
                    QStringLiteral("BuyerDtls.Pos"),
                    Rules::tr("BuyerDtls.Pos is %1, the supplier's own state (SellerDtls.Stcd %2), but an "
                              "export (%3) is never an intra-state supply")
                        .arg(*buyer.pos, *invoice.sellerDtls.stcd, *invoice.tranDtls.supTyp),
                    Rules::tr("Write 96 (Other Countries) as the place of supply of an export. A supply to a "
                              "recipient in India is B2B, SEZ or DEXP."));
            } else {
                report.error("2229",
                    "supply.export.pos",
                    QStringLiteral("BuyerDtls.Pos"),
                    Rules::tr("BuyerDtls.Pos is %1, but the place of supply of an export (%2) is 96 (Other "
                              "Countries)")
                        .arg(*buyer.pos, *invoice.tranDtls.supTyp),
                    Rules::tr("Write 96 as BuyerDtls.Pos of an export."));
            }
        }
        const std::optional<int> buyerState = masterState(buyer.stcd, context);
        if (buyerState && *buyerState != kOtherCountry) {
            report.error("2261",
                "supply.export.buyer-state",
                QStringLiteral("BuyerDtls.Stcd"),
                Rules::tr("BuyerDtls.Stcd is %1, but the foreign buyer of an export (%2) has state code 96")
                    .arg(*buyer.stcd, *invoice.tranDtls.supTyp),
                Rules::tr("Write 96 (Other Countries) as BuyerDtls.Stcd and 999999 as its PIN; an Indian "
                          "port or consignee goes in ShipDtls."));
        }
        // IgstOnIntra = Y says the supply is intra-state, which an export never is. Choice: only
        // this is 2263 ("IgstOnIntra not valid"); values other than Y/N are schema errors.
        if (igstOnIntra) {
            report.error("2263",
                "supply.igst-on-intra.flag",
                QStringLiteral("TranDtls.IgstOnIntra"),
                Rules::tr("TranDtls.IgstOnIntra is Y on an export (%1), which is never an intra-state "
                          "supply")
                    .arg(*invoice.tranDtls.supTyp),
                Rules::tr("Set IgstOnIntra to N or leave it out: exports always carry IGST (or no tax under "
                          "bond or LUT)."));
        }
        return true;
    }

    if (pos && *pos == kOtherCountry && !(supply == Supply::B2b && onlyTransportServices(invoice))) {
        report.error("2242",
            "supply.pos.foreign",
            QStringLiteral("BuyerDtls.Pos"),
            Rules::tr("BuyerDtls.Pos is 96 (Other Countries), which a %1 supply may not have")
                .arg(*invoice.tranDtls.supTyp),
            Rules::tr("Give the state code of the place of supply (for goods, where the delivery ends). "
                      "Only exports, and B2B goods transport or courier services (SAC 9965, 9968) to a "
                      "place abroad, have place of supply 96."));
        return false;
    }
    if ((supply == Supply::B2b || supply == Supply::Deemed) && igstOnIntra && pos && sellerState
        && *pos != *sellerState) {
        report.error("2262",
            "supply.igst-on-intra.pos",
            QStringLiteral("BuyerDtls.Pos"),
            Rules::tr("TranDtls.IgstOnIntra is Y, but BuyerDtls.Pos %1 is not the supplier's state "
                      "(SellerDtls.Stcd %2)")
                .arg(*buyer.pos, *invoice.sellerDtls.stcd),
            Rules::tr("IgstOnIntra = Y marks an intra-state supply that carries IGST; for an inter-state "
                      "supply set it to N (IGST applies anyway), or correct the place of supply."));
    }
    // SEZ supplies: the place of supply is the SEZ's state, i.e. the recipient's (spec §3.4).
    // Whether the recipient is an SEZ unit (2246, 2247) needs the GSTN master; what can be seen
    // offline is a place of supply away from the recipient's state: a warning.
    if (isSez(supply) && pos) {
        const std::optional<int> buyerState = masterState(buyer.stcd, context);
        if (buyerState && *buyerState != *pos) {
            report.warning("LOCAL-SEZ-POS",
                "supply.sez.pos",
                QStringLiteral("BuyerDtls.Pos"),
                Rules::tr("BuyerDtls.Pos is %1, but the SEZ recipient is in state %2 (BuyerDtls.Stcd)")
                    .arg(*buyer.pos, *buyer.stcd),
                Rules::tr("The place of supply of a supply to an SEZ unit or developer is the SEZ's state: "
                          "write %1 unless the supply really takes place elsewhere.")
                    .arg(*buyer.stcd));
        }
    }
    return true;
}

// --- tax heads per line ------------------------------------------------------------------------

QString slNoOf(const Item& item, qsizetype index)
{
    return item.slNo ? *item.slNo : QString::number(index + 1);
}

void checkLineHeads(const Invoice& invoice, Supply supply, TaxHeads heads, Report& report)
{
    for (qsizetype i = 0; i < invoice.itemList.size(); ++i) {
        const Item& item = invoice.itemList.at(i);
        if (heads == TaxHeads::CgstSgst) {
            // Intra-state: CGST and SGST, equal halves; no IGST (2172, 2241, 2227).
            if (isNonZero(item.igstAmt)) {
                report.error("2172",
                    "supply.tax.igst-intra",
                    itemPath(i, "IgstAmt"),
                    Rules::tr("Line %1 (ItemList[%2]) carries IGST %3, but the supply is intra-state "
                              "(SellerDtls.Stcd %4, BuyerDtls.Pos %5): CGST and SGST apply")
                        .arg(slNoOf(item, i))
                        .arg(i)
                        .arg(item.igstAmt->toPlainString(), *invoice.sellerDtls.stcd, *invoice.buyerDtls.pos),
                    Rules::tr("Split the tax into CgstAmt and SgstAmt, half the rate each, and set IgstAmt "
                              "to 0. If IGST really applies to this intra-state supply, set "
                              "TranDtls.IgstOnIntra to Y."));
                continue;
            }
            // Choice: 2241 when a head is not sent at all on a taxed line; zero amounts against a
            // positive rate are the item checks' (2234).
            const bool taxed = item.gstRt && item.gstRt->raw() > 0;
            if (taxed && (!item.cgstAmt || !item.sgstAmt)) {
                const char* missing = !item.cgstAmt ? "CgstAmt" : "SgstAmt";
                report.error("2241",
                    "supply.tax.cgst-sgst-missing",
                    itemPath(i, missing),
                    Rules::tr("Line %1 (ItemList[%2]) has GST rate %3% on an intra-state supply but no %4")
                        .arg(slNoOf(item, i))
                        .arg(i)
                        .arg(item.gstRt->toString(), QLatin1StringView(missing)),
                    Rules::tr("Send both CgstAmt and SgstAmt on an intra-state line, each half the tax."));
                continue;
            }
            if (item.cgstAmt && item.sgstAmt && *item.cgstAmt != *item.sgstAmt) {
                report.error("2227",
                    "supply.tax.cgst-sgst-equal",
                    itemPath(i, "SgstAmt"),
                    Rules::tr("Line %1 (ItemList[%2]): CgstAmt %3 and SgstAmt %4 differ")
                        .arg(slNoOf(item, i))
                        .arg(i)
                        .arg(item.cgstAmt->toPlainString(), item.sgstAmt->toPlainString()),
                    Rules::tr("CGST and SGST are equal halves: compute each as AssAmt × GstRt / 200, rounded "
                              "to the paisa."));
            }
            continue;
        }
        // IGST or no tax: no CGST or SGST. SEZ supplies answer 2237, exports 2180, others 2174.
        if (!isNonZero(item.cgstAmt) && !isNonZero(item.sgstAmt))
            continue;
        const char* field = isNonZero(item.cgstAmt) ? "CgstAmt" : "SgstAmt";
        const QString line = slNoOf(item, i);
        const QString amounts =
            Rules::tr("CgstAmt %1, SgstAmt %2").arg(amountText(item.cgstAmt), amountText(item.sgstAmt));
        if (isSez(supply)) {
            report.error("2237",
                "supply.tax.sez-igst",
                itemPath(i, field),
                Rules::tr("Line %1 (ItemList[%2]) carries %3 on a supply to an SEZ (%4), which is "
                          "inter-state: IGST only")
                    .arg(line)
                    .arg(i)
                    .arg(amounts, *invoice.tranDtls.supTyp),
                heads == TaxHeads::None
                    ? Rules::tr("Set CgstAmt and SgstAmt to 0: a supply to an SEZ under bond or LUT (SEZWOP) "
                                "carries no tax.")
                    : Rules::tr("Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and "
                                "SgstAmt to 0, even when the SEZ is in the supplier's state."));
        } else if (isExport(supply)) {
            report.error("2180",
                "supply.tax.export-igst",
                itemPath(i, field),
                Rules::tr("Line %1 (ItemList[%2]) carries %3 on an export (%4): IGST only")
                    .arg(line)
                    .arg(i)
                    .arg(amounts, *invoice.tranDtls.supTyp),
                heads == TaxHeads::None
                    ? Rules::tr("Set CgstAmt and SgstAmt to 0: an export under bond or LUT (EXPWOP) carries "
                                "no tax.")
                    : Rules::tr("Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and "
                                "SgstAmt to 0."));
        } else {
            report.error("2174",
                "supply.tax.cgst-inter",
                itemPath(i, field),
                Rules::tr("Line %1 (ItemList[%2]) carries %3, but the supply carries IGST (SellerDtls.Stcd "
                          "%4, BuyerDtls.Pos %5, IgstOnIntra %6)")
                    .arg(line)
                    .arg(i)
                    .arg(amounts,
                        invoice.sellerDtls.stcd.value_or(QString()),
                        invoice.buyerDtls.pos.value_or(QString()),
                        invoice.tranDtls.igstOnIntra.value_or(QStringLiteral("N"))),
                isYes(invoice.tranDtls.igstOnIntra)
                    ? Rules::tr("TranDtls.IgstOnIntra is Y, so the whole tax is IGST: charge it as IgstAmt "
                                "(AssAmt × GstRt / 100) and set CgstAmt and SgstAmt to 0, or set IgstOnIntra to "
                                "N if CGST and SGST apply.")
                    : Rules::tr("Charge the whole tax as IgstAmt (AssAmt × GstRt / 100) and set CgstAmt and "
                                "SgstAmt to 0: a supply whose place of supply is another state is inter-state."));
        }
    }
}

/// 2249: goods and services together where IGST is charged although the place of supply is the
/// supplier's state (IgstOnIntra = Y, or an SEZ in the supplier's state). Reported at the first
/// line whose IsServc differs from the first line's.
void checkGoodsServicesMix(
    const Invoice& invoice, Supply supply, std::optional<int> sellerState, std::optional<int> pos, Report& report)
{
    if (!sellerState || !pos || *sellerState != *pos)
        return;
    const bool igstOnIntra = (supply == Supply::B2b || supply == Supply::Deemed) && isYes(invoice.tranDtls.igstOnIntra);
    if (!igstOnIntra && !isSez(supply))
        return;
    const QString* first = nullptr;
    for (qsizetype i = 0; i < invoice.itemList.size(); ++i) {
        const Text& servc = invoice.itemList.at(i).isServc;
        if (!servc || (*servc != u"Y" && *servc != u"N"))
            continue;
        if (!first) {
            first = &*servc;
        } else if (*servc != *first) {
            report.error("2249",
                "supply.mix.goods-services",
                itemPath(i, "IsServc"),
                Rules::tr("ItemList[%1] is %2 and an earlier line is %3, but goods and services may not be "
                          "mixed on an invoice that charges IGST with the place of supply in the supplier's "
                          "state (%4)")
                    .arg(i)
                    .arg(*servc == u"Y" ? Rules::tr("a service") : Rules::tr("goods"),
                        *first == u"Y" ? Rules::tr("a service") : Rules::tr("goods"),
                        *invoice.buyerDtls.pos),
                Rules::tr("Issue separate invoices for the goods and for the services."));
            return;
        }
    }
}

} // namespace

void checkSupply(const Invoice& invoice, const RuleContext& context, Report& report)
{
    const Supply supply = supplyOf(invoice.tranDtls.supTyp);
    checkReverseCharge(invoice, supply, report);
    checkEcommerce(invoice, context, report);
    checkExportDetails(invoice, supply, context, report);
    if (supply == Supply::Unknown)
        return;

    std::optional<int> sellerState = masterState(invoice.sellerDtls.stcd, context);
    if (sellerState && *sellerState == kOtherCountry)
        sellerState.reset(); // 2259
    const std::optional<int> pos = masterState(invoice.buyerDtls.pos, context);
    const bool posUsable = checkPlaceOfSupply(invoice, supply, sellerState, pos, context, report);

    // The heads of B2B and deemed exports follow the seller's state, the place of supply and
    // IgstOnIntra; SEZ and export heads do not depend on them. An IgstOnIntra other than Y or N
    // (e.g. "y") is a schema error, and which heads it meant is not known: no head rules then.
    const Text& flag = invoice.tranDtls.igstOnIntra;
    const bool flagReadable = !flag || *flag == u"Y" || *flag == u"N";
    const bool sezOrExport = isSez(supply) || isExport(supply);
    const bool headsKnown = sezOrExport || (sellerState && pos && posUsable && flagReadable);
    if (headsKnown)
        checkLineHeads(invoice, supply, taxHeadsOf(invoice), report);
    if (flagReadable || sezOrExport)
        checkGoodsServicesMix(invoice, supply, sellerState, pos, report);
}

} // namespace irndesk::rules
