// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Irn.h"

#include "core/model/Dates.h"
#include "core/model/Invoice.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace irndesk {

QString computeIrn(const QString& gstin,
                   QDate documentDate,
                   const QString& documentType,
                   const QString& documentNumber,
                   DocNoCase docNoCase)
{
    const QString number = docNoCase == DocNoCase::Upper ? documentNumber.toUpper() : documentNumber;
    const QString input = gstin + financialYear(documentDate) + documentType.toUpper() + number;
    return QString::fromLatin1(QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<QString> irnFromParts(const QString& gstin,
                             const QString& documentDate,
                             const QString& documentType,
                             const QString& documentNumber,
                             DocNoCase docNoCase)
{
    static const QRegularExpression gstinPattern(QStringLiteral("^[0-9]{2}[0-9A-Z]{13}$"));
    static const QRegularExpression numberPattern(QStringLiteral("^[a-zA-Z1-9][a-zA-Z0-9/-]{0,15}$"));
    if (!gstinPattern.match(gstin).hasMatch()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("irndesk::irn",
                                                 "GSTIN '%1' is not 15 characters: 2 digits and 13 of 0-9 A-Z")
                         .arg(gstin),
                     {}};
    }
    const QDate date = parseInvoiceDate(documentDate);
    if (!date.isValid()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("irndesk::irn", "date '%1' is not a real date in the form DD/MM/YYYY")
                         .arg(documentDate),
                     {}};
    }
    const QString type = documentType.toUpper();
    if (type != u"INV" && type != u"CRN" && type != u"DBN") {
        return Error{
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("irndesk::irn", "document type '%1' is not one of INV, CRN, DBN").arg(documentType),
            {}};
    }
    if (!numberPattern.match(documentNumber).hasMatch()) {
        return Error{ErrorCode::InvalidArgument,
                     QCoreApplication::translate("irndesk::irn",
                                                 "document number '%1' must be 1 to 16 characters of A-Z a-z 0-9 / -, "
                                                 "not starting with 0, / or -")
                         .arg(documentNumber),
                     {}};
    }
    return computeIrn(gstin, date, type, documentNumber, docNoCase);
}

QString invoiceIrn(const Invoice& invoice, DocNoCase docNoCase)
{
    const auto result = irnFromParts(invoice.sellerDtls.gstin.value_or(QString()),
                                     invoice.docDtls.dt.value_or(QString()),
                                     invoice.docDtls.typ.value_or(QString()),
                                     invoice.docDtls.no.value_or(QString()),
                                     docNoCase);
    return result ? result.value() : QString();
}

} // namespace irndesk
