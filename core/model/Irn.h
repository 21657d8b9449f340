// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace irndesk {

struct Invoice;

/// How the document number enters the hash. Since 1 June 2025 the IRP upper-cases it (document
/// numbers became case-insensitive); IRNs issued before were computed on the number as typed.
enum class DocNoCase {
    Upper,
    AsTyped,
};

/// The Invoice Reference Number: lower-case hex SHA-256 of
/// GSTIN + financial year (YYYY-YY, from the document date) + document type + document number.
QString computeIrn(const QString& gstin,
                   QDate documentDate,
                   const QString& documentType,
                   const QString& documentNumber,
                   DocNoCase docNoCase = DocNoCase::Upper);

/// Checks the parts and computes the IRN, or says which part is wrong.
Result<QString> irnFromParts(const QString& gstin,
                             const QString& documentDate,
                             const QString& documentType,
                             const QString& documentNumber,
                             DocNoCase docNoCase = DocNoCase::Upper);

/// The IRN the IRP would give this invoice, or an empty string when the seller GSTIN, type,
/// number or date is missing or malformed.
QString invoiceIrn(const Invoice& invoice, DocNoCase docNoCase = DocNoCase::Upper);

} // namespace irndesk
