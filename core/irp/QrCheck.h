// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/irp/Jwt.h"
#include "core/store/Store.h"

#include <QList>
#include <QString>

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

} // namespace irndesk::irp
