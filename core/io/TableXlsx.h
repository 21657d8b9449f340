// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableSource.h"

#include <QStringList>

#include <memory>

namespace irndesk::io {

/// How much of an XLSX file the reader is willing to unpack. An XLSX file is a ZIP archive, and
/// a small archive can unpack to gigabytes (a "ZIP bomb"): a part above its limit is refused
/// before it is read.
struct XlsxLimits
{
    qint64 maxSheetBytes = qint64(512) << 20; ///< one worksheet's XML, read as a stream
    qint64 maxSharedStringsBytes = qint64(256) << 20; ///< the shared strings, held in memory
    qint64 maxPartBytes = qint64(16) << 20; ///< workbook.xml and its relationships
};

/// An XLSX workbook (Office Open XML spreadsheet), read with QuaZip and QXmlStreamReader.
///
/// open() reads the list of sheets and the shared strings; sheet() then reads one worksheet as
/// a stream of rows. Cells keep what they were: a shared or inline string, a number as stored
/// (so "1180.5" or "1.18E3" can be read exactly), a boolean, an error value, an ISO date, or the
/// value a formula had when the file was last saved (the formula itself is not evaluated).
class TableXlsx
{
public:
    /// Opens `path`. Errors name the file: not a ZIP archive, not a workbook, damaged, too big.
    [[nodiscard]] static Result<std::unique_ptr<TableXlsx>> open(const QString& path, const XlsxLimits& limits = {});
    ~TableXlsx();
    TableXlsx(const TableXlsx&) = delete;
    TableXlsx& operator=(const TableXlsx&) = delete;

    /// The file name (without its folder), as messages use it.
    const QString& fileName() const { return m_name; }
    /// The sheets, in the workbook's order.
    QStringList sheetNames() const;
    /// True when the workbook counts dates from 1904 (old Mac Excel) rather than 1900.
    bool uses1904Dates() const { return m_date1904; }
    /// The sheet called `name` (letter case ignored), or an error naming the file and listing
    /// the sheets it has. Each source reads the file on its own, so several may be open at once.
    [[nodiscard]] Result<std::unique_ptr<TableSource>> sheet(const QString& name) const;
    /// The sheet at `index` in the workbook's order.
    [[nodiscard]] Result<std::unique_ptr<TableSource>> sheet(int index) const;

private:
    TableXlsx() = default;
    struct SheetEntry
    {
        QString name;
        QString part; ///< path inside the archive, e.g. "xl/worksheets/sheet1.xml"
    };
    QString m_path;
    QString m_name;
    XlsxLimits m_limits;
    bool m_date1904 = false;
    QList<SheetEntry> m_sheets;
    std::shared_ptr<const QStringList> m_sharedStrings;
};

} // namespace irndesk::io
