// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/json/Diagnostic.h"
#include "core/model/Invoice.h"

#include <QByteArray>

#include <memory>
#include <optional>

class QIODevice;

namespace irndesk {

/// One invoice as read from JSON, with what the reader found wrong with it.
struct ReadInvoice
{
    int index = 0; ///< position in the bulk array (0 for a single invoice)
    int line = 0; ///< line where the invoice starts
    /// The invoice, or std::nullopt when its JSON was broken beyond reading (a syntax error, or
    /// the element is not an object). Fields that could not be read are absent and have a
    /// diagnostic; everything else is kept.
    std::optional<Invoice> invoice;
    Diagnostics diagnostics;
};

/// Reads one invoice object from JSON text. `firstLine` offsets the line numbers.
ReadInvoice readInvoice(QByteArrayView json, int firstLine = 1);

/// Reads an INV-01 file that holds one invoice object or a bulk array of them, one invoice at a
/// time: memory grows with the largest invoice, not with the file. Each invoice is read on its
/// own, so one broken invoice does not hide the problems of the others.
class BulkReader
{
public:
    /// Reads from `device`, which must be open and outlive the reader.
    explicit BulkReader(QIODevice* device);
    ~BulkReader();
    BulkReader(const BulkReader&) = delete;
    BulkReader& operator=(const BulkReader&) = delete;

    /// The next invoice, or std::nullopt at the end of the file or after a problem that stops the
    /// reading (see fileDiagnostics()).
    std::optional<ReadInvoice> next();
    /// Problems of the file as a whole: not JSON, not an object or array, a syntax error between
    /// invoices, an unterminated array, a read error.
    const Diagnostics& fileDiagnostics() const;
    /// True when the file was a single invoice object rather than an array.
    bool isSingleInvoice() const;
    /// Bytes consumed so far (for progress).
    qint64 bytesRead() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Reads a whole file, for callers that want everything in memory (small files, tests).
struct ReadFile
{
    QList<ReadInvoice> invoices;
    Diagnostics fileDiagnostics;
    bool singleInvoice = false;
    bool ok() const; ///< no error anywhere
};
ReadFile readInvoiceFile(QIODevice* device);
ReadFile readInvoiceBytes(const QByteArray& json);

} // namespace irndesk
