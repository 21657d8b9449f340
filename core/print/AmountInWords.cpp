// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/print/AmountInWords.h"

#include <QStringList>

#include <cstdint>

namespace irndesk::print {

namespace {

const char* const kOnes[] = { "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen" };
const char* const kTens[] = { "", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety" };

/// 1..99: "Forty-Five".
QString belowHundred(std::uint64_t n)
{
    if (n < 20) {
        return QString::fromLatin1(kOnes[n]);
    }
    QString words = QString::fromLatin1(kTens[n / 10]);
    if (n % 10 != 0) {
        words += QLatin1Char('-') + QString::fromLatin1(kOnes[n % 10]);
    }
    return words;
}

/// 1..999.
void appendBelowThousand(QStringList& words, std::uint64_t n)
{
    if (n >= 100) {
        words << QString::fromLatin1(kOnes[n / 100]) << QStringLiteral("Hundred");
        n %= 100;
    }
    if (n > 0) {
        words << belowHundred(n);
    }
}

/// n ≥ 1 in Indian numbering. The crore count is itself said in Indian numbering, so the
/// recursion covers any 64-bit amount: 10^12 -> "One Lakh Crore".
void appendIndian(QStringList& words, std::uint64_t n)
{
    if (n >= 10000000) {
        appendIndian(words, n / 10000000);
        words << QStringLiteral("Crore");
        n %= 10000000;
    }
    if (n >= 100000) {
        words << belowHundred(n / 100000) << QStringLiteral("Lakh");
        n %= 100000;
    }
    if (n >= 1000) {
        words << belowHundred(n / 1000) << QStringLiteral("Thousand");
        n %= 1000;
    }
    if (n > 0) {
        appendBelowThousand(words, n);
    }
}

} // namespace

QString amountInWords(Money amount)
{
    const std::int64_t raw = amount.raw();
    const std::uint64_t abs = raw < 0 ? std::uint64_t(0) - std::uint64_t(raw) : std::uint64_t(raw);
    const std::uint64_t rupees = abs / 100;
    const std::uint64_t paise = abs % 100;
    QStringList words;
    if (raw < 0) {
        words << QStringLiteral("Minus");
    }
    if (rupees > 0 || paise == 0) {
        words << QStringLiteral("Rupees");
        if (rupees == 0) {
            words << QStringLiteral("Zero");
        } else {
            appendIndian(words, rupees);
        }
    }
    if (paise > 0) {
        if (rupees > 0) {
            words << QStringLiteral("and");
        }
        words << belowHundred(paise) << QStringLiteral("Paise");
    }
    words << QStringLiteral("Only");
    return words.join(QLatin1Char(' '));
}

QString indianGrouping(Money amount)
{
    const std::int64_t raw = amount.raw();
    const std::uint64_t abs = raw < 0 ? std::uint64_t(0) - std::uint64_t(raw) : std::uint64_t(raw);
    const QString rupees = QString::number(abs / 100);
    const QString paise = QString::number(abs % 100).rightJustified(2, QLatin1Char('0'));
    QString grouped;
    const qsizetype head = rupees.size() - 3;
    if (head <= 0) {
        grouped = rupees;
    } else {
        // The last three digits, then groups of two: 1,23,45,678.
        for (qsizetype i = 0; i < head; ++i) {
            if (i > 0 && (head - i) % 2 == 0) {
                grouped += QLatin1Char(',');
            }
            grouped += rupees.at(i);
        }
        grouped += QLatin1Char(',') + rupees.right(3);
    }
    return (raw < 0 ? QStringLiteral("-") : QString()) + grouped + QLatin1Char('.') + paise;
}

} // namespace irndesk::print
