// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/model/Invoice.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace irndesk {

/// The portal's limit for one bulk upload file.
constexpr qint64 kDefaultBulkFileBytes = 2'000'000;

/// Splits a stream of invoices into bulk JSON arrays of at most `maxBytes` bytes each, never
/// splitting an invoice. Each finished array is handed to the sink. An invoice that is larger
/// than `maxBytes` on its own is an error that names it.
class BulkSplitter
{
public:
    using Sink = std::function<Status(const QByteArray& bulkArray)>;

    BulkSplitter(qint64 maxBytes, Sink sink);

    /// Adds an invoice; `label` names it in errors (e.g. its document number).
    Status add(const Invoice& invoice, const QString& label);
    /// Adds an invoice already written as compact JSON (invoiceToJson()), e.g. as the store keeps it.
    Status addJson(QByteArrayView json, const QString& label);
    /// Hands over the last, partly filled array.
    Status finish();

    int invoicesAdded() const { return m_count; }

private:
    Status flush();

    qint64 m_maxBytes;
    Sink m_sink;
    QByteArray m_buffer;
    QByteArray m_scratch;
    int m_inBuffer = 0;
    int m_count = 0;
};

/// Writes invoices to files `<dir>/<baseName>-001.json`, `-002.json`, ... of at most `maxBytes`
/// each. Each file is written atomically (QSaveFile).
class BulkFileWriter
{
public:
    BulkFileWriter(QString directory, QString baseName, qint64 maxBytes = kDefaultBulkFileBytes);
    // The splitter calls back into this object: it must stay where it was made.
    BulkFileWriter(const BulkFileWriter&) = delete;
    BulkFileWriter& operator=(const BulkFileWriter&) = delete;

    Status add(const Invoice& invoice, const QString& label);
    /// Adds an invoice already written as compact JSON (invoiceToJson()), e.g. as the store keeps it.
    Status addJson(QByteArrayView json, const QString& label);
    /// Writes the last file and returns the paths of all files written.
    Result<QStringList> finish();

private:
    Status writeFile(const QByteArray& bulkArray);

    QString m_directory;
    QString m_baseName;
    QStringList m_files;
    BulkSplitter m_splitter;
};

/// A label for errors and reports: "INV CRN/25-26/7 (#12)".
QString invoiceLabel(const Invoice& invoice, int index);

} // namespace irndesk
