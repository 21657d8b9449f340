// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/store/Store.h"

#include <QString>

class QPagedPaintDevice;

namespace irndesk::print {

struct PrintOptions
{
    /// Print an invoice that is not registered: a "DRAFT – not registered" watermark on every
    /// page, and no QR code.
    bool draft = false;
};

/// The size the QR code is printed at on page 1 (the issue asks for at least 2 × 2 inches; the
/// quiet zone is inside this square).
inline constexpr double kQrSideInches = 2.2;

/// Lays out and paints the printed e-invoice of `stored` (A4 portrait) on `device`: a QPdfWriter
/// or, in the app, a QPrinter. Long invoices go on over pages, the line table's header repeated,
/// "Page n of N" on each; the QR code on page 1 only. Refuses (InvalidArgument) an invoice that
/// has no IRN or QR code unless `options.draft`. Needs a QGuiApplication (fonts).
Status paintInvoice(const store::StoredInvoice& stored, QPagedPaintDevice& device, const PrintOptions& options);

/// paintInvoice() into a PDF file at `path`, written whole or not at all (QSaveFile).
Status writeInvoicePdf(const store::StoredInvoice& stored, const QString& path, const PrintOptions& options);

} // namespace irndesk::print
