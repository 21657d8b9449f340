// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json/Diagnostic.h"
#include "core/rules/Finding.h"
#include "core/rules/RuleContext.h"

#include <QString>

#include <functional>

class QIODevice;

namespace irndesk {

/// The verdict on one invoice of a file.
struct InvoiceReport
{
    int index = 0; ///< position in the bulk array (0 for a single invoice)
    int line = 0; ///< line where the invoice starts
    QString docType; ///< DocDtls.Typ as written (may be empty)
    QString docNo; ///< DocDtls.No as written (may be empty)
    QString irn; ///< the IRN computed locally, or empty when the parts are missing or malformed
    /// Reader problems (code SCHEMA for errors, LOCAL-JSON for warnings), the rules, and the
    /// batch rules, in that order.
    Findings findings;

    bool valid() const { return !hasErrors(findings); }
};

/// Totals over a file, as in `validate --format json`: invoices, valid invoices, error and
/// warning findings.
struct ValidationSummary
{
    qint64 invoices = 0, valid = 0, errors = 0, warnings = 0;
    void add(const InvoiceReport& report);
};

/// The findings that reader diagnostics of one invoice stand for.
Findings findingsFromDiagnostics(const Diagnostics& diagnostics);

/// The most worker threads validateStream() uses.
constexpr int kMaxValidationThreads = 64;

/// Reads an INV-01 file (one invoice object or a bulk array) from `device` and validates every
/// invoice: what the reader found, validate(), and the batch rules across the file. `sink` gets
/// each invoice's report in file order, always in the calling thread.
///
/// `threads` > 1 reads and validates in that many worker threads (at most
/// kMaxValidationThreads), plus one that cuts the file into invoices; the reports are the same
/// as with one thread, in the same order. Memory stays bounded either way: a few hundred KB of
/// JSON per thread, never the whole file. `device` is read from another thread then, so it must
/// not be used elsewhere meanwhile.
///
/// Returns the problems of the file as a whole (not JSON, truncated, unreadable): when it holds
/// an error, the file could not be checked to its end (the invoices before the problem were).
Diagnostics validateStream(QIODevice* device,
                           const RuleContext& context,
                           const std::function<void(InvoiceReport&&)>& sink,
                           int threads = 1);

} // namespace irndesk
