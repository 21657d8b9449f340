// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Invoice.h"
#include "core/model/Recompute.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace irndesk {

class Masters;

/// Which repairs fixInvoice() may make. Each one only derives a value from what the invoice
/// already says; none invents data (no HSN codes, names, addresses or rates).
struct FixOptions
{
    /// Remove spaces (and other white space) around every text.
    bool trimText = true;
    /// Write in capitals the codes typed in small letters, when the capitalised text is a valid
    /// code: supply type, document type, tax scheme, the Y/N flags, units, GSTINs and URP,
    /// country, currency and port codes, vehicle type.
    bool upperCaseCodes = true;
    /// Exports (EXPWP, EXPWOP): buyer GSTIN URP when it is blank, buyer state code and place of
    /// supply 96, buyer PIN 999999. A real GSTIN is kept: then the supply type may be what is wrong.
    bool exportDefaults = true;
    /// SellerDtls.Stcd and BuyerDtls.Stcd from the first two digits of the party's GSTIN, when
    /// missing or different (2258, 2265). Not for an export's buyer (state 96).
    bool stateCodesFromGstin = true;
    /// Every derived amount and total by recompute() (2182-2194, 2227, 2234, 2235). Line totals that
    /// leave out the tax are kept where spec §3.6 allows it (reverse charge, EXPWP), and so are tax
    /// amounts the rules accept: a paisa of rounding off the rate, and any tax of a credit or debit
    /// note, which need not follow the rate (§3.5). Not done for invoices with lines taxed on the
    /// retail sale price (tobacco, pan masala from 1 Feb 2026), whose tax follows another formula.
    bool recomputeAmounts = true;
    /// How recomputeAmounts treats RndOffAmt (default: keep it).
    RecomputeOptions recompute;
    /// State codes, units, countries, currencies and ports; null means Masters::builtIn().
    std::shared_ptr<const Masters> masters;
};

/// One change fixInvoice() made.
struct Fix
{
    enum class Kind
    {
        Trim, ///< spaces around a text removed
        UpperCase, ///< a code written in capitals
        ExportDefault, ///< URP, 96 or 999999 for an export's buyer
        StateCode, ///< state code from the GSTIN
        Amount, ///< an amount or total recomputed
    };

    Kind kind = Kind::Amount;
    QString path; ///< the field, as in findings: "ItemList[1].CgstAmt"
    QString before; ///< the old value as text; a null QString when the field was absent
    QString after; ///< the new value as text; a null QString when the field was removed
    QString description; ///< translated: why the new value is right
};

struct FixResult
{
    Invoice invoice; ///< the repaired invoice
    /// Every field that changed, in the order of the repairs (trim, capitals, export, state
    /// codes, amounts). A field two repairs touch is listed twice, the second `before` being the
    /// first `after`.
    QList<Fix> fixes;
    /// Translated: repairs that were asked for but not made, and why.
    QStringList notes;

    bool changed() const { return !fixes.isEmpty(); }
};

/// Repairs what can be repaired mechanically, and says what it changed: never silently.
/// Pure: no I/O, no clock; safe to call from several threads at once.
FixResult fixInvoice(const Invoice& invoice, const FixOptions& options = {});

/// The translation context of the Fixer's texts ("irndesk::Fixer").
class Fixer
{
    Q_DECLARE_TR_FUNCTIONS(irndesk::Fixer)
};

} // namespace irndesk
