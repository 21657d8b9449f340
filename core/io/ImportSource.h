// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/io: the invoices of one file to import, whatever its format.

#include "core/Result.h"
#include "core/json/InvoiceReader.h"
#include "core/model/Invoice.h"
#include "core/rules/Finding.h"

#include <QStringList>

#include <memory>
#include <optional>

namespace irndesk::io {

/// One invoice of a file on its way into the store.
struct SourceInvoice
{
    int index = 0; ///< position in the file, 0-based
    QString where; ///< "invoice [3], line 120" or "rows 4–7"
    std::optional<Invoice> invoice;
    /// Why it cannot be imported (each names line/row, column/field and value); empty when it can.
    QStringList messages;
    /// What the reader noticed without refusing (keys in another letter case, nulls), then the
    /// rule engine's findings.
    Findings findings;
    /// Its canonical JSON, as the store keeps it (made in the worker thread with the findings).
    QByteArray content;

    /// JSON not read yet: parse() reads it (in a worker thread).
    QByteArray raw;
    RawElement element;
    void parse();
};

/// A file's invoices, one after the other, in file order.
class ImportSource
{
public:
    virtual ~ImportSource() = default;
    /// The next invoice into `into`; false at the end.
    virtual bool next(SourceInvoice& into) = 0;
    virtual qint64 bytesRead() const = 0;
    /// Problems of the file as a whole, each naming the file.
    virtual QStringList fileErrors() const = 0;
    /// What the user should know about the file as a whole (columns that were not read, ...).
    virtual QStringList fileWarnings() const { return {}; }
};

/// Opens `file` by its format: JSON (one invoice or a bulk array), CSV or XLSX (our template,
/// or another layout through `mappingFile`). The format is told by the extension, else by the
/// first bytes.
Result<std::unique_ptr<ImportSource>> openImportSource(const QString& file, const QString& mappingFile);
/// The same for a CSV or XLSX file (TabularSource.cpp).
Result<std::unique_ptr<ImportSource>> openTabularSource(const QString& file, const QString& mappingFile);

} // namespace irndesk::io
