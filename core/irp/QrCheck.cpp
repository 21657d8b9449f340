// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/irp/QrCheck.h"

#include "core/model/Dates.h"
#include "core/model/Decimal.h"

#include <QDateTime>
#include <QSet>

namespace irndesk::irp {

namespace {

QString text(const std::optional<QString>& value)
{
    return value.value_or(QString()).trimmed();
}

} // namespace

QList<QrMismatch> checkQrClaims(const Jwt& qrCode, const store::StoredInvoice& stored)
{
    const Invoice& invoice = stored.invoice;
    QList<QrMismatch> out;
    const auto check = [&](const QString& field, const QString& invoiceValue, auto same) {
        const QString qrValue = qrCode.claim(field).trimmed();
        if (!qrCode.hasClaim(field) || !same(qrValue, invoiceValue)) {
            out.append(QrMismatch{ field, qrValue, invoiceValue });
        }
    };
    const auto caseless = [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };

    check(QStringLiteral("SellerGstin"), text(invoice.sellerDtls.gstin), caseless);
    check(QStringLiteral("BuyerGstin"), text(invoice.buyerDtls.gstin), caseless);
    check(QStringLiteral("DocNo"), text(invoice.docDtls.no), caseless);
    check(QStringLiteral("DocTyp"), text(invoice.docDtls.typ), caseless);
    check(QStringLiteral("DocDt"), text(invoice.docDtls.dt), [](const QString& a, const QString& b) {
        const QDate qa = parseInvoiceDate(a);
        return qa.isValid() ? qa == parseInvoiceDate(b) : a == b;
    });
    const Amount& total = invoice.valDtls.totInvVal;
    check(
        QStringLiteral("TotInvVal"), total ? total->toPlainString() : QString(), [&](const QString& a, const QString&) {
            // Exact decimals: "112", "112.0" and 112.00 are the same amount; never a double.
            const std::optional<Money> qr = Money::parse(a);
            return qr && total && qr->raw() == total->raw();
        });
    check(QStringLiteral("ItemCnt"), QString::number(invoice.itemList.size()), [](const QString& a, const QString& b) {
        bool ok = false;
        const qint64 count = a.toLongLong(&ok);
        return ok && QString::number(count) == b;
    });
    QSet<QString> hsnCodes;
    QString firstHsn;
    for (const Item& item : invoice.itemList) {
        const QString hsn = text(item.hsnCd);
        hsnCodes.insert(hsn);
        firstHsn = firstHsn.isEmpty() ? hsn : firstHsn;
    }
    const QString qrHsn = qrCode.claim(QStringLiteral("MainHsnCode")).trimmed();
    check(QStringLiteral("MainHsnCode"),
        hsnCodes.contains(qrHsn) ? qrHsn : firstHsn,
        [&](const QString& a, const QString&) { return hsnCodes.contains(a); });
    const QString irn = !stored.irp.irn.isEmpty() ? stored.irp.irn : stored.summary.irn;
    check(QStringLiteral("Irn"), irn, caseless);
    const QString ackDate = (!stored.irp.ackDate.isEmpty() ? stored.irp.ackDate : stored.summary.ackDate).trimmed();
    if (!ackDate.isEmpty()) {
        // The IRP writes both as yyyy-MM-dd HH:mm:ss; a stored date in another form is not compared.
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
        if (QDateTime::fromString(ackDate, format).isValid()) {
            check(QStringLiteral("IrnDt"), ackDate, [&](const QString& a, const QString& b) {
                return QDateTime::fromString(a, format) == QDateTime::fromString(b, format);
            });
        }
    }
    return out;
}

bool InvoiceCheck::sandbox() const
{
    return (qrCode && qrCode->sandbox) || (signedInvoice && signedInvoice->sandbox);
}

bool InvoiceCheck::ok() const
{
    return qrCode && qrCode->isValid() && (!signedInvoice || signedInvoice->isValid()) && mismatches.isEmpty();
}

InvoiceCheck checkStoredInvoice(const store::StoredInvoice& stored, const TrustStore& trust)
{
    InvoiceCheck check;
    if (!stored.irp.signedQrCode.isEmpty()) {
        check.qrCode = trust.verify(stored.irp.signedQrCode);
        if (check.qrCode->jwt) {
            check.mismatches = checkQrClaims(*check.qrCode->jwt, stored);
        }
    }
    if (!stored.irp.signedInvoice.isEmpty()) {
        check.signedInvoice = trust.verify(stored.irp.signedInvoice);
    }
    return check;
}

} // namespace irndesk::irp
