// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Gstin.h"

namespace irndesk {

namespace {

constexpr qsizetype kGstinLength = 15;

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

/// 0..35 for [0-9A-Z], -1 otherwise.
int base36Value(char16_t c)
{
    if (isDigit(c))
        return c - u'0';
    if (isUpper(c))
        return c - u'A' + 10;
    return -1;
}

// The GSTN patterns of spec §3.2, one character class per position:
//   d [0-9]   a [A-Z]   x [0-9A-Z]   n [1-9A-Z]   r [Z1-9ABD-J]   e [UO]
// and any other character stands for itself.
bool matchesClass(char16_t c, char pattern)
{
    switch (pattern) {
    case 'd':
        return isDigit(c);
    case 'a':
        return isUpper(c);
    case 'x':
        return isDigit(c) || isUpper(c);
    case 'n':
        return (c >= u'1' && c <= u'9') || isUpper(c);
    case 'r':
        return c == u'Z' || (c >= u'1' && c <= u'9') || c == u'A' || c == u'B' || (c >= u'D' && c <= u'J');
    case 'e':
        return c == u'U' || c == u'O';
    default:
        return c == static_cast<char16_t>(pattern);
    }
}

bool matches(QStringView gstin, const char (&pattern)[kGstinLength + 1])
{
    for (qsizetype i = 0; i < kGstinLength; ++i) {
        if (!matchesClass(gstin[i].unicode(), pattern[i]))
            return false;
    }
    return true;
}

struct KindPattern
{
    GstinKind kind;
    char pattern[kGstinLength + 1];
};

// Order matters where patterns overlap: a regular GSTIN may have 'D' in position 14, which is
// also the TDS pattern; GSTN gives 'D' to deductors, so TDS is tried first (as india-compliance
// does when it guesses the category).
constexpr KindPattern kPatterns[] = {
    { GstinKind::Tds, "ddaaaaxddddanDx" },
    { GstinKind::Tcs, "ddaaaaaddddanCx" },
    { GstinKind::Government, "ddaaaadddddadZd" },
    { GstinKind::Regular, "ddaaaaaddddanrx" },
    { GstinKind::Uin, "ddddaaadddddeNx" },
    { GstinKind::Oidar, "99ddaaadddddOSx" },
    { GstinKind::Nri, "ddddaaadddddNRx" },
};
constexpr std::size_t kRegularIndex = 3; // gstinKind() tries it first
static_assert(kPatterns[kRegularIndex].kind == GstinKind::Regular);

} // namespace

bool isGstinShaped(QStringView gstin)
{
    if (gstin.size() != kGstinLength || !isDigit(gstin[0].unicode()) || !isDigit(gstin[1].unicode()))
        return false;
    for (qsizetype i = 2; i < kGstinLength; ++i) {
        if (base36Value(gstin[i].unicode()) < 0)
            return false;
    }
    return true;
}

QChar gstinCheckCharacter(QStringView first14)
{
    if (first14.size() != kGstinLength - 1)
        return {};
    int total = 0;
    for (qsizetype i = 0; i < kGstinLength - 1; ++i) {
        const int value = base36Value(first14[i].unicode());
        if (value < 0)
            return {};
        const int product = value * (i % 2 == 0 ? 1 : 2);
        total += product / 36 + product % 36;
    }
    const int check = (36 - total % 36) % 36;
    return QChar(static_cast<char16_t>(check < 10 ? u'0' + check : u'A' + (check - 10)));
}

bool hasValidCheckCharacter(QStringView gstin)
{
    if (gstin.size() != kGstinLength)
        return false;
    const QChar expected = gstinCheckCharacter(gstin.first(kGstinLength - 1));
    return !expected.isNull() && gstin[kGstinLength - 1] == expected;
}

GstinKind gstinKind(QStringView gstin)
{
    if (gstin.size() != kGstinLength)
        return GstinKind::Unknown;
    // Nearly every GSTIN on an invoice is a regular one; only a 'C' or 'D' in position 14 can make
    // it match another pattern too.
    const char16_t c14 = gstin[13].unicode();
    if (c14 != u'C' && c14 != u'D' && matches(gstin, kPatterns[kRegularIndex].pattern))
        return GstinKind::Regular;
    for (const KindPattern& p : kPatterns) {
        if (matches(gstin, p.pattern))
            return p.kind;
    }
    return GstinKind::Unknown;
}

std::optional<int> stateCodeOfGstin(QStringView gstin)
{
    if (gstin.size() < 2 || !isDigit(gstin[0].unicode()) || !isDigit(gstin[1].unicode()))
        return std::nullopt;
    return (gstin[0].unicode() - u'0') * 10 + (gstin[1].unicode() - u'0');
}

QStringView panOfGstin(QStringView gstin)
{
    const GstinKind kind = gstinKind(gstin);
    if (kind != GstinKind::Regular && kind != GstinKind::Tcs)
        return {};
    return gstin.sliced(2, 10);
}

} // namespace irndesk
