// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Decimal.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace irndesk {

/// The master lists the rule engine checks codes against (spec §7): states, the PIN directory
/// and PIN prefix ranges, UQC units, ports, currencies, ISO countries, GST rates and the two
/// HSN/SAC lists.
///
/// The lists built into the program come from resources (:/masters). A folder can hold newer
/// copies of any of the files, under the same names; those replace the built-in ones without a
/// rebuild. A Masters object is immutable once loaded, so one instance is shared by every thread
/// that validates.
class Masters
{
public:
    ~Masters();
    Masters(const Masters&) = delete;
    Masters& operator=(const Masters&) = delete;

    /// The lists compiled into the program. Loaded once, on first use; never fails (the build
    /// checks the embedded files).
    static std::shared_ptr<const Masters> builtIn();
    /// The built-in lists, with every file present in `directory` used instead of its built-in
    /// copy. Fails naming the file, line and problem when a replacement cannot be read.
    static Result<std::shared_ptr<const Masters>> load(const QString& directory);

    /// Identifies the data in use, e.g. "builtin-2024.10" or "builtin-2024.10+uqc_units.json@<date>".
    QString version() const;

    /// True for a state/UT code of the master (1..38 as present, 96, 97). `code` is the number,
    /// so "7" and "07" are the same state.
    bool isStateCode(int code) const;
    /// The state's name, or an empty string.
    QString stateName(int code) const;

    enum class PinState {
        Matches, ///< the PIN directory or (failing that) the state's prefix ranges agree
        Mismatch, ///< the PIN directory lists the PIN under other states
        PrefixMismatch, ///< not in the directory, and outside the state's prefix ranges
        Unknown, ///< not in the directory, and the state has no prefix ranges (36, 38, 96, 97)
    };
    /// Whether `pin` belongs to state `stateCode` (spec §7.3: directory first, prefix ranges as
    /// fallback).
    PinState pinState(int pin, int stateCode) const;
    /// The state codes the PIN directory lists for `pin` (empty when the PIN is not listed).
    QList<int> statesOfPin(int pin) const;

    bool isUnit(QStringView code) const; ///< UQC, exact (upper case)
    bool isPort(QStringView code) const;
    bool isCurrency(QStringView code) const;
    bool isCountry(QStringView alpha2) const;
    /// One of 0, 0.1, 0.25, 1, 1.5, 3, 5, 6, 7.5, 12, 18, 28, 40.
    bool isGstRate(Rate rate) const;

    enum class HsnStatus {
        EInvoiceList, ///< in hsn_codes_einvoice_valid.json: accepted
        PortalOnly, ///< only in the GST portal list (a 4/6/8-digit row, not flagged): a warning
        Unknown, ///< in neither list: the IRP answers 2176
    };
    HsnStatus hsnStatus(QStringView code) const;

    /// Sizes, for tests and the About box.
    struct Counts
    {
        int states = 0, pins = 0, pinRangeStates = 0, units = 0, ports = 0, currencies = 0,
            countries = 0, gstRates = 0, hsnEInvoice = 0, hsnPortal = 0;
    };
    Counts counts() const;

private:
    Masters();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace irndesk
