// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace irndesk::ui {

/// One field of a CSV line (RFC 4180): as it is, or quoted with its quotes doubled when it holds
/// a comma, a quote or a line break. For the tables the app saves as CSV.
inline QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace irndesk::ui
