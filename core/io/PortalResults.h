// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace irndesk::io {

/// What the IRP registered for one document, as read back from a portal or API result file.
/// The document details (seller GSTIN, type, number, date) are those of the signed document,
/// so the result can be matched to the invoice by GSTIN, financial year, type and number.
struct PortalResult
{
    QString sellerGstin;
    QString docType; ///< INV, CRN, DBN (upper case)
    QString docNo; ///< as the IRP signed it: compare case-insensitively
    QString docDate; ///< dd/mm/yyyy
    QString irn; ///< 64 lower-case hex digits
    QString ackNo; ///< digits, exactly as given (never through a double)
    QString ackDate; ///< as given, normally yyyy-MM-dd HH:mm:ss (IST)
    QString signedInvoice; ///< the SignedInvoice JWT, when the file has it
    QString signedQrCode; ///< the SignedQRCode JWT, when the file has it
    QString ewbNo;
    QString ewbDate;
    QString ewbValidTill;
    QString status; ///< ACT or CNL when the file says; empty otherwise
    /// The details above were read from inside a SignedInvoice or SignedQRCode JWT (split and
    /// base64url-decoded). Its signature was NOT verified: that is a separate step.
    bool jwtDecoded = false;
    int index = 0; ///< the entry's number in the file, from 1
    int line = 0; ///< the line of the file where the entry starts
};

/// Why one entry of the file was not taken.
struct PortalProblem
{
    int index = 0; ///< the entry's number in the file, from 1
    int line = 0; ///< 0 when unknown
    QString message; ///< translated
    /// "entry 3 (line 12): message"
    QString toString() const;
};

struct PortalResults
{
    QList<PortalResult> results; ///< the entries that can be used, in file order
    QList<PortalProblem> problems; ///< the entries that cannot, and why
};

/// Reads what the IRP gave back for documents uploaded by hand or sent through the API. Accepted:
///  - the generate / get-IRN response after decryption: an object, or an array of them, with
///    AckNo, AckDt, Irn, SignedInvoice, SignedQRCode, Status, EwbNo, EwbDt, EwbValidTill. The
///    document details come from the SignedInvoice JWT's `data` claim (or, without one, from the
///    SignedQRCode's);
///  - bare JWT strings (SignedInvoice or SignedQRCode), one per line or as a JSON array of
///    strings. A SignedQRCode JWT is joined to the SignedInvoice of the same IRN;
///  - decoded documents: a JWT payload ({"data": "<JSON text>", "iss": ...}), the signed invoice
///    itself (Irn, AckNo, AckDt with DocDtls and SellerDtls), or a decoded QR code's data;
///  - inside these wrappers, unwrapped: a GSP response {"success": true, "result": ...} and the
///    NIC envelope {"Status": 1, "Data": <object, array or JSON text>}. An envelope that reports
///    failure, or whose Data is still encrypted, is a problem of that entry.
/// Keys are matched in any letter case (ackNo, IRN). JWT signatures are not verified.
/// Each entry is checked on its own (a JWT that does not decode, a payload that is not JSON, no
/// Irn or document details, an Irn that is not 64 hex digits or not the IRN of the document's
/// GSTIN, financial year, type and number, a value next to the SignedInvoice that contradicts
/// it): a bad entry is a problem and the others are still read. Only a file that cannot be read
/// at all (not JSON and no JWT lines, a JSON syntax error) is an Error; `fileName` names it.
Result<PortalResults> parsePortalResults(const QByteArray& content, const QString& fileName);

/// parsePortalResults() on the content of the file at `path`.
Result<PortalResults> readPortalResults(const QString& path);

} // namespace irndesk::io
