// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GSTIN utilities shared by the rule engine, the fixer, the GUI and the invoice generator
// (spec §3.2). None of them allocates.

#include <QChar>
#include <QStringView>

#include <optional>

namespace irndesk {

/// The registration types GSTN's GSTIN patterns tell apart (spec §3.2, from developer.gst.gov.in
/// as quoted by india-compliance).
enum class GstinKind
{
    Unknown, ///< matches none of the patterns below
    Regular, ///< normal taxpayer (also composition, SEZ units, ISD): 22AAAAA0000A1Z5
    Government, ///< government department ID: 4 letters + 5 digits, 'Z' in position 14
    Uin, ///< UN body or embassy: 4 digits, 3 letters, 5 digits, 'U'/'O', 'N'
    Tds, ///< tax deductor: 'D' in position 14
    Tcs, ///< tax collector, i.e. an e-commerce operator: 'C' in position 14
    Oidar, ///< non-resident online service provider: starts with 99, "OS" in positions 13-14
    Nri, ///< non-resident taxable person: "NR" in positions 13-14
};

/// True for the schema's shape: 15 characters, two digits and thirteen of [0-9A-Z].
bool isGstinShaped(QStringView gstin);

/// The check character (15th) for the first 14 characters of a GSTIN, spec §3.2: over the
/// alphabet 0-9A-Z (values 0..35), factors 1, 2, 1, 2, ... from the left; each product p adds
/// p / 36 + p % 36; the check value is (36 - total % 36) % 36. A null QChar when `first14` is not
/// 14 characters of [0-9A-Z].
QChar gstinCheckCharacter(QStringView first14);

/// True when `gstin` is 15 characters of [0-9A-Z] and its 15th is the check character of the
/// first 14. NIC's sandbox GSTINs (e.g. 29AWGPV7107B1Z1) fail this.
bool hasValidCheckCharacter(QStringView gstin);

/// The registration type whose GSTN pattern `gstin` matches (Unknown for "URP", wrong lengths and
/// anything else). The check character is not looked at.
GstinKind gstinKind(QStringView gstin);

/// The state code in the first two characters (27 for "27AAPFU0939F1ZV", 99 for an OIDAR
/// GSTIN); std::nullopt when they are not two digits.
std::optional<int> stateCodeOfGstin(QStringView gstin);

/// Characters 3-12 of a GSTIN of a PAN-based kind (Regular, Tcs): the holder's PAN. An empty
/// view for other kinds.
QStringView panOfGstin(QStringView gstin);

} // namespace irndesk
