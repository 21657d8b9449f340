// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Decimal.h"

#include <limits>

namespace irndesk {

namespace {
constexpr Int128 kMaxRaw = std::numeric_limits<std::int64_t>::max();
constexpr int kMaxDigits = 36; // more significant digits than any field can hold
}

DecimalParse parseDecimal(std::string_view text, int scale, std::int64_t& raw, int& decimals)
{
    // JSON grammar: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    std::size_t i = 0;
    const std::size_t n = text.size();
    bool negative = false;
    if (i < n && text[i] == '-') {
        negative = true;
        ++i;
    }
    if (i >= n || text[i] < '0' || text[i] > '9') {
        return DecimalParse::Invalid;
    }
    if (text[i] == '0' && i + 1 < n && text[i + 1] >= '0' && text[i + 1] <= '9') {
        return DecimalParse::Invalid; // leading zero
    }
    // Collect all digits as one mantissa (dropping leading zeros) and count the fraction digits.
    Int128 mantissa = 0;
    int significant = 0;
    int fractionDigits = 0;
    bool overflow = false;
    int droppedIntegerDigits = 0; // integer digits beyond kMaxDigits
    for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) {
        if (significant < kMaxDigits) {
            mantissa = mantissa * 10 + (text[i] - '0');
            if (mantissa != 0) {
                ++significant;
            }
        } else {
            ++droppedIntegerDigits;
            overflow = true;
        }
    }
    if (i < n && text[i] == '.') {
        ++i;
        if (i >= n || text[i] < '0' || text[i] > '9') {
            return DecimalParse::Invalid;
        }
        for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) {
            if (significant < kMaxDigits) {
                mantissa = mantissa * 10 + (text[i] - '0');
                if (mantissa != 0) {
                    ++significant;
                }
                ++fractionDigits;
            }
            // digits past kMaxDigits in the fraction are far below any scale: ignore them
        }
    }
    long exponent = 0;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == '+' || text[i] == '-')) {
            expNegative = text[i] == '-';
            ++i;
        }
        if (i >= n || text[i] < '0' || text[i] > '9') {
            return DecimalParse::Invalid;
        }
        for (; i < n && text[i] >= '0' && text[i] <= '9'; ++i) {
            if (exponent < 100000) {
                exponent = exponent * 10 + (text[i] - '0');
            }
        }
        if (expNegative) {
            exponent = -exponent;
        }
    }
    if (i != n) {
        return DecimalParse::Invalid;
    }
    if (overflow && droppedIntegerDigits > 0 && mantissa != 0) {
        return DecimalParse::Overflow;
    }
    // value = mantissa * 10^(exponent - fractionDigits)
    long places = static_cast<long>(fractionDigits) - exponent; // decimal places of the mantissa
    // Significant decimals: strip trailing zeros of the mantissa.
    {
        Int128 m = mantissa;
        long p = places;
        while (p > 0 && m != 0 && m % 10 == 0) {
            m /= 10;
            --p;
        }
        decimals = mantissa == 0 ? 0 : static_cast<int>(p < 0 ? 0 : (p > 1000 ? 1000 : p));
    }
    Int128 value;
    if (mantissa == 0) {
        value = 0;
    } else if (places > scale) {
        const long drop = places - scale;
        if (drop > kMaxDigits + 2) {
            value = 0;
        } else {
            Int128 divisor = 1;
            for (long k = 0; k < drop; ++k) {
                divisor *= 10;
            }
            value = divRoundHalfUp(mantissa, divisor);
        }
    } else {
        value = mantissa;
        for (long k = places; k < scale; ++k) {
            value *= 10;
            if (value > kMaxRaw) {
                return DecimalParse::Overflow;
            }
        }
    }
    if (value > kMaxRaw) {
        return DecimalParse::Overflow;
    }
    raw = static_cast<std::int64_t>(negative ? -value : value);
    return DecimalParse::Ok;
}

int formatDecimal(char (&buf)[kDecimalBufferSize], std::int64_t raw, int scale)
{
    int pos = kDecimalBufferSize;
    const bool negative = raw < 0;
    // Work on the unsigned magnitude so INT64_MIN cannot overflow.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(raw) : static_cast<std::uint64_t>(raw);
    // fraction digits, skipping trailing zeros
    bool anyFraction = false;
    for (int k = 0; k < scale; ++k) {
        const char digit = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
        if (anyFraction || digit != '0') {
            buf[--pos] = digit;
            anyFraction = true;
        }
    }
    if (anyFraction) {
        buf[--pos] = '.';
    }
    do {
        buf[--pos] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (negative) {
        buf[--pos] = '-';
    }
    return kDecimalBufferSize - pos;
}

void appendDecimal(QByteArray& out, std::int64_t raw, int scale)
{
    char buf[kDecimalBufferSize];
    const int length = formatDecimal(buf, raw, scale);
    out.append(buf + kDecimalBufferSize - length, length);
}

} // namespace irndesk
