// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace irndesk {

/// Parses a schema date "dd/mm/yyyy" strictly: two-digit day and month, four-digit year, a real
/// calendar date (31/02/2025 is rejected). Returns an invalid QDate otherwise.
QDate parseInvoiceDate(QStringView text);

/// A date as its three numbers, for the hot paths that need only the year and month.
struct DateParts
{
    int day = 0;
    int month = 0;
    int year = 0;
};
/// The same check as parseInvoiceDate(), without making a QDate; nullopt when that would be invalid.
std::optional<DateParts> parseInvoiceDateParts(QStringView text);

/// Formats a date as the schema wants it: dd/MM/yyyy.
QString formatInvoiceDate(QDate date);

/// The Indian financial year (1 April to 31 March) holding `date`, as the IRN uses it: "2019-20".
QString financialYear(QDate date);

/// The calendar year the financial year of `year`/`month` starts in: 2019 for 12/2019 and 03/2020.
inline int financialYearStart(int year, int month)
{
    return month >= 4 ? year : year - 1;
}

} // namespace irndesk
