// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/json/Diagnostic.h"

#include <QCoreApplication>

namespace irndesk {

QString Diagnostic::toString() const
{
    QString text;
    if (line > 0) {
        text = QCoreApplication::translate("irndesk::json", "line %1, column %2: ").arg(line).arg(column);
    }
    if (!path.isEmpty()) {
        text += path + QLatin1String(": ");
    }
    return text + message;
}

bool hasErrors(const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics) {
        if (d.isError()) {
            return true;
        }
    }
    return false;
}

} // namespace irndesk
