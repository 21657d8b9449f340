// SPDX-License-Identifier: GPL-3.0-or-later
// Line rules (spec §3.5, the item half of §3.6, §7.2): the HSN/SAC code against the masters,
// goods versus services, quantity and unit, the GST rate, serial numbers, and each line's
// arithmetic. Which tax heads a line may carry (2172, 2174, 2227, 2241, ...) is SupplyChecks'.
#include "core/model/Dates.h"
#include "core/model/Recompute.h"
#include "core/rules/Checks.h"

#include <algorithm>
#include <initializer_list>
#include <numeric>
#include <optional>
#include <vector>

namespace irndesk::rules {

namespace {

// Tolerances of the line arithmetic. [U] The IRP documents a tolerance only for the invoice total
// (±1, 2189); spec §3.6/§10 assume ±1 for the line checks too (ERPNext's pre-check uses it). Our
// choice, the same for every line check:
//  - a difference beyond ±1.00 is an error with the IRP's code;
//  - a smaller difference the arithmetic does not explain is a warning with the same code: the
//    IRP would probably accept it, but it is not what the numbers give.
// Amounts computed from a rate (tax, cess) may be off by one paisa without a finding: real
// invoices spread rounding over lines (india-compliance's sandbox-accepted return_invoice has
// CgstAmt 0.45 where 7.60 × 6 % = 0.456 rounds to 0.46). Sums (AssAmt, TotItemVal) involve no
// rounding, so any difference is reported.
constexpr Money kIrpTolerance = Money::fromRaw(100);
constexpr Money kRoundingSlack = Money::fromRaw(1);

QString rate(Rate r)
{
    return r.toString();
}

bool isDigits(QStringView text)
{
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return false;
    return !text.isEmpty();
}

bool isLetters(QStringView text)
{
    for (QChar c : text)
        if (!((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return false;
    return !text.isEmpty();
}

/// True when a finding already sits at one of the paths: the arithmetic of a field that another
/// rule (schema, tax heads) has rejected would only repeat that finding.
bool anyFindingAt(const Report& report, std::initializer_list<QString> paths)
{
    for (const QString& p : paths)
        if (report.hasFindingAt(p))
            return true;
    return false;
}

/// Reports `actual` against `expected` with the tolerance scheme above; `slack` is what rounding
/// explains (0 for sums). Returns the severity used, or nothing when the values agree.
struct Deviation
{
    bool found = false;
    Finding::Severity severity = Finding::Severity::Warning;
};

Deviation deviation(Money actual, Money expected, Money slack)
{
    const Money diff = absolute(actual - expected);
    if (diff > kIrpTolerance)
        return { true, Finding::Severity::Error };
    if (diff > slack)
        return { true, Finding::Severity::Warning };
    return {};
}

QString toleranceNote(Finding::Severity severity)
{
    return severity == Finding::Severity::Error
        ? Rules::tr("more than the ±1.00 the IRP is taken to allow")
        : Rules::tr("within the ±1.00 the IRP is taken to allow, but not what the numbers give");
}

void checkHsn(const Item& item, qsizetype i, const RuleContext& context, Report& report)
{
    if (!item.hsnCd)
        return;
    const QString& hsn = *item.hsnCd;
    // A malformed code (length, letters, all zeros) is the schema check's finding.
    if (!isDigits(hsn) || (hsn.size() != 4 && hsn.size() != 6 && hsn.size() != 8))
        return;
    const Masters::HsnStatus status = context.masters->hsnStatus(hsn);
    const bool listedAndLong = status == Masters::HsnStatus::EInvoiceList && hsn.size() != 4;
    if (!listedAndLong && report.hasFindingAt(itemPath(i, "HsnCd")))
        return; // the schema check rejected the code (e.g. all zeros)
    if (status == Masters::HsnStatus::Unknown) {
        report.error("2176",
            "item.hsn.master",
            itemPath(i, "HsnCd"),
            Rules::tr("HSN/SAC code %1 of line %2 is in neither the e-invoice HSN list nor the GST "
                      "portal's HSN/SAC master (masters %3)")
                .arg(hsn, item.slNo.value_or(QString::number(i + 1)), context.masters->version()),
            Rules::tr("Look the code up in the GST portal's HSN/SAC search and use a current 6- or "
                      "8-digit code. If the code is new, update the HSN master files."));
    } else if (hsn.size() == 4) {
        // Notification 78/2020-CT: AATO above ₹5 crore needs at least 6 digits, enforced on
        // e-invoices from 15/12/2023 (the IRP answers "6 digit HSN code is mandatory for taxpayers
        // with AATO >= 5 Cr"; its code is not published, 2176 is the HSN code's family). The
        // context knows only "AATO >= ₹10 crore": then it is an error. Otherwise we cannot tell
        // (e-invoicing applies to anyone above ₹5 crore in any year since 2017-18, the 6-digit
        // rule to the preceding year's AATO), so it is a warning.
        const bool large = context.aatoAtLeast10Crore;
        report.add(large ? Finding::Severity::Error : Finding::Severity::Warning,
            "2176",
            "item.hsn.six-digits",
            itemPath(i, "HsnCd"),
            Rules::tr("HSN/SAC code %1 of line %2 has 4 digits; taxpayers with an aggregate turnover "
                      "above ₹5 crore must report at least 6")
                .arg(hsn, item.slNo.value_or(QString::number(i + 1))),
            Rules::tr("Use the 6- or 8-digit code under heading %1 that describes the item.").arg(hsn));
    } else if (status == Masters::HsnStatus::PortalOnly) {
        report.warning("2176",
            "item.hsn.portal-list",
            itemPath(i, "HsnCd"),
            Rules::tr("HSN/SAC code %1 of line %2 is in the GST portal's master but not in the list "
                      "of codes known to be accepted on e-invoices; the IRP may reject it (2176)")
                .arg(hsn, item.slNo.value_or(QString::number(i + 1))),
            // An 8-digit code has nothing more specific under it, nor has a SAC code (SACs have at
            // most 6 digits): only a 6-digit HSN code can be narrowed.
            hsn.size() == 6 && !hsn.startsWith(u"99")
                ? Rules::tr("Prefer the more specific 8-digit code under %1 if there is one.").arg(hsn)
                : Rules::tr("Check the code in the GST portal's HSN/SAC search; if the IRP rejects it, use "
                            "the nearest code that e-invoices accept."));
    }

    // Spec §3.5/§7.2: IsServc = Y exactly for SAC codes (chapter 99). [U] NIC lists 2199 as its
    // HSN error for a goods/service mismatch; we use it.
    if (item.isServc && (*item.isServc == u"Y" || *item.isServc == u"N")) {
        const bool sac = hsn.startsWith(u"99");
        const bool service = *item.isServc == u"Y";
        if (sac != service && !report.hasFindingAt(itemPath(i, "IsServc"))) {
            report.error("2199",
                "item.hsn.service-flag",
                itemPath(i, "IsServc"),
                service ? Rules::tr("Line %1 is marked as a service (IsServc Y) but %2 is an HSN "
                                    "code of goods; SAC codes of services begin with 99")
                              .arg(item.slNo.value_or(QString::number(i + 1)), hsn)
                        : Rules::tr("Line %1 is marked as goods (IsServc N) but %2 is a SAC code "
                                    "of a service")
                              .arg(item.slNo.value_or(QString::number(i + 1)), hsn),
                Rules::tr("Set IsServc to Y for SAC codes (99...) and to N for goods, or correct the "
                          "code."));
        }
    }
}

void checkQuantityAndUnit(const Item& item, qsizetype i, const RuleContext& context, Report& report)
{
    const bool goods = item.isServc && *item.isServc == u"N";
    if (goods && !item.qty) {
        report.error("2238",
            "item.qty.required",
            itemPath(i, "Qty"),
            Rules::tr("Line %1 is goods but has no quantity").arg(item.slNo.value_or(QString::number(i + 1))),
            Rules::tr("Give Qty for every goods line (IsServc N); only services may leave it out."));
    }
    if (goods && !item.unit) {
        report.error("2239",
            "item.unit.required",
            itemPath(i, "Unit"),
            Rules::tr("Line %1 is goods but has no unit").arg(item.slNo.value_or(QString::number(i + 1))),
            Rules::tr("Give Unit, a UQC code such as NOS, KGS or PCS, for every goods line; use OTH when "
                      "no other code fits."));
    }
    if (item.unit && item.unit->size() >= 3 && item.unit->size() <= 8 && isLetters(*item.unit)
        && !context.masters->isUnit(*item.unit)) {
        const QString upper = item.unit->toUpper();
        if (context.masters->isUnit(upper)) {
            // [U] The schema admits lower case, the UQC master is upper case; whether the IRP
            // compares case-insensitively is not known.
            report.warning("2177",
                "item.unit.case",
                itemPath(i, "Unit"),
                Rules::tr("Unit %1 of line %2 is the UQC code %3 in lower case")
                    .arg(*item.unit, item.slNo.value_or(QString::number(i + 1)), upper),
                Rules::tr("Write UQC codes in capitals (%1): the master lists them so.").arg(upper));
        } else {
            report.error("2177",
                "item.unit.master",
                itemPath(i, "Unit"),
                Rules::tr("Unit %1 of line %2 is not a UQC code")
                    .arg(*item.unit, item.slNo.value_or(QString::number(i + 1))),
                Rules::tr("Use a code of the UQC master (NOS, PCS, KGS, LTR, MTR, BOX, SET, ...); OTH "
                          "stands for any other unit."));
        }
    }
}

void checkRate(const Item& item, qsizetype i, const RuleContext& context, Report& report)
{
    if (!item.gstRt || context.masters->isGstRate(*item.gstRt))
        return;
    const QString path = itemPath(i, "GstRt");
    if (report.hasFindingAt(path))
        return;
    report.error("2240",
        "item.gst-rate.allowed",
        path,
        Rules::tr("GST rate %1% of line %2 is not a GST rate")
            .arg(rate(*item.gstRt), item.slNo.value_or(QString::number(i + 1))),
        Rules::tr("Use one of the rates 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28 or 40 (the whole "
                  "rate: CGST + SGST together, or IGST)."));
}

/// 2233: every SlNo once. The later line of a pair is reported.
void checkSerialNumbers(const Invoice& invoice, Report& report)
{
    const QList<Item>& items = invoice.itemList;
    const qsizetype n = items.size();
    const auto reportDuplicate = [&](qsizetype later, qsizetype first) {
        report.error("2233",
            "item.slno.unique",
            itemPath(later, "SlNo"),
            Rules::tr("Line serial number %1 is used again: lines %2 and %3 of the list have it")
                .arg(*items[later].slNo)
                .arg(first + 1)
                .arg(later + 1),
            Rules::tr("Number the lines 1, 2, 3, ... with each SlNo used once."));
    };
    if (n <= 64) {
        for (qsizetype i = 1; i < n; ++i) {
            if (!items[i].slNo)
                continue;
            for (qsizetype j = 0; j < i; ++j) {
                if (items[j].slNo && *items[j].slNo == *items[i].slNo) {
                    reportDuplicate(i, j);
                    break;
                }
            }
        }
        return;
    }
    std::vector<qsizetype> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), qsizetype{ 0 });
    const auto slNo = [&](qsizetype k) {
        return QStringView(items[k].slNo ? *items[k].slNo : QString());
    };
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return slNo(a) < slNo(b); });
    for (std::size_t k = 1; k < order.size(); ++k) {
        const qsizetype i = order[k];
        if (!items[i].slNo)
            continue;
        std::size_t first = k;
        while (first > 0 && items[order[first - 1]].slNo && slNo(order[first - 1]) == slNo(i))
            --first;
        if (first != k)
            reportDuplicate(i, order[first]);
    }
}

struct LineContext
{
    bool note = false; ///< CRN or DBN: the IRP does not check tax against the rate
    bool rsp = false; ///< RSP-based levy: 2194/2234/2235 suppressed
    bool taxMayBeExcluded = false; ///< reverse charge or EXPWP: TotItemVal may leave the tax out
    TaxHeads heads = TaxHeads::CgstSgst;
};

void checkLineAmounts(const Item& item, qsizetype i, const LineContext& line, Report& report)
{
    const auto lineName = [&]() {
        return item.slNo.value_or(QString::number(i + 1));
    };

    // 2193: AssAmt = TotAmt - Discount (no rounding involved).
    if (item.totAmt && item.assAmt) {
        const Money expected = *item.totAmt - orZero(item.discount);
        const Deviation d = deviation(*item.assAmt, expected, Money());
        if (d.found && expected.isNegative()
            && !anyFindingAt(report, { itemPath(i, "AssAmt"), itemPath(i, "TotAmt"), itemPath(i, "Discount") })) {
            // TotAmt - Discount would be negative, and amounts cannot be (schema minimum 0): the
            // discount is what is wrong, not AssAmt. Same severity as any other 2193.
            report.add(d.severity,
                "2193",
                "item.assessable-amount",
                itemPath(i, "AssAmt"),
                Rules::tr("Discount %1 of line %2 is more than its TotAmt %3, so the line has no "
                          "taxable value (AssAmt is %4)")
                    .arg(money(orZero(item.discount)), lineName(), money(*item.totAmt), money(*item.assAmt)),
                Rules::tr("A line's Discount cannot exceed its gross amount TotAmt: correct the discount or "
                          "the quantity and price. To pass value back to the buyer, issue a credit note."));
        } else if (d.found
            && !anyFindingAt(report, { itemPath(i, "AssAmt"), itemPath(i, "TotAmt"), itemPath(i, "Discount") })) {
            report.add(d.severity,
                "2193",
                "item.assessable-amount",
                itemPath(i, "AssAmt"),
                Rules::tr("AssAmt of line %1 is %2 but TotAmt %3 less Discount %4 is %5 (%6)")
                    .arg(lineName(),
                        money(*item.assAmt),
                        money(*item.totAmt),
                        money(orZero(item.discount)),
                        money(expected),
                        toleranceNote(d.severity)),
                Rules::tr("Set AssAmt (the taxable value) to TotAmt - Discount."));
        }
    }

    // 2192: TotAmt = Qty x UnitPrice. NIC withdrew the check in 2020 (spec §3.6): a warning only.
    // ERPs often derive UnitPrice = round(TotAmt / Qty, 3), so a difference up to Qty x 0.0005
    // (half a unit of UnitPrice's last place on every unit) plus a paisa is rounding. A zero Qty
    // is a value-only line (india-compliance sends such debit notes): nothing to check. Without a
    // Qty (a service may leave it out, spec §3.5) there is no product to compare with: UnitPrice
    // may be a rate per hour or per visit whose count the line does not give, so nothing is
    // checked either (a goods line without Qty is 2238 already).
    if (item.totAmt && item.unitPrice && item.qty && !item.qty->isZero()) {
        const Money expected = multiplyRounded<2>(*item.qty, *item.unitPrice);
        const Money slack = Money::fromRaw((absolute(Money::fromRaw(item.qty->raw())).raw() + 19999) / 20000 + 1);
        if (absolute(*item.totAmt - expected) > slack
            && !anyFindingAt(report, { itemPath(i, "TotAmt"), itemPath(i, "Qty"), itemPath(i, "UnitPrice") })) {
            report.warning("2192",
                "item.gross-amount",
                itemPath(i, "TotAmt"),
                Rules::tr("TotAmt of line %1 is %2 but Qty %3 × UnitPrice %4 is %5")
                    .arg(lineName(),
                        money(*item.totAmt),
                        item.qty->toString(),
                        item.unitPrice->toString(),
                        money(expected)),
                Rules::tr("The IRP no longer rejects this (2192 was withdrawn), but the printed "
                          "invoice should add up: TotAmt = Qty × UnitPrice."));
        }
    }

    if (!item.assAmt)
        return;
    const Money assAmt = *item.assAmt;
    const Rate gstRate = item.gstRt.value_or(Rate());

    // 2234/2235: the tax against the rate (spec §3.5). Not on credit/debit notes (the IRP does not
    // check them), not on RSP-levied lines, and under SEZWOP/EXPWOP only when an amount is given.
    // A line whose tax heads SupplyChecks already rejected (wrong head 2172/2174, unequal halves
    // 2227, missing head 2241, ...) gets no arithmetic finding on top: one mistake, one finding.
    if (item.gstRt && !line.note && !line.rsp) {
        // Which heads apply follows from SupTyp, IgstOnIntra, SellerDtls.Stcd and BuyerDtls.Pos:
        // when one of those was rejected, the heads we derived from it prove nothing. Asked once,
        // before this line's own findings are added.
        std::optional<bool> rejected;
        const auto headsRejected = [&]() {
            if (!rejected) {
                rejected = anyFindingAt(report,
                               { itemPath(i, "IgstAmt"),
                                   itemPath(i, "CgstAmt"),
                                   itemPath(i, "SgstAmt"),
                                   itemPath(i, "GstRt"),
                                   itemPath(i, "AssAmt") })
                    || anyFindingAt(report,
                        { QStringLiteral("TranDtls.SupTyp"),
                            QStringLiteral("TranDtls.IgstOnIntra"),
                            QStringLiteral("SellerDtls.Stcd"),
                            QStringLiteral("BuyerDtls.Pos") });
            }
            return *rejected;
        };
        if (line.heads == TaxHeads::CgstSgst) {
            const Money half = multiplyRounded<2>(assAmt, gstRate, 200);
            const struct
            {
                const Amount& amount;
                const char* field;
            } heads[] = { { item.cgstAmt, "CgstAmt" }, { item.sgstAmt, "SgstAmt" } };
            const Deviation deviations[] = { deviation(orZero(item.cgstAmt), half, kRoundingSlack),
                deviation(orZero(item.sgstAmt), half, kRoundingSlack) };
            for (std::size_t h = 0; h < 2; ++h) {
                const Deviation& d = deviations[h];
                if (d.found && !headsRejected()) {
                    report.add(d.severity,
                        "2234",
                        "item.tax.cgst-sgst",
                        itemPath(i, heads[h].field),
                        Rules::tr("%1 of line %2 is %3 but half of %4% of AssAmt %5 is %6 (%7)")
                            .arg(QLatin1StringView(heads[h].field),
                                lineName(),
                                money(orZero(heads[h].amount)),
                                rate(gstRate),
                                money(assAmt),
                                money(half),
                                toleranceNote(d.severity)),
                        Rules::tr("Compute CGST and SGST each as AssAmt × GstRt / 200, rounded half-up to "
                                  "the paisa, so that both are equal."));
                }
            }
        } else if (line.heads == TaxHeads::Igst || (item.igstAmt && !item.igstAmt->isZero())) {
            const Money full = multiplyRounded<2>(assAmt, gstRate, 100);
            const Deviation d = deviation(orZero(item.igstAmt), full, kRoundingSlack);
            if (d.found && !headsRejected()) {
                report.add(d.severity,
                    "2235",
                    "item.tax.igst",
                    itemPath(i, "IgstAmt"),
                    Rules::tr("IgstAmt of line %1 is %2 but %3% of AssAmt %4 is %5 (%6)")
                        .arg(lineName(),
                            money(orZero(item.igstAmt)),
                            rate(gstRate),
                            money(assAmt),
                            money(full),
                            toleranceNote(d.severity)),
                    Rules::tr("Compute IGST as AssAmt × GstRt / 100, rounded half-up to the paisa."));
            }
        }
    }

    // Cess against its rate: a warning of our own. The IRP checks cess against an HSN-wise cess
    // master (2266/2267), which is not public, so that cannot be done offline; an amount that is
    // not what the line's own CesRt gives is at least suspicious. Same relaxations as the tax.
    if (!line.note && !line.rsp) {
        const struct
        {
            const Decimal3& rate;
            const Amount& amount;
            const char* rateField;
            const char* amountField;
            const char* code;
            const char* rule;
        } cesses[] = {
            { item.cesRt, item.cesAmt, "CesRt", "CesAmt", "LOCAL-CESS-AMOUNT", "item.cess.rate" },
            { item.stateCesRt,
                item.stateCesAmt,
                "StateCesRt",
                "StateCesAmt",
                "LOCAL-STATE-CESS-AMOUNT",
                "item.state-cess.rate" },
        };
        for (const auto& cess : cesses) {
            if (!cess.rate)
                continue;
            if (line.heads == TaxHeads::None && orZero(cess.amount).isZero())
                continue;
            const Money expected = multiplyRounded<2>(assAmt, *cess.rate, 100);
            if (absolute(orZero(cess.amount) - expected) > kRoundingSlack
                && !anyFindingAt(report, { itemPath(i, cess.amountField), itemPath(i, cess.rateField) })) {
                report.warning(cess.code,
                    cess.rule,
                    itemPath(i, cess.amountField),
                    Rules::tr("%1 of line %2 is %3 but %4 %5% of AssAmt %6 is %7")
                        .arg(QLatin1StringView(cess.amountField),
                            lineName(),
                            money(orZero(cess.amount)),
                            QLatin1StringView(cess.rateField),
                            rate(*cess.rate),
                            money(assAmt),
                            money(expected)),
                    Rules::tr("Compute the ad-valorem cess as AssAmt × rate / 100; a specific (per-unit) "
                              "cess goes in the NonAdvl field. The IRP also checks cess against its "
                              "HSN-wise rates (2266), which cannot be checked offline."));
            }
        }
    }

    // 2194: TotItemVal = AssAmt + taxes + cesses + OthChrg. Under reverse charge and for EXPWP the
    // total may leave out the GST (india-compliance sends TotItemVal = taxable value under RCM),
    // and with it the cess: any of the three totals is accepted there.
    if (item.totItemVal && !line.rsp) {
        const Money gst = orZero(item.igstAmt) + orZero(item.cgstAmt) + orZero(item.sgstAmt);
        const Money cess = orZero(item.cesAmt) + orZero(item.cesNonAdvlAmt) + orZero(item.stateCesAmt)
            + orZero(item.stateCesNonAdvlAmt);
        const Money full = assAmt + gst + cess + orZero(item.othChrg);
        Money expected = full;
        Money diff = absolute(*item.totItemVal - full);
        if (line.taxMayBeExcluded) {
            for (const Money alternative : { full - gst, full - gst - cess }) {
                if (absolute(*item.totItemVal - alternative) < diff) {
                    diff = absolute(*item.totItemVal - alternative);
                    expected = alternative;
                }
            }
        }
        const Deviation d = deviation(*item.totItemVal, expected, Money());
        if (d.found && !report.hasFindingAt(itemPath(i, "TotItemVal"))) {
            report.add(d.severity,
                "2194",
                "item.total",
                itemPath(i, "TotItemVal"),
                Rules::tr("TotItemVal of line %1 is %2 but AssAmt %3 + GST %4 + cess %5 + OthChrg %6 is %7 "
                          "(%8)")
                    .arg(lineName(),
                        money(*item.totItemVal),
                        money(assAmt),
                        money(gst),
                        money(cess),
                        money(orZero(item.othChrg)),
                        money(full),
                        toleranceNote(d.severity)),
                line.taxMayBeExcluded
                    ? Rules::tr("Set TotItemVal to the line's taxable value plus its tax, cess and other "
                                "charges (under reverse charge or EXPWP it may leave the tax out).")
                    : Rules::tr("Set TotItemVal to the line's taxable value plus its tax, cess and other "
                                "charges."));
        }
    }
}

} // namespace

