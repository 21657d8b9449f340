// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Decimal.h"

#include <QString>

namespace irndesk::print {

/// The amount in words as Indian invoices print it, in Indian numbering (thousand, lakh, crore;
/// beyond 99 crore the crores go on being counted: "One Hundred Crore"), exact from the integer
/// paise: 123145.50 -> "Rupees One Lakh Twenty-Three Thousand One Hundred Forty-Five and Fifty
/// Paise Only". 0 -> "Rupees Zero Only"; paise alone -> "Fifty Paise Only"; a negative amount
/// starts with "Minus".
///
/// The words stay English in every language of the program: the invoice is a legal document
/// printed in English, and the amount in words must match its English figures.
QString amountInWords(Money amount);

/// "12,34,567.89": two places and Indian digit grouping (the last three digits, then pairs),
/// from the exact decimal; a minus sign in front when negative.
QString indianGrouping(Money amount);

} // namespace irndesk::print
