// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace irndesk {

struct Invoice;

/// Which tax heads an invoice's lines carry.
enum class TaxHeads {
    CgstSgst, ///< intra-state: CGST and SGST, equal halves of the rate
    Igst, ///< inter-state, SEZ with payment, export with payment, or IgstOnIntra = Y
    None, ///< SEZ or export without payment of tax (under bond/LUT): no tax, no cess
};

/// Tax heads from supply type, seller state (SellerDtls.Stcd), place of supply (BuyerDtls.Pos)
/// and IgstOnIntra, as spec §3.4 lays them out.
TaxHeads taxHeadsOf(const Invoice& invoice);

struct RecomputeOptions
{
    enum class RoundOff {
        Keep, ///< keep RndOffAmt as it is (absent counts as 0)
        None, ///< no round-off: RndOffAmt removed
        ToRupee, ///< round TotInvVal half-up to the rupee, difference in RndOffAmt
    };
    RoundOff roundOff = RoundOff::Keep;
};

/// Recomputes every derived amount from the inputs, exactly:
/// per line TotAmt = round2(Qty × UnitPrice) (UnitPrice alone when there is no Qty),
/// AssAmt = TotAmt − Discount, CGST = SGST = round2(AssAmt × GstRt / 200) or
/// IGST = round2(AssAmt × GstRt / 100), CesAmt = round2(AssAmt × CesRt / 100),
/// StateCesAmt = round2(AssAmt × StateCesRt / 100), TotItemVal = AssAmt + taxes + cess + OthChrg;
/// ValDtls holds the sums and TotInvVal = Σ TotItemVal + OthChrg − Discount + RndOffAmt.
/// Tax heads that do not apply are set to 0 when present and left absent otherwise.
void recompute(Invoice& invoice, const RecomputeOptions& options = {});

} // namespace irndesk
