// SPDX-License-Identifier: GPL-3.0-or-later
// The parties: GSTINs (check character, registration-type pattern, state prefix, who may be URP),
// state codes against the master, PINs against the state (spec §3.2, §3.3, §7.3).
//
// Fields the schema check already rejects (wrong shape, length or range) are left alone here: a
// GSTIN is looked at only when it has the schema's shape, a state code only when it is 1-2 digits
// and not 0, a PIN only when it lies in 100000..999999.
#include "core/model/Dates.h"
#include "core/rules/Checks.h"
#include "core/rules/Gstin.h"

#include <QStringList>

namespace irndesk::rules {

namespace {

constexpr qint64 kForeignPin = 999999;
constexpr int kOtherCountry = 96;
constexpr int kOtherTerritory = 97;
constexpr qint64 kPinMin = 100000;

bool isUrp(const Text& gstin)
{
    return gstin && *gstin == u"URP";
}

/// A GSTIN field with the schema's shape (so the rules below can read it), else nullptr.
const QString* shapedGstin(const Text& gstin)
{
    return gstin && isGstinShaped(*gstin) ? &*gstin : nullptr;
}

/// The state code of a Stcd/Pos field when the schema accepts its form (1-2 digits, not 0).
std::optional<int> schemaStateCode(const Text& text)
{
    const std::optional<int> code = stateCodeOf(text);
    return code && *code != 0 ? code : std::nullopt;
}

Finding::Severity gstinSeverity(const RuleContext& context)
{
    return context.sandbox ? Finding::Severity::Warning : Finding::Severity::Error;
}

// GSTIN validity. Code 3028: the IRP checks every party GSTIN against the GSTN master and answers
// 3028 "GSTIN invalid" for one it does not know (spec §3.2, §8), which a GSTIN with a wrong check
// character or no GSTN pattern can never be. So this is the code the user would get, and the
// error guide explains it. NIC's sandbox GSTINs fail both the check character and the patterns
// (02AMBPG7773M002 has '0' in position 13), so in sandbox mode both are warnings.
// One finding per field: the pattern is looked at only when the check character holds (a typo
// usually breaks both).
void checkGstin(
    const Text& gstin, const char* section, const char* field, const RuleContext& context, Report& report, bool pattern)
{
    const QString* g = shapedGstin(gstin);
    if (!g)
        return;
    if (!hasValidCheckCharacter(*g)) {
        const QChar expected = gstinCheckCharacter(QStringView(*g).first(14));
        const QString path = fieldPath(section, field);
        report.add(gstinSeverity(context),
            "3028",
            "party.gstin.check-character",
            path,
            Rules::tr("%1 %2 is not a valid GSTIN: its check character (the 15th) should be %3, not %4")
                .arg(path, *g, QString(expected), QString(g->back())),
            Rules::tr("Copy the GSTIN again from the registration certificate or the GST portal: one mistyped "
                      "character changes the check character. The IRP rejects a GSTIN it does not know (3028). "
                      "NIC's sandbox test GSTINs fail this check; in sandbox mode it is only a warning."));
        return;
    }
    if (pattern && gstinKind(*g) == GstinKind::Unknown) {
        const QString path = fieldPath(section, field);
        report.add(gstinSeverity(context),
            "3028",
            "party.gstin.pattern",
            path,
            Rules::tr("%1 %2 has a correct check character but fits none of GSTN's GSTIN formats (regular, "
                      "government, UIN, TDS, TCS, non-resident)")
                .arg(path, *g),
            Rules::tr("A regular GSTIN is the state code, the 10-character PAN, the registration number (1-9 "
                      "or A-Z), Z and the check character, e.g. 27AAPFU0939F1ZV. Copy it again from the "
                      "registration certificate. The IRP rejects a GSTIN it does not know (3028); in sandbox "
                      "mode this is only a warning."));
    }
}

/// A state code of the master (2259, 2260, 2200, 2243); the seller may not be in 96 (no GSTIN is
/// issued for "Other Countries"). Returns the code when it is valid, so that the rules after it
/// need not look it up again.
std::optional<int> checkStateCode(const Text& stcd,
    const char* section,
    const char* field,
    const char* code,
    const char* rule,
    const RuleContext& context,
    Report& report,
    bool foreignAllowed = true)
{
    const std::optional<int> state = schemaStateCode(stcd);
    if (!state)
        return std::nullopt;
    const bool known = context.masters->isStateCode(*state);
    if (known && (foreignAllowed || *state != kOtherCountry))
        return state;
    const QString path = fieldPath(section, field);
    if (!known) {
        report.error(code,
            rule,
            path,
            Rules::tr("%1 is %2, which is not a state or union territory code of the master").arg(path, *stcd),
            Rules::tr("Use the two-digit GST state code, e.g. 07 Delhi, 27 Maharashtra, 29 Karnataka, "
                      "36 Telangana; 96 is a place outside India and 97 Other Territory."));
    } else {
        report.error(code,
            rule,
            path,
            Rules::tr("%1 is 96 (Other Countries), but a supplier is registered in an Indian state").arg(path),
            Rules::tr("Give the state of the supplier's registration: the first two digits of its GSTIN."));
    }
    return std::nullopt;
}

/// PIN against state (2178), spec §7.3: Stcd 96/97 need PIN 999999 and 999999 belongs to them
/// only; otherwise the PIN directory first, the state's first-3-digit ranges as fallback.
///
/// Choice (the IRP's PIN master is not public): a PIN the directory lists under other states only
/// is an error, as the IRP's own master lists it the same way; a PIN not in the directory that
/// lies outside the state's prefix ranges is a warning (the directory is incomplete and the ranges
/// overlap, spec §7.3); no finding where the state has no ranges (36, 38). Spec §7.3 makes both
/// mismatches warnings; issue 3 asks for a warning only where the fallback alone sees the
/// mismatch, which is what is done here.
/// `state` is the block's Stcd as checkStateCode() accepted it.
void checkPin(const Integer& pin,
    std::optional<int> state,
    const Text& stcd,
    const char* section,
    const RuleContext& context,
    Report& report)
{
    if (!pin || *pin < kPinMin || *pin > kForeignPin || !state)
        return;
    const bool foreign = *state == kOtherCountry || *state == kOtherTerritory;
    if (foreign && *pin != kForeignPin) {
        const QString path = fieldPath(section, "Pin");
        report.error("2178",
            "party.pin.foreign",
            path,
            Rules::tr("%1 is %2, but %3 is %4: a party outside India or in Other Territory has PIN 999999")
                .arg(path)
                .arg(*pin)
                .arg(fieldPath(section, "Stcd"), *stcd),
            Rules::tr("Write 999999 as the PIN of a foreign (96) or Other Territory (97) address, or give "
                      "the Indian state code if the address is in India."));
        return;
    }
    if (foreign)
        return;
    if (*pin == kForeignPin) {
        const QString path = fieldPath(section, "Pin");
        report.error("2178",
            "party.pin.foreign",
            path,
            Rules::tr("%1 is 999999, which only a place outside India (96) or Other Territory (97) has, "
                      "but %2 is %3")
                .arg(path, fieldPath(section, "Stcd"), *stcd),
            Rules::tr("Give the real six-digit PIN of the address, or state code 96 for an address outside "
                      "India."));
        return;
    }
    const int pinNumber = static_cast<int>(*pin);
    switch (context.masters->pinState(pinNumber, *state)) {
    case Masters::PinState::Matches:
    case Masters::PinState::Unknown:
        return;
    case Masters::PinState::Mismatch: {
        const QList<int> states = context.masters->statesOfPin(pinNumber);
        QStringList names;
        for (int s : states)
            names.append(QStringLiteral("%1 (%2)").arg(context.masters->stateName(s)).arg(s, 2, 10, QLatin1Char('0')));
        const QString path = fieldPath(section, "Pin");
        report.error("2178",
            "party.pin.state",
            path,
            Rules::tr("%1 %2 is a PIN of %3, not of state %4 %5 given in %6")
                .arg(path)
                .arg(*pin)
                .arg(names.join(QStringLiteral(", ")),
                    *stcd,
                    context.masters->stateName(*state),
                    fieldPath(section, "Stcd")),
            Rules::tr("Correct the PIN or the state code so that they agree; the IRP checks the PIN against "
                      "its PIN master (2178)."));
        return;
    }
    case Masters::PinState::PrefixMismatch: {
        const QString path = fieldPath(section, "Pin");
        report.warning("2178",
            "party.pin.prefix",
            path,
            Rules::tr("%1 %2 is not in the PIN directory, and its first three digits do not belong to "
                      "state %3 %4 given in %5")
                .arg(path)
                .arg(*pin)
                .arg(*stcd, context.masters->stateName(*state), fieldPath(section, "Stcd")),
            Rules::tr("Check the PIN and the state code: the IRP rejects a PIN of another state (2178). "
                      "If the PIN is new and right, update the PIN master."));
        return;
    }
    }
}

/// Ship-to GSTIN against ship-to state. From 1-Aug-2026 a mismatch is an error (2325) when an
/// e-way bill is generated with the IRN: the e-way bill checks report that case. Otherwise the
/// IRP does not check it, but a registration's GSTIN names the state it is in, so a mismatch is
/// probably a mistake: a warning here, with the same code.
void checkShipToState(const Invoice& invoice, int state, const RuleContext& context, Report& report)
{
    const ShipDetails& ship = *invoice.shipDtls;
    const QString* g = isUrp(ship.gstin) ? nullptr : shapedGstin(ship.gstin);
    if (!g || stateCodeOfGstin(*g) == state)
        return;
    if (invoice.ewbDtls && context.today >= QDate(2026, 8, 1))
        return; // EwbChecks: error 2325 (keyed on the day of reporting, when the e-way bill is made)
    report.warning("2325",
        "party.ship.gstin-state",
        QStringLiteral("ShipDtls.Stcd"),
        Rules::tr("ShipDtls.Stcd is %1, but the ship-to GSTIN %2 is registered in state %3")
            .arg(*ship.stcd, *g, g->first(2)),
        Rules::tr("Give the ship-to party's GSTIN of the state the goods go to, or URP for an "
                  "unregistered place. From 1 August 2026 the IRP rejects the mismatch when an e-way "
                  "bill is generated (2325)."));
}

} // namespace

void checkParties(const Invoice& invoice, const RuleContext& context, Report& report)
{
    const Supply supply = supplyOf(invoice.tranDtls.supTyp);
    const SellerDetails& seller = invoice.sellerDtls;
    const BuyerDetails& buyer = invoice.buyerDtls;

    // Supplier.
    if (isUrp(seller.gstin)) {
        report.error("2213",
            "party.seller.urp",
            QStringLiteral("SellerDtls.Gstin"),
            Rules::tr("SellerDtls.Gstin is URP, but the supplier of an e-invoice is always registered"),
            Rules::tr("Give the supplier's own GSTIN: only a registered person generates an IRN."));
    } else {
        checkGstin(seller.gstin, "SellerDtls", "Gstin", context, report, true);
    }
    const std::optional<int> sellerState =
        checkStateCode(seller.stcd, "SellerDtls", "Stcd", "2259", "party.seller.state", context, report, false);
    if (const QString* g = shapedGstin(seller.gstin); g && sellerState) {
        if (stateCodeOfGstin(*g) != sellerState) {
            report.error("2258",
                "party.seller.gstin-state",
                QStringLiteral("SellerDtls.Stcd"),
                Rules::tr("SellerDtls.Stcd is %1, but the supplier GSTIN %2 is registered in state %3")
                    .arg(*seller.stcd, *g, g->first(2)),
                Rules::tr("The supplier's state code is the first two digits of its GSTIN: write %1, or "
                          "use the GSTIN of the registration in state %2.")
                    .arg(g->first(2), *seller.stcd));
        }
    }
    checkPin(seller.pin, sellerState, seller.stcd, "SellerDtls", context, report);

    // Recipient. Exports go to an unregistered foreign buyer (2248); every other supply type needs a
    // registered recipient: B2B and SEZ answer 2212, deemed exports 2171.
    const QString* buyerGstin = nullptr;
    if (isUrp(buyer.gstin)) {
        if (supply == Supply::Deemed) {
            report.error("2171",
                "party.buyer.urp",
                QStringLiteral("BuyerDtls.Gstin"),
                Rules::tr("BuyerDtls.Gstin is URP, but the recipient of a deemed export (DEXP) is registered"),
                Rules::tr("Give the recipient's GSTIN. A supply to an unregistered person is not a deemed "
                          "export."));
        } else if (supply != Supply::Unknown && !isExport(supply)) {
            report.error("2212",
                "party.buyer.urp",
                QStringLiteral("BuyerDtls.Gstin"),
                Rules::tr("BuyerDtls.Gstin is URP, but a %1 supply needs a registered recipient")
                    .arg(*invoice.tranDtls.supTyp),
                Rules::tr("Give the recipient's GSTIN. Supplies to unregistered persons (B2C) are not "
                          "reported to the IRP; URP is only for exports."));
        }
    } else if (isExport(supply) && shapedGstin(buyer.gstin)) {
        // Only a real GSTIN: anything else ("urp", "ABC") is malformed, which the schema reports.
        report.error("2248",
            "party.buyer.export-urp",
            QStringLiteral("BuyerDtls.Gstin"),
            Rules::tr("BuyerDtls.Gstin is %1, but the recipient of an export (%2) is URP")
                .arg(*buyer.gstin, *invoice.tranDtls.supTyp),
            Rules::tr("Write URP as the GSTIN of a foreign buyer, with Pos and Stcd 96 and PIN 999999. A "
                      "supply to a registered Indian recipient is B2B, SEZ or DEXP."));
    } else {
        checkGstin(buyer.gstin, "BuyerDtls", "Gstin", context, report, true);
        buyerGstin = shapedGstin(buyer.gstin);
        if (buyerGstin && seller.gstin && QStringView(*buyerGstin).compare(*seller.gstin, Qt::CaseInsensitive) == 0) {
            report.error("2211",
                "party.buyer.same-as-seller",
                QStringLiteral("BuyerDtls.Gstin"),
                Rules::tr("BuyerDtls.Gstin %1 is the supplier's own GSTIN").arg(*buyerGstin),
                Rules::tr("Give the recipient's GSTIN. A registration cannot supply to itself; a transfer "
                          "to a branch in another state uses that branch's GSTIN."));
        }
    }
    const std::optional<int> buyerState =
        checkStateCode(buyer.stcd, "BuyerDtls", "Stcd", "2260", "party.buyer.state", context, report);
    if (buyerGstin && buyerState && stateCodeOfGstin(*buyerGstin) != buyerState) {
        report.error("2265",
            "party.buyer.gstin-state",
            QStringLiteral("BuyerDtls.Stcd"),
            Rules::tr("BuyerDtls.Stcd is %1, but the recipient GSTIN %2 is registered in state %3")
                .arg(*buyer.stcd, *buyerGstin, buyerGstin->first(2)),
            Rules::tr("The recipient's state code is the first two digits of its GSTIN: write %1, or use "
                      "the recipient's GSTIN of state %2. Where the goods go is ShipDtls and the place of "
                      "supply is Pos.")
                .arg(buyerGstin->first(2), *buyer.stcd));
    }
    checkStateCode(buyer.pos, "BuyerDtls", "Pos", "2243", "party.buyer.pos", context, report);
    // Choice: the recipient PIN is mandatory (2244) for every supply type except exports, whose
    // foreign buyer has no Indian PIN (999999 when given). Spec §10 says to always send it.
    if (!buyer.pin && supply != Supply::Unknown && !isExport(supply)) {
        report.error("2244",
            "party.buyer.pin-required",
            QStringLiteral("BuyerDtls.Pin"),
            Rules::tr("BuyerDtls.Pin is missing; a %1 supply needs the recipient's PIN").arg(*invoice.tranDtls.supTyp),
            Rules::tr("Give the six-digit PIN of the recipient's address."));
    }
    checkPin(buyer.pin, buyerState, buyer.stcd, "BuyerDtls", context, report);

    // Dispatch from and ship to.
    if (invoice.dispDtls) {
        const DispatchDetails& disp = *invoice.dispDtls;
        const std::optional<int> state =
            checkStateCode(disp.stcd, "DispDtls", "Stcd", "2200", "party.dispatch.state", context, report);
        checkPin(disp.pin, state, disp.stcd, "DispDtls", context, report);
    }
    if (invoice.shipDtls) {
        const ShipDetails& ship = *invoice.shipDtls;
        if (!isUrp(ship.gstin))
            checkGstin(ship.gstin, "ShipDtls", "Gstin", context, report, true);
        const std::optional<int> state =
            checkStateCode(ship.stcd, "ShipDtls", "Stcd", "2200", "party.ship.state", context, report);
        if (state)
            checkShipToState(invoice, *state, context, report);
        checkPin(ship.pin, state, ship.stcd, "ShipDtls", context, report);
    }

    // The e-commerce operator: only the check character here; that it is a TCS GSTIN (2195) is a
    // supply rule.
    checkGstin(invoice.tranDtls.ecmGstin, "TranDtls", "EcmGstin", context, report, false);
}

} // namespace irndesk::rules
