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

/// Where one element of a file lies, as BulkReader::nextRaw() found it.
struct RawElement
{
    int index = 0; ///< position in the bulk array (0 for a single invoice)
    int line = 0; ///< line and column of its first byte in the file
    int column = 0;
    qsizetype offset = 0; ///< its bytes in the caller's buffer
    qsizetype size = 0;
};

/// Reads one element that BulkReader::nextRaw() cut out of a file (`json` is its bytes:
/// out.sliced(element.offset, element.size)): the same ReadInvoice that BulkReader::next() gives
/// for it, diagnostics and line numbers included.
ReadInvoice readInvoice(QByteArrayView json, const RawElement& element);
/// The same into `into`, reusing the memory of the invoice it holds (see BulkReader::nextInto()).
void readInvoiceInto(QByteArrayView json, const RawElement& element, ReadInvoice& into);

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
    /// next() into `into`: what it held is overwritten, and the memory of its invoice's texts and
    /// lists is used again where it has room. Reading a big file this way allocates far less.
    /// Returns false where next() returns std::nullopt.
    bool nextInto(ReadInvoice& into);
    /// The next element without reading it: its bytes are appended to `out` and the returned
    /// RawElement says where they are and where they came from. readInvoice(bytes, element) then
    /// gives what next() would have given, in any thread. Finding the end of an element costs a
    /// quick scan of its bytes; the problems of the file as a whole are found as by next().
    std::optional<RawElement> nextRaw(QByteArray& out);
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