void checkItems(const Invoice& invoice, const RuleContext& context, Report& report)
{
    LineContext line;
    const Text& type = invoice.docDtls.typ;
    line.note =
        type && (type->compare(u"CRN", Qt::CaseInsensitive) == 0 || type->compare(u"DBN", Qt::CaseInsensitive) == 0);
    line.heads = taxHeadsOf(invoice);
    line.taxMayBeExcluded = isYes(invoice.tranDtls.regRev)
        || (invoice.tranDtls.supTyp && invoice.tranDtls.supTyp->compare(u"EXPWP", Qt::CaseInsensitive) == 0);
    const QDate date = parseInvoiceDate(invoice.docDtls.dt ? QStringView(*invoice.docDtls.dt) : QStringView());
    const bool rspPeriod = date.isValid() && date >= rspLevyStart();

    for (qsizetype i = 0; i < invoice.itemList.size(); ++i) {
        const Item& item = invoice.itemList[i];
        checkHsn(item, i, context, report);
        checkQuantityAndUnit(item, i, context, report);
        checkRate(item, i, context, report);
        line.rsp = rspPeriod && item.hsnCd && isRspLevied(*item.hsnCd);
        checkLineAmounts(item, i, line, report);
    }
    checkSerialNumbers(invoice, report);
}

} // namespace irndesk::rules
