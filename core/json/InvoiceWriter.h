// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Invoice.h"

#include <QByteArray>
#include <QList>

namespace irndesk {

enum class JsonStyle {
    Compact, ///< no white space: what bulk files use
    Indented, ///< two-space indentation, for reading
};

/// Writes one invoice: schema field names in schema order, absent fields and empty optional
/// objects and arrays omitted, numbers as JSON numbers with no exponent and no trailing zeros,
/// never null.
void appendInvoiceJson(QByteArray& out, const Invoice& invoice, JsonStyle style = JsonStyle::Compact);
QByteArray invoiceToJson(const Invoice& invoice, JsonStyle style = JsonStyle::Compact);

/// A bulk array, one invoice per line when compact.
QByteArray invoicesToJsonArray(const QList<Invoice>& invoices, JsonStyle style = JsonStyle::Compact);

} // namespace irndesk
