// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Finding.h"
#include "core/rules/RuleContext.h"

#include <QHash>
#include <QString>

namespace irndesk {

struct Invoice;

/// Checks one invoice offline as the IRP would: the schema of spec §2.2 (code SCHEMA) and the
/// business rules of spec §3 (IRP codes). Every problem is reported, not just the first.
/// Pure: no I/O, no clock, no settings; safe to call from several threads at once.
Findings validate(const Invoice& invoice, const RuleContext& context);

/// The rules across the invoices of one batch (a bulk file, an export): the same document number
/// twice for one seller GSTIN, financial year and document type, compared case-insensitively as
/// the IRP does since June 2025 (2150). Feed the invoices in order; memory grows with the number
/// of invoices (one short key each), not with their size.
class BatchChecker
{
public:
    /// Findings for `invoice`, the `index`-th of the batch (0-based), against those added before.
    Findings add(const Invoice& invoice, int index);

private:
    QHash<QString, int> m_firstIndex; ///< GSTIN|FY|type|NUMBER -> index of its first invoice
};

} // namespace irndesk
