// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace irndesk::store {

/// Where an invoice is on its way to the IRP (DESIGN.md §5).
enum class InvoiceStatus {
    Draft, ///< being written, or has errors
    Ready, ///< validated without errors
    Exported, ///< written to a bulk file for the portal's upload
    Submitting, ///< its request is journaled and on its way to the IRP
    Registered, ///< the IRP gave it an IRN: immutable
    Unknown, ///< a request went out and no answer came: the IRN may exist
    Rejected, ///< the IRP refused it, with its errors
    Cancelled, ///< its IRN was cancelled: immutable
};

inline constexpr InvoiceStatus kAllStatuses[] = {
    InvoiceStatus::Draft,      InvoiceStatus::Ready,   InvoiceStatus::Exported, InvoiceStatus::Submitting,
    InvoiceStatus::Registered, InvoiceStatus::Unknown, InvoiceStatus::Rejected, InvoiceStatus::Cancelled,
};

/// The name in the store, the CLI and JSON: "draft", "ready", ...
QString statusName(InvoiceStatus status);
/// The status named `name` (case-insensitive), std::nullopt for anything else.
std::optional<InvoiceStatus> statusFromName(QStringView name);
/// The name a user reads, translated: "Draft", "Ready to upload", ...
QString statusTitle(InvoiceStatus status);
/// Whether the store lets an invoice move from `from` to `to` (a status to itself always is).
bool isAllowedMove(InvoiceStatus from, InvoiceStatus to);
/// Registered and cancelled invoices can no longer be changed.
bool isImmutable(InvoiceStatus status);
/// An invoice in this status may be edited (and then goes back to draft).
bool isEditable(InvoiceStatus status);

} // namespace irndesk::store
