// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>
#include <string_view>

namespace irndesk {

__extension__ using Int128 = __int128;

/// Divides with rounding half away from zero ("half-up" as tax law and Python's ROUND_HALF_UP mean it).
constexpr Int128 divRoundHalfUp(Int128 numerator, Int128 denominator)
{
    const bool negative = (numerator < 0) != (denominator < 0);
    const Int128 n = numerator < 0 ? -numerator : numerator;
    const Int128 d = denominator < 0 ? -denominator : denominator;
    Int128 q = n / d;
    if ((n % d) * 2 >= d) {
        ++q;
    }
    return negative ? -q : q;
}

constexpr std::int64_t pow10(int exponent)
{
    std::int64_t r = 1;
    for (int i = 0; i < exponent; ++i) {
        r *= 10;
    }
    return r;
}

/// What the decimal text parser found.
enum class DecimalParse {
    Ok,
    Invalid, ///< not a JSON number
    Overflow, ///< does not fit the type
};

/// Parses a JSON number text exactly (no binary floating point) to an integer scaled by 10^scale.
/// `decimals` receives the number of significant decimal places of the text (trailing zeros do not
/// count; an exponent is applied first): "1.50" -> 1, "1.5e-2" -> 3, "120" -> 0.
/// Digits beyond `scale` are rounded half-up.
DecimalParse parseDecimal(std::string_view text, int scale, std::int64_t& raw, int& decimals);

/// Writes raw / 10^scale with no exponent and no trailing zeros: 1180.5, 0.1, 118, -0.25.
void appendDecimal(QByteArray& out, std::int64_t raw, int scale);

constexpr int kDecimalBufferSize = 48;
/// The same text, right-aligned at the end of `buffer`; returns its length.
int formatDecimal(char (&buffer)[kDecimalBufferSize], std::int64_t raw, int scale);

/// An exact decimal with `Scale` places: amounts are Fixed<2> (paise), quantities, unit prices and
/// rates Fixed<3>. Arithmetic is integer arithmetic; there is no conversion from floating point.
template <int Scale>
class Fixed
{
public:
    static constexpr int kScale = Scale;
    static constexpr std::int64_t kFactor = pow10(Scale);

    constexpr Fixed() = default;
    static constexpr Fixed fromRaw(std::int64_t raw)
    {
        Fixed f;
        f.m_raw = raw;
        return f;
    }
    static constexpr Fixed fromUnits(std::int64_t units) { return fromRaw(units * kFactor); }

    /// Parses decimal text such as "1180.50"; std::nullopt when it is not a number or does not fit.
    /// Extra places are rounded half-up.
    static std::optional<Fixed> parse(std::string_view text)
    {
        std::int64_t raw = 0;
        int decimals = 0;
        if (parseDecimal(text, Scale, raw, decimals) != DecimalParse::Ok) {
            return std::nullopt;
        }
        return fromRaw(raw);
    }
    static std::optional<Fixed> parse(const QString& text)
    {
        const QByteArray latin = text.toLatin1();
        return parse(std::string_view(latin.constData(), static_cast<std::size_t>(latin.size())));
    }

    constexpr std::int64_t raw() const { return m_raw; }
    constexpr bool isZero() const { return m_raw == 0; }
    constexpr bool isNegative() const { return m_raw < 0; }

    QByteArray toJson() const
    {
        QByteArray out;
        appendDecimal(out, m_raw, Scale);
        return out;
    }
    QString toString() const { return QString::fromLatin1(toJson()); }
    /// Fixed number of places, e.g. "1180.50" for an amount.
    QString toPlainString() const
    {
        const std::int64_t a = m_raw < 0 ? -m_raw : m_raw;
        QString s = QString::number(a / kFactor);
        if constexpr (Scale > 0) {
            s += QLatin1Char('.') + QString::number(a % kFactor).rightJustified(Scale, QLatin1Char('0'));
        }
        return m_raw < 0 ? QLatin1Char('-') + s : s;
    }

    /// The value rounded half-up to `Places` places (Places <= Scale) or widened exactly.
    template <int Places>
    constexpr Fixed<Places> rescaled() const
    {
        if constexpr (Places >= Scale) {
            return Fixed<Places>::fromRaw(m_raw * pow10(Places - Scale));
        } else {
            return Fixed<Places>::fromRaw(static_cast<std::int64_t>(divRoundHalfUp(m_raw, pow10(Scale - Places))));
        }
    }

    constexpr Fixed operator+(Fixed o) const { return fromRaw(m_raw + o.m_raw); }
    constexpr Fixed operator-(Fixed o) const { return fromRaw(m_raw - o.m_raw); }
    constexpr Fixed operator-() const { return fromRaw(-m_raw); }
    constexpr Fixed& operator+=(Fixed o)
    {
        m_raw += o.m_raw;
        return *this;
    }
    constexpr Fixed& operator-=(Fixed o)
    {
        m_raw -= o.m_raw;
        return *this;
    }
    constexpr auto operator<=>(const Fixed&) const = default;

private:
    std::int64_t m_raw = 0;
};

using Money = Fixed<2>; ///< rupees with paise
using Quantity = Fixed<3>;
using UnitPrice = Fixed<3>;
using Rate = Fixed<3>; ///< a percentage: 18.000 is 18 %

/// a × b / divisor, rounded half-up to `Result` places, computed exactly in 128 bits.
template <int Result, int A, int B>
constexpr Fixed<Result> multiplyRounded(Fixed<A> a, Fixed<B> b, std::int64_t divisor = 1)
{
    // a.raw * b.raw has A + B places; bring it to Result places.
    const Int128 product = static_cast<Int128>(a.raw()) * b.raw();
    constexpr int places = A + B;
    Int128 value;
    if constexpr (places >= Result) {
        value = divRoundHalfUp(product, static_cast<Int128>(pow10(places - Result)) * divisor);
    } else {
        value = divRoundHalfUp(product * pow10(Result - places), divisor);
    }
    return Fixed<Result>::fromRaw(static_cast<std::int64_t>(value));
}

/// Rounds an amount half-up to whole rupees.
constexpr Money roundToRupee(Money m)
{
    return Money::fromRaw(static_cast<std::int64_t>(divRoundHalfUp(m.raw(), 100) * 100));
}

} // namespace irndesk
