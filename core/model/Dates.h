// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace irndesk {

/// Parses a schema date "dd/mm/yyyy" strictly: two-digit day and month, four-digit year, a real
/// calendar date (31/02/2025 is rejected). Returns an invalid QDate otherwise.
QDate parseInvoiceDate(QStringView text);

/// Formats a date as the schema wants it: dd/MM/yyyy.
QString formatInvoiceDate(QDate date);

/// The Indian financial year (1 April to 31 March) holding `date`, as the IRN uses it: "2019-20".
QString financialYear(QDate date);

} // namespace irndesk
