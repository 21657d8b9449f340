// SPDX-License-Identifier: GPL-3.0-or-later
// Invoice totals (spec §3.6, document level): ValDtls against the sum of the lines (2182-2188),
// the invoice value (2189), the invoice discount (2220) and the round-off.
#include "core/rules/Checks.h"

#include <initializer_list>

namespace irndesk::rules {

namespace {

// [U] The IRP documents ±1 for the invoice value (2189) and no tolerance for the sums of 2182-2188.
// The sums involve no rounding (every line amount has two places), so we compute them exactly and
// use the same scheme as the line checks (ItemChecks.cpp): beyond ±1.00 an error with the IRP's
// code, any smaller difference a warning with that code. An absent ValDtls amount counts as 0.
constexpr Money kIrpTolerance = Money::fromRaw(100);

struct Sums
{
    Money assAmt, cgstAmt, sgstAmt, igstAmt, cesAmt, cesNonAdvlAmt, stateCes, itemTotal;
};

Sums lineSums(const Invoice& invoice)
{
    Sums s;
    for (const Item& item : invoice.itemList) {
        s.assAmt += orZero(item.assAmt);
        s.cgstAmt += orZero(item.cgstAmt);
        s.sgstAmt += orZero(item.sgstAmt);
        s.igstAmt += orZero(item.igstAmt);
        s.cesAmt += orZero(item.cesAmt);
        s.cesNonAdvlAmt += orZero(item.cesNonAdvlAmt);
        s.stateCes += orZero(item.stateCesAmt) + orZero(item.stateCesNonAdvlAmt);
        s.itemTotal += orZero(item.totItemVal);
    }
    return s;
}

QString toleranceNote(Finding::Severity severity)
{
    return severity == Finding::Severity::Error
        ? Rules::tr("more than the ±1.00 the IRP is taken to allow")
        : Rules::tr("within the ±1.00 the IRP is taken to allow, but not exact");
}

/// True when a line amount that goes into a total was already rejected (a wrong or missing tax
/// head, a line total off): the total then differs because of that line, and saying so again at
/// ValDtls would report one mistake twice. Fixing the line shows whether the total is right.
bool lineRejected(const Report& report, const Invoice& invoice, std::initializer_list<const char*> fields)
{
    for (qsizetype i = 0; i < invoice.itemList.size(); ++i)
        for (const char* field : fields)
            if (report.hasFindingAt(itemPath(i, field)))
                return true;
    return false;
}

/// One ValDtls sum against the lines.
void checkSum(Report& report,
    const Invoice& invoice,
    const char* code,
    const char* rule,
    const char* field,
    const Amount& actual,
    Money expected,
    const char* linesText,
    std::initializer_list<const char*> lineFields)
{
    const Money diff = absolute(orZero(actual) - expected);
    if (diff.isZero())
        return;
    const QString path = fieldPath("ValDtls", field);
    if (report.hasFindingAt(path) || lineRejected(report, invoice, lineFields))
        return;
    const auto severity = diff > kIrpTolerance ? Finding::Severity::Error : Finding::Severity::Warning;
    report.add(severity,
        code,
        rule,
        path,
        Rules::tr("%1 is %2 but the lines' %3 add up to %4 (%5)")
            .arg(QLatin1StringView(field),
                actual ? money(*actual) : Rules::tr("absent (0)"),
                QLatin1StringView(linesText),
                money(expected),
                toleranceNote(severity)),
        Rules::tr("Set ValDtls.%1 to the sum of the lines, %2.").arg(QLatin1StringView(field), money(expected)));
}

} // namespace

void checkTotals(const Invoice& invoice, const RuleContext& context, Report& report)
{
    Q_UNUSED(context);
    const ValueDetails& v = invoice.valDtls;
    const Sums sums = lineSums(invoice);

    checkSum(
        report, invoice, "2182", "totals.assessable-value", "AssVal", v.assVal, sums.assAmt, "AssAmt", { "AssAmt" });
    checkSum(report, invoice, "2183", "totals.sgst", "SgstVal", v.sgstVal, sums.sgstAmt, "SgstAmt", { "SgstAmt" });
    checkSum(report, invoice, "2184", "totals.cgst", "CgstVal", v.cgstVal, sums.cgstAmt, "CgstAmt", { "CgstAmt" });
    checkSum(report, invoice, "2185", "totals.igst", "IgstVal", v.igstVal, sums.igstAmt, "IgstAmt", { "IgstAmt" });
    // CesVal = Σ (CesAmt + CesNonAdvlAmt) (spec §2.2, §3.6). NIC's list has 2186 for the cess total
    // and 2188 for the non-ad-valorem cess, while the schema has one field for both. Our reading:
    // 2188 when CesVal holds exactly the ad-valorem cess and leaves out the lines' non-ad-valorem
    // cess, 2186 for any other difference.
    const Money cesExpected = sums.cesAmt + sums.cesNonAdvlAmt;
    if (!sums.cesNonAdvlAmt.isZero() && orZero(v.cesVal) == sums.cesAmt
        && !report.hasFindingAt(fieldPath("ValDtls", "CesVal"))) {
        report.error("2188",
            "totals.cess-non-advol",
            fieldPath("ValDtls", "CesVal"),
            Rules::tr("CesVal is %1, the lines' ad-valorem cess only; their non-ad-valorem cess "
                      "(CesNonAdvlAmt) of %2 is missing from it")
                .arg(money(orZero(v.cesVal)), money(sums.cesNonAdvlAmt)),
            Rules::tr("CesVal holds both kinds of compensation cess: set it to %1.").arg(money(cesExpected)));
    } else {
        checkSum(report,
            invoice,
            "2186",
            "totals.cess",
            "CesVal",
            v.cesVal,
            cesExpected,
            "CesAmt + CesNonAdvlAmt",
            { "CesAmt", "CesNonAdvlAmt" });
    }
    checkSum(report,
        invoice,
        "2187",
        "totals.state-cess",
        "StCesVal",
        v.stCesVal,
        sums.stateCes,
        "StateCesAmt + StateCesNonAdvlAmt",
        { "StateCesAmt", "StateCesNonAdvlAmt" });

    // 2189: TotInvVal = Σ TotItemVal + OthChrg - Discount + RndOffAmt, ±1 (documented). A smaller
    // difference is accepted by the IRP; we warn, since RndOffAmt is where it belongs.
    if (v.totInvVal) {
        const Money expected = sums.itemTotal + orZero(v.othChrg) - orZero(v.discount) + orZero(v.rndOffAmt);
        const Money diff = absolute(*v.totInvVal - expected);
        if (!diff.isZero() && !report.hasFindingAt(u"ValDtls.TotInvVal")
            && !lineRejected(report, invoice, { "TotItemVal" })) {
            const QString path = fieldPath("ValDtls", "TotInvVal");
            const auto severity = diff > kIrpTolerance ? Finding::Severity::Error : Finding::Severity::Warning;
            report.add(severity,
                "2189",
                "totals.invoice-value",
                path,
                Rules::tr("TotInvVal is %1 but the lines' TotItemVal %2 + OthChrg %3 - Discount %4 + RndOffAmt "
                          "%5 is %6 (%7)")
                    .arg(money(*v.totInvVal),
                        money(sums.itemTotal),
                        money(orZero(v.othChrg)),
                        money(orZero(v.discount)),
                        money(orZero(v.rndOffAmt)),
                        money(expected),
                        toleranceNote(severity)),
                Rules::tr("Set TotInvVal to %1, or put the rounding difference in RndOffAmt.").arg(money(expected)));
        }
    }

    // 2220: the invoice-level discount must stay below the invoice value.
    if (v.discount && !v.discount->isZero() && v.totInvVal && *v.discount >= *v.totInvVal
        && !report.hasFindingAt(fieldPath("ValDtls", "Discount"))) {
        report.error("2220",
            "totals.discount",
            fieldPath("ValDtls", "Discount"),
            Rules::tr("The invoice discount ValDtls.Discount %1 is not less than the invoice value "
                      "TotInvVal %2")
                .arg(money(*v.discount), money(*v.totInvVal)),
            Rules::tr("An invoice discount must be smaller than TotInvVal; give a larger discount as a "
                      "credit note or reduce the line values instead."));
    }

    // Round-off: the schema bounds RndOffAmt to ±99.99. Rounding to the rupee needs at most 0.50
    // (0.99 when always rounding up or down), so a round-off of a rupee or more is more than
    // rounding: a LOCAL warning (the IRP accepts it).
    if (v.rndOffAmt && absolute(*v.rndOffAmt) >= Money::fromUnits(1)
        && !report.hasFindingAt(fieldPath("ValDtls", "RndOffAmt"))) {
        report.warning("LOCAL-ROUND-OFF",
            "totals.round-off",
            fieldPath("ValDtls", "RndOffAmt"),
            Rules::tr("RndOffAmt is %1: more than rounding the invoice value to the rupee needs")
                .arg(money(*v.rndOffAmt)),
            Rules::tr("Round-off should only take TotInvVal to the nearest rupee (at most 0.99); put "
                      "other adjustments in ValDtls.OthChrg or ValDtls.Discount."));
    }
}

} // namespace irndesk::rules
