// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace irndesk::ui {

/// How a screen reader should say a control whose visible text is `text` (its accessible name):
/// without the mnemonic — a translation's "(&X)" after the words goes whole, a lone "&" goes,
/// "&&" stays one "&" — and without a trailing colon or ellipsis. One string to translate, not
/// two, and no "(S)" read out in Hindi, Tamil or Marathi.
QString spokenText(const QString& text);

} // namespace irndesk::ui
