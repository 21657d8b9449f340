// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/ColumnMapping.h"
#include "core/io/TableXlsx.h"
#include "core/model/Invoice.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

/// Import of invoices from CSV and XLSX files in IRN Desk's template (docs/import-template.md)
/// or in a client's layout described by a ColumnMapping.
///
/// Two layouts:
/// - one sheet (or a CSV file) with one row per line item, the invoice's columns repeated on
///   each of its rows; the consecutive rows with the same SellerDtls.Gstin, DocDtls.Typ and
///   DocDtls.No (letter case ignored) are one invoice;
/// - an XLSX workbook with a sheet "Invoices" (one row per invoice) and a sheet "Lines" (one row
///   per line item), joined on the same three columns.
///
/// The reader gives one TabularRecord per invoice, with the problems of its rows. An invoice
/// with an error has no Invoice: it is skipped whole, never half-imported. Values are read
/// exactly as the user wrote them; nothing the user did not give is computed (no totals, no
/// taxes), except: Version "1.1" and TranDtls.TaxSch "GST" when absent, and SlNo 1, 2, 3 ...
/// when no line of the invoice has one.
namespace irndesk::io {

/// A problem with a row, a cell, or the file as a whole.
struct TabularProblem
{
    enum class Severity : quint8
    {
        Warning, ///< read anyway (e.g. columns that are not in the template and were skipped)
        Error, ///< the invoice is not imported
    };
    Severity severity = Severity::Error;
    QString sheet; ///< XLSX sheet; empty for CSV
    int row = 0; ///< 1-based row as a spreadsheet shows it; 0 for the sheet or file as a whole
    int line = 0; ///< CSV: the line of the file where the row starts; 0 otherwise
    int columnIndex = -1; ///< 0-based column (A = 0); -1 when the problem is not about one cell
    QString column; ///< the column's header as the file has it
    QString field; ///< the template column, e.g. "ItemList.Qty"
    QString value; ///< the cell's text
    QString message; ///< translated: what is wrong

    bool isError() const { return severity == Severity::Error; }
    /// E.g. `sheet Lines, row 5, column D "Qty" (ItemList.Qty), value "1.2345": has 4 decimal
    /// places; ItemList.Qty allows at most 3`.
    QString toString() const;
};

/// One invoice as read from the rows of a file.
struct TabularRecord
{
    /// Where it came from, for reports: "sales.csv, rows 4–7", "sales.xlsx, sheet Invoices,
    /// row 3; sheet Lines, rows 4–7".
    QString source;
    QString sheet; ///< the sheet of its lines (XLSX)
    int firstRow = 0; ///< its first and last line rows
    int lastRow = 0;
    int headerRow = 0; ///< two-sheet layout: its row in the invoices sheet; 0 otherwise
    /// Its key as the file writes it (trimmed), known even when the invoice is not importable.
    QString sellerGstin;
    QString docType;
    QString docNo;
    /// The invoice, or nullopt when any problem is an error: then nothing of it is imported.
    std::optional<Invoice> invoice;
    QList<TabularProblem> problems;

    bool hasErrors() const;
};

enum class TabularFormat
{
    Csv,
    Xlsx,
    Xls, ///< the old binary Excel format, which is not read
};
/// The format of `path`: XLSX when it starts with a ZIP signature or is named *.xlsx/*.xlsm,
/// XLS for the old binary format, CSV otherwise.
TabularFormat detectTabularFormat(const QString& path);

enum class TabularLayout
{
    OneSheet, ///< one row per line, the invoice's columns repeated
    InvoicesAndLines, ///< a sheet of invoices and a sheet of lines
};

/// Reads the invoices of a CSV or XLSX file one at a time. Memory holds the current invoice,
/// not the file (plus, for the two-sheet layout, the invoices sheet, and a 16-byte digest per
/// invoice to find rows of one invoice that are not together).
class TabularReader
{
public:
    TabularReader();
    ~TabularReader();
    TabularReader(const TabularReader&) = delete;
    TabularReader& operator=(const TabularReader&) = delete;

    /// Opens `path` and reads the header row (and, for the two-sheet layout, the invoices sheet).
    /// The error names the file: unreadable, not CSV or XLSX, a damaged or over-large workbook, a
    /// sheet the mapping names that is missing, a key column missing, two columns for one field.
    [[nodiscard]] Status open(const QString& path, const ColumnMapping& mapping = {}, const XlsxLimits& limits = {});
    TabularLayout layout() const;
    /// Warnings about the file as a whole, known after open(): columns that are not in the
    /// template (listed once, not per row), mapped columns the file does not have.
    const QList<TabularProblem>& fileProblems() const;
    /// The next invoice into `record` (overwritten). False at the end, or when the file cannot
    /// be read further (error() says why; the invoices given before are complete).
    bool next(TabularRecord& record);
    /// What stopped the reading, if anything.
    const std::optional<Error>& error() const;
    /// About how many bytes of the file have been read, for progress (see TableSource).
    qint64 bytesRead() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Reads a whole file through a TabularReader, calling `sink` once per invoice. Returns the
/// error that stopped the reading, if any (the records before it were given to `sink`).
/// `fileProblems` receives the warnings about the file as a whole.
[[nodiscard]] Status readTabularFile(const QString& path,
    const ColumnMapping& mapping,
    const std::function<void(TabularRecord&)>& sink,
    QList<TabularProblem>* fileProblems = nullptr);

} // namespace irndesk::io
