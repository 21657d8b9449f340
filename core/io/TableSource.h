// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace irndesk::io {

/// What a spreadsheet cell held. CSV cells are always Text; XLSX says what the cell was.
enum class CellType : quint8
{
    Text,
    Number, ///< an XLSX number: `text` is its stored value ("1180.5", "1.18E3", "45658" for a date)
    Boolean, ///< an XLSX boolean: `text` is "TRUE" or "FALSE"
    Date, ///< an XLSX ISO 8601 date cell (t="d"): `text` is e.g. "2025-01-01T00:00:00"
    Error, ///< an XLSX error value: `text` is e.g. "#N/A"
};

struct TableCell
{
    QString text; ///< as stored, not trimmed
    CellType type = CellType::Text;

    bool isBlank() const;
};

/// One row of a sheet or CSV file. `cells` is dense: cells[i] is column i (0 = "A"); cells the
/// file does not have are blank.
struct TableRow
{
    int number = 0; ///< 1-based row number as a spreadsheet program shows it
    int line = 0; ///< CSV only: 1-based line of the file where the row starts (0 for XLSX)
    QList<TableCell> cells;

    /// True when every cell is empty or white space.
    bool isBlank() const;
};

/// "A" for 0, "Z" for 25, "AA" for 26, "AB" for 27 ...
QString columnLetters(int index);
/// The 0-based column of "A", "AB12" (letters only are read), or -1 when there are none or too many.
int columnIndex(QStringView reference);

/// A sheet or a CSV file read one row at a time, so that memory does not grow with the file.
class TableSource
{
public:
    virtual ~TableSource();
    TableSource(const TableSource&) = delete;
    TableSource& operator=(const TableSource&) = delete;

    /// The sheet name (XLSX) or an empty string (CSV).
    virtual QString sheetName() const = 0;
    /// Reads the next row that has at least one cell into `row` (its memory is used again).
    /// Returns false at the end, or after a problem that stops the reading: error() then says
    /// what, naming the file and the line or row.
    virtual bool next(TableRow& row) = 0;
    /// About how many bytes of the file have been read, for progress: exact for CSV, estimated
    /// from the unpacked share of the sheet for XLSX.
    virtual qint64 bytesRead() const = 0;
    /// The problem that stopped next(), if any.
    const std::optional<Error>& error() const { return m_error; }

protected:
    TableSource() = default;
    void setError(ErrorCode code, const QString& message)
    {
        if (!m_error) {
            m_error = Error{ code, message, {} };
        }
    }

private:
    std::optional<Error> m_error;
};

} // namespace irndesk::io
