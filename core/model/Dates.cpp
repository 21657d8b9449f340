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
} // namespace

QDate parseInvoiceDate(QStringView text)
{
    if (text.size() != 10 || text[2] != u'/' || text[5] != u'/') {
        return {};
    }
    const int day = digits(text, 0, 2);
    const int month = digits(text, 3, 2);
    const int year = digits(text, 6, 4);
    if (day < 0 || month < 0 || year < 0) {
        return {};
    }
    return QDate(year, month, day); // invalid for impossible dates
}

QString formatInvoiceDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString financialYear(QDate date)
{
    const int start = date.month() >= 4 ? date.year() : date.year() - 1;
    return QString::number(start) + QLatin1Char('-')
        + QString::number((start + 1) % 100).rightJustified(2, QLatin1Char('0'));
}

} // namespace irndesk
