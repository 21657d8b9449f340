// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/TableSource.h"

#include <QByteArray>

#include <memory>
#include <string>

class QIODevice;

namespace irndesk::io {

/// A CSV file as a TableSource (RFC 4180): fields in double quotes may hold the delimiter, line
/// breaks and doubled quotes; lines end in CRLF or LF. The text is UTF-8, with or without a byte
/// order mark. The delimiter is a comma, semicolon or tab, whichever the header line (the first
/// line) has most of outside quotes, unless one is given.
///
/// The file is read in blocks: memory grows with the longest row, not with the file. A row
/// longer than 64 MB (most likely a quote that is never closed) stops the reading.
class TableCsv : public TableSource
{
public:
    /// Opens `path`; the error names the file when it cannot be read.
    [[nodiscard]] static Result<std::unique_ptr<TableCsv>> open(const QString& path, char delimiter = 0);
    /// Reads from `device`, which must be open and outlive the reader. `name` is the file name
    /// used in messages. `delimiter` 0 means: find it on the header line.
    TableCsv(QIODevice* device, QString name, char delimiter = 0);
    ~TableCsv() override;

    QString sheetName() const override { return {}; }
    bool next(TableRow& row) override;
    qint64 bytesRead() const override { return m_deviceBytes - (m_buffer.size() - m_pos); }
    /// The delimiter in use; known after the first next().
    char delimiter() const { return m_delimiter; }

private:
    enum class Parse
    {
        Record,
        NeedMore,
        Failed,
    };
    bool fill();
    bool start();
    Parse parseRecord(qsizetype& end);
    void emitRecord(qsizetype end, TableRow& row);
    void failAt(qsizetype offset, const QString& what);
    int lineAt(qsizetype offset) const;

    struct Field
    {
        qsizetype begin = 0;
        qsizetype end = 0;
        bool needsCopy = false; ///< quoted with doubled quotes or CR inside
    };

    std::unique_ptr<QIODevice> m_owned;
    QIODevice* m_device = nullptr;
    QString m_name;
    QByteArray m_buffer;
    qsizetype m_pos = 0; ///< start of the next record in m_buffer
    bool m_eof = false;
    bool m_started = false;
    char m_delimiter = 0;
    int m_line = 1; ///< line of m_pos
    int m_row = 0; ///< rows returned so far, blank ones included
    qint64 m_deviceBytes = 0; ///< read from the device so far
    QList<Field> m_fields;
    std::string m_scratch;
};

} // namespace irndesk::io
