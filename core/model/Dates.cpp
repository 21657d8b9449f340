// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Dates.h"

namespace irndesk {

namespace {
int digits(QStringView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isLeapYear(int year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}
} // namespace

std::optional<DateParts> parseInvoiceDateParts(QStringView text)
{
    if (text.size() != 10 || text[2] != u'/' || text[5] != u'/') {
        return std::nullopt;
    }
    const DateParts parts{ digits(text, 0, 2), digits(text, 3, 2), digits(text, 6, 4) };
    // QDate's rules for the years 1 to 9999: the proleptic Gregorian calendar, and no year 0.
    if (parts.day < 1 || parts.month < 1 || parts.month > 12 || parts.year < 1) {
        return std::nullopt;
    }
    static constexpr int kDays[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const int days = kDays[parts.month - 1] + (parts.month == 2 && isLeapYear(parts.year) ? 1 : 0);
    if (parts.day > days) {
        return std::nullopt;
    }
    return parts;
}

QDate parseInvoiceDate(QStringView text)
{
    const std::optional<DateParts> parts = parseInvoiceDateParts(text);
    if (!parts) {
        return {};
    }
    // The Julian day of a Gregorian date (Fliegel and Van Flandern), which QDate(y, m, d) works
    // out through its calendar classes: the rules parse several dates of every invoice.
    const int a = (14 - parts->month) / 12;
    const qint64 y = qint64(parts->year) + 4800 - a;
    const int m = parts->month + 12 * a - 3;
    return QDate::fromJulianDay(parts->day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045);
}

QString formatInvoiceDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString financialYear(QDate date)
{
    const int start = financialYearStart(date.year(), date.month());
    return QString::number(start) + QLatin1Char('-')
        + QString::number((start + 1) % 100).rightJustified(2, QLatin1Char('0'));
}

} // namespace irndesk
