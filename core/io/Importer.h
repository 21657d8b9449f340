// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/store/Store.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace irndesk::io {

struct ImportOptions
{
    /// `--workspace GSTIN`: only invoices of this seller are imported; others are refused.
    QString workspaceGstin;
    /// A column-mapping file for CSV/XLSX in a layout other than our template.
    QString mappingFile;
    /// Replace an invoice already in the store under the same number when its content differs
    /// and it can still be edited (draft, ready, exported, rejected). Without it such an invoice
    /// is reported and left as it is.
    bool updateChanged = false;
    /// The rule context: the day the invoices are checked against, NIC sandbox mode. The AATO
    /// band comes from each invoice's workspace.
    QDate today;
    bool sandbox = false;
    /// Threads that read and check invoices while the store is written (≥ 1).
    int threads = 2;
    /// Called now and then with the bytes read and the file size; return false to stop. What
    /// was imported by then stays, whole invoices only.
    std::function<bool(qint64 done, qint64 total)> progress;
};

/// What happened to one invoice (a JSON invoice, or the rows of one invoice in a spreadsheet).
struct ImportEntry
{
    enum class Outcome {
        Imported, ///< added to the store, as a draft or (no errors) ready
        Updated, ///< replaced a changed editable invoice (updateChanged)
        Duplicate, ///< the store already holds this invoice, unchanged
        Conflict, ///< the store holds another invoice with this number, or the number is used
        Refused, ///< unreadable, incomplete, or of another seller than --workspace
    };
    Outcome outcome = Outcome::Refused;
    QString file;
    /// Where in the file: "invoice [3], line 120" or "rows 4–7".
    QString where;
    int index = 0; ///< position in the file (0-based)
    QString sellerGstin, docType, docNo;
    std::optional<qint64> invoiceId;
    store::InvoiceStatus status = store::InvoiceStatus::Draft;
    int errors = 0, warnings = 0; ///< of the rule engine's findings, when imported
    /// Why it was not imported, or what to know: each names the line/row, column/field and value.
    QStringList messages;
};

QString outcomeName(ImportEntry::Outcome outcome); ///< "imported", "updated", "duplicate", ...

struct ImportSummary
{
    qint64 imported = 0, updated = 0, duplicates = 0, conflicts = 0, refused = 0;
    qint64 ready = 0, drafts = 0; ///< of the imported and updated ones
    QStringList createdWorkspaces; ///< GSTINs of the workspaces made from SellerDtls
    QStringList fileErrors; ///< problems of files as a whole (unreadable, not JSON, bad mapping)
    QStringList fileWarnings; ///< what to know about files as a whole (columns that were not read)
    bool cancelled = false;
    qint64 total() const { return imported + updated + duplicates + conflicts + refused; }
};

/// Imports JSON (one invoice or a bulk array), CSV and XLSX files into the store. Each invoice
/// goes to the workspace of its seller GSTIN (made from SellerDtls when missing), is validated,
/// and is stored whole or not at all. `sink` gets one entry per invoice, in file order.
/// Returns an Error only when the store itself fails (busy, disk full); problems of files and
/// invoices are in the summary and the entries.
Result<ImportSummary> importFiles(store::Store& store,
                                  const QStringList& files,
                                  const ImportOptions& options,
                                  const std::function<void(const ImportEntry&)>& sink);

} // namespace irndesk::io
