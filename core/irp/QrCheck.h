// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/irp/Jwt.h"
#include "core/irp/TrustStore.h"
#include "core/store/Store.h"

#include <QList>
#include <QString>

#include <optional>

namespace irndesk::irp {

/// One claim of a SignedQRCode that does not match the invoice in the store.
struct QrMismatch
{
    QString field; ///< the QR claim: SellerGstin, BuyerGstin, DocNo, DocTyp, DocDt, TotInvVal, ItemCnt, MainHsnCode,
                   ///< Irn, IrnDt
    QString qrValue; ///< as the QR code has it; empty when the claim is missing
    QString invoiceValue; ///< the stored invoice's value
};

/// Compares the claims of a SignedQRCode with `stored`: GSTINs, type, IRN exactly (letter case
/// ignored); DocNo without regard to letter case (as the IRP treats numbers); DocDt as a date;
/// TotInvVal as an exact decimal ("112" equals 112.00); ItemCnt with the number of lines;
/// MainHsnCode with the HSN of one of the lines (which line is "main" is not settled, spec §8);
/// Irn with the stored IRN; IrnDt with the stored Ack date when both are present. A claim that
/// is missing from the QR is a mismatch (its qrValue empty). An empty list: everything matches.
QList<QrMismatch> checkQrClaims(const Jwt& qrCode, const store::StoredInvoice& stored);

/// The signatures and the QR claims of a stored invoice, checked together: what the app shows
/// beside a registered invoice and `irndesk-cli verify --doc` prints.
struct InvoiceCheck
{
    std::optional<Verification> qrCode; ///< absent when no SignedQRCode is stored
    std::optional<Verification> signedInvoice; ///< absent when no SignedInvoice is stored
    QList<QrMismatch> mismatches; ///< claims of the QR code that differ from the stored invoice

    /// One of them was signed by a sandbox: not a valid e-invoice for tax purposes.
    bool sandbox() const;
    /// A QR code is stored, every stored signature is valid and nothing differs.
    bool ok() const;
};

/// Verifies the stored SignedQRCode and SignedInvoice with `trust` and compares the QR code's
/// claims with the invoice.
InvoiceCheck checkStoredInvoice(const store::StoredInvoice& stored, const TrustStore& trust);

} // namespace irndesk::irp
