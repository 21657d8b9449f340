// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Decimal.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace irndesk::store {
class Store;
}

namespace irndesk::io {

/// One line of the per-invoice status report: what the document is, who it is for, where it
/// stands with the IRP, and what is wrong with it.
struct StatusReportRow
{
    QString workspaceGstin; ///< the seller: the workspace the invoice belongs to
    QString docType; ///< INV, CRN, DBN
    QString docNo;
    QString docDate; ///< dd/mm/yyyy; written as text when it is not a real date (a draft may hold anything)
    QString buyerGstin;
    QString buyerName;
    std::optional<Money> total; ///< ValDtls.TotInvVal; an empty cell when a draft has none
    QString status; ///< as the caller names it (already translated if it should be)
    QString irn;
    QString ackNo;
    QString ackDate; ///< as the IRP gives it: yyyy-MM-dd HH:mm:ss
    QString ewbNo;
    QStringList errors; ///< one per finding, e.g. "2189 ValDtls.TotInvVal: message"
    int warnings = 0;
    QString exportFile; ///< the bulk file the invoice was exported to, if any
};

/// Gives the report its rows one at a time, so a million of them need not be in memory at once.
/// Fills `row` (which holds the previous row: reuse its memory) and returns true, returns false
/// after the last row, or returns an Error to abandon the report: the target file is then left
/// as it was and the writer returns that Error.
using StatusReportSource = std::function<Result<bool>(StatusReportRow& row)>;

/// The translated column titles, in the order of the columns.
QStringList statusReportHeader();

/// Writes the report as CSV: UTF-8 with a byte order mark (so Excel reads Indian names right),
/// RFC 4180 quoting, CRLF line ends, a header row, amounts as exact decimal text ("1180.50"),
/// errors joined with line feeds inside the quoted cell. A text cell that starts with = + - @
/// or a tab gets a leading apostrophe so that a spreadsheet does not run it as a formula.
/// Atomic: on any failure the file at `path` is left as it was. Returns the number of rows.
Result<qint64> writeStatusReportCsv(const QString& path, const StatusReportSource& next);

struct StatusReportXlsxOptions
{
    /// Rows per sheet before the report goes on in a new sheet; Excel's limit less the header.
    qint64 rowsPerSheet = 1'048'575;
};

/// Writes the report as an Excel workbook, streamed (memory does not grow with the rows): a bold,
/// frozen header row with an autofilter, set column widths, the total as a number cell with Indian
/// digit grouping (#,##,##0.00), the document date as a date cell (dd/mm/yyyy), errors one per
/// line in a wrapped cell. More rows than a sheet holds go on in further sheets, each with its own
/// header. Written with QuaZip through QSaveFile (see StatusReport.cpp for why not libxlsxwriter):
/// on any failure the file at `path` is left as it was. Returns the number of rows.
Result<qint64> writeStatusReportXlsx(
    const QString& path, const StatusReportSource& next, const StatusReportXlsxOptions& options = {});

/// The rows of invoices `ids` of `store`, in that order: the list columns a page of invoices at
/// a time, and the whole stored invoice only where they do not say everything (errors, IRP errors,
/// e-way bill). `cancelled`, when given, is asked before each row; true stops the report with an
/// error. What the CLI's `report` and the app's Reports page both write.
StatusReportSource storeReportSource(store::Store& store, QList<qint64> ids, std::function<bool()> cancelled = {});

} // namespace irndesk::io
