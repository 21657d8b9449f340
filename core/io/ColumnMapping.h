// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableTemplate.h"
#include "core/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace irndesk::io {

/// Where one template column takes its value from in a client's spreadsheet.
struct MappedField
{
    const TemplateColumn* target = nullptr; ///< the template column filled
    QString column; ///< the client's column header; empty for a constant
    /// A constant: the value when `column` is empty, else the value for the rows where that
    /// column's cell is blank.
    std::optional<QString> value;
    int line = 0; ///< line of the mapping file, for messages
};

/// A column mapping file: how to read a client's spreadsheet that does not use our template's
/// headers, so that a consultant maps it once and reuses the file every month. It is JSON:
///
///     {
///       "version": 1,
///       "description": "Sharma Traders sales register",
///       "sheets": { "invoices": "Header", "lines": "Items" },
///       "headerRow": 1,
///       "columns": {
///         "DocDtls.No": "Invoice No",
///         "DocDtls.Dt": { "column": "Inv Date" },
///         "TranDtls.SupTyp": { "value": "B2B" },
///         "ItemList.Unit": { "column": "UOM", "value": "NOS" }
///       },
///       "dateFormats": ["dd.mm.yyyy", "d/m/yyyy"],
///       "decimalSeparator": ".",
///       "csvDelimiter": ","
///     }
///
/// Keys of "columns" are template columns (docs/import-template.md); each is given a client
/// column header (a string, or {"column": ...}), a constant ({"value": ...}), or both (the
/// constant fills the blank cells). Every key is optional except that "columns" or a sheet
/// must be given; "sheet" names the one sheet of the one-sheet layout, "sheets" the two of the
/// invoices-and-lines layout. Headers are matched ignoring letter case and surrounding spaces;
/// columns the mapping does not name are still read when their header is a template column.
struct ColumnMapping
{
    QString fileName; ///< the mapping file's name, for messages; empty when there is no mapping
    QString description;
    QString sheet; ///< one-sheet layout: the sheet to read (XLSX); empty: the first sheet
    QString invoicesSheet; ///< two-sheet layout: the sheet with one row per invoice
    QString linesSheet; ///< two-sheet layout: the sheet with one row per line item
    int headerRow = 0; ///< 1-based row of the column headers; 0: the first row that is not blank
    QList<MappedField> fields;
    ValueOptions values; ///< date formats and decimal separator
    char csvDelimiter = 0; ///< 0: found on the header line

    bool isEmpty() const { return fileName.isEmpty() && fields.isEmpty(); }

    /// Reads a mapping file. Errors name the file, the line and the key: not JSON, an unknown
    /// key, a column that is not in the template, a column mapped twice, a constant that is not
    /// a valid value for its column, a date format without a day, month or year.
    [[nodiscard]] static Result<ColumnMapping> load(const QString& path);
    /// The same from bytes; `fileName` names them in messages.
    [[nodiscard]] static Result<ColumnMapping> parse(QByteArrayView json, const QString& fileName);
};

} // namespace irndesk::io
